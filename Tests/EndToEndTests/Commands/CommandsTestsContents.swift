// EndToEndTests/Commands — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CommandLineTests.swift           The binary's command line
//   MaintenanceCommandTests.swift    Issue 12
//   ReadOnlyVerifyTests.swift        An auditor's copy
//   ReportCommandTests.swift         `teller report`
//   ReportCompareCommandTests.swift  Issue 13
