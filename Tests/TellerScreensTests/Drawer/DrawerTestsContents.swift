// TellerScreensTests/Drawer — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   DrawerKeyTableTests.swift  The drawer desk's key tables hold in realistic states
//   DrawerScreenTests.swift    The teller's drawer on screen
