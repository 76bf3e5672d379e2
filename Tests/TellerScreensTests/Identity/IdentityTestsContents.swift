// TellerScreensTests/Identity — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   ReceptionIdentityScreenTests.swift  Issue 13 on the reception, counter and review screens
