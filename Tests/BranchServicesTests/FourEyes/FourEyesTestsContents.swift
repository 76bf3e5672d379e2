// BranchServicesTests/FourEyes — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   ApprovalAuthorityTests.swift  Issue 13
//   CashApprovalTests.swift       Maker ≠ checker
//   FourEyesComplaintTests.swift  Issue 12
//   FourEyesMoneyTests.swift      Issue 12
