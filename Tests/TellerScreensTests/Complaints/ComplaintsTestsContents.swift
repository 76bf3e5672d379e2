// TellerScreensTests/Complaints — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CareScreenTests.swift                       Customer care from the complaints screen
//   ComplaintDeadlineSettingsScreenTests.swift  Issue 13
//   ComplaintHandlingScreenTests.swift          A supervisor handles a complaint on its screen
//   ComplaintIntakeScreenTests.swift            Taking a complaint down
//   ComplaintIssue13ScreenTests.swift           Issue 13 on the complaint screens
//   ComplaintKeyTableTests.swift                The complaints desk's key tables hold in realistic states
//   ComplaintListScreenTests.swift              The complaint lists
//   ComplaintScreenSupport.swift                Helpers the complaint and care screen tests share
