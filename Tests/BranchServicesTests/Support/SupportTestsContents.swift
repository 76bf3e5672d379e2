// BranchServicesTests/Support — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   LedgerTestSupport.swift  The PIN every customer made by `LedgerBranch` has
//   TestSupport.swift        The PIN every operator made by `BranchFixture` starts with
