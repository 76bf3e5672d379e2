// BranchServicesTests/Complaints — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   CareServiceTests.swift                Customer care
//   ComplaintDeadlineSettingsTests.swift  The deadline rules are configuration
//   ComplaintHandlingTests.swift          Handling a complaint
//   ComplaintIntakeTests.swift            A branch for the complaint tests
//   ComplaintIssue13Tests.swift           Issue 13, complaints and care
//   ComplaintResolutionTests.swift        The response (explanation, monetary remedy through the ledger, the
//                                         notification to the customer), closing with the customer's satisfaction
//                                         and the call-back task, and reopening
