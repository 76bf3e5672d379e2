// BranchServicesTests/Accounts — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   AccountOpeningBranch.swift              Every suite about identity checks and account opening is nested in this
//                                           one, so `swift test --filter AccountOpeningTests` runs exactly them
//   AccountTamperingTests.swift             An insider who can write the file gives an opened account to another
//                                           customer, grants it an overdraft or deletes it
//   CustomerCredentialHardeningTests.swift  Issue 12
//   DocumentCheckAccountOpeningTests.swift  Document checks before an account is opened: valid, expired and forged documents
//   FreezeAndClosingTests.swift             Issue 13
//   FreezeTamperingTests.swift              A partial freeze changes no account status, so an insider editing the
//                                           file could quietly release a court's hold
//   OpenAccountAccountOpeningTests.swift    The application (KYC, rating) and the opening itself
//   OpeningReviewIssue13Tests.swift         Issue 13, account applications
//   ReceptionIdentityIssue13Tests.swift     Reception and identity rules added in issue 13
//   ScreeningAccountOpeningTests.swift      Watch-list screening and risk rating of applicants
//   TextInputServiceTests.swift             Issue 12
//   VerificationAccountOpeningTests.swift   Verifying the customer (PIN, one-time code, document) before opening
