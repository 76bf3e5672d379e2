// EndToEndTests/Support — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   LedgerBench.swift  Drives `teller-bench` for the ledger's process-level tests
