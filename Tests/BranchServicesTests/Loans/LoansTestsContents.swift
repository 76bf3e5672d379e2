// BranchServicesTests/Loans — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   LoanApplicationDraftTests.swift   Drafts: numbered per business date, saved incomplete and continued, formats
//                                     only, only drafts change, the checklist takes the product's documents
//   LoanApprovalTests.swift           The approval rules: automatic, one supervisor, a committee of two different
//                                     ones, maker ≠ checker in code and schema, forged, changed and expired refused
//   LoanProductServiceTests.swift     Products: administrators only, versions, every rule with its figure in both
//                                     languages, a new version never changes applications or loans, the demo three
//   LoanSubmissionCheckTests.swift    What stops submission, the preview, the assessment from the bank's books
//   LoanTestSupport.swift             A staffed branch with money and the training branch's loan products
