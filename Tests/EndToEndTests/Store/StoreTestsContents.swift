// EndToEndTests/Store — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   BenchmarkTests.swift          The benchmark program runs and reports (no timing thresholds)
//   LedgerConcurrencyTests.swift  Eight tellers (separate processes, one SQLite file) transferring among the same
//                                 twenty accounts at once
//   LedgerCrashTests.swift        A teller's process killed (SIGKILL) at random moments while it posts transfers,
//                                 deposits and withdrawals
//   LoanCrashTests.swift          A teller's process killed at random while it pays out and repays loans
//   QueueConcurrencyTests.swift   Several counters (separate processes, one SQLite file) calling "next" at the same
//                                 time
