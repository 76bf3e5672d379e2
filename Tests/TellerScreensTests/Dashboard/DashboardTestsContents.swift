// TellerScreensTests/Dashboard — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   DashboardKeyTableTests.swift  The dashboard's key tables hold in realistic states
//   DashboardScreenTests.swift    The supervisor's KPI dashboard on the demo branch (a week of queue history before
//                                 the fixed instant)
