// TellerScreensTests/Support — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CashScreensSupport.swift  Helpers the drawer, statement and journal screen tests share
//   DeskKeyTableChecks.swift  Checks that try to get round a keyed screen's table
//   TestSupport.swift         The instant every test starts at
