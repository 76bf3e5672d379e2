// TellerScreensTests/Journal — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   JournalKeyTableTests.swift  The journal desk's key tables hold in realistic states
//   JournalRefreshTests.swift   Issue 13
//   JournalScreenTests.swift    The electronic journal
//   StatementDetailTests.swift  Issue 13
//   StatementScreenTests.swift  The account statement
