// TellerScreensTests/Administration — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   OperatorsScreenTests.swift  The Operators screen
//   SettingsScreenTests.swift   The Settings screen
