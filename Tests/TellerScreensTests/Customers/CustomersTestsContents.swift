// TellerScreensTests/Customers — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CustomerCredentialScreenTests.swift  Issue 12 on the screens
