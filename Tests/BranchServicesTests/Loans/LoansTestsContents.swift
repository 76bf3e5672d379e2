// BranchServicesTests/Loans — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   LoanApplicationDraftTests.swift   Drafts: numbered per business date, saved incomplete and continued, formats
//                                     only, only drafts change, the checklist takes the product's documents
//   LoanApprovalTests.swift           The approval rules: automatic, one supervisor, a committee of two different
//                                     ones, maker ≠ checker in code and schema, forged, changed and expired refused
//   LoanInsiderTestsApproval.swift    An insider round the approval: a teller deciding, one supervisor twice,
//                                     decline then approve, forged rows and audit lines, figures changed after
//   LoanInsiderTestsMoney.swift       An insider at payout and repayment: twice, another customer's account, a forged
//                                     loan, frozen/closed accounts, approvals for another maker or expired, odd figures
//   LoanInsiderTestsPermissions.swift Every public loan service method by every role, refused below the screens
//   LoanInsiderTestsSQL.swift         The sqlite3 tool without the key: triggers refuse, verify names the rest
//   LoanProductServiceTests.swift     Products: administrators only, versions, every rule with its figure in both
//                                     languages, a new version never changes applications or loans, the demo three
//   LoanSubmissionCheckTests.swift    What stops submission, the preview, the assessment from the bank's books
//   LoanTestSupport.swift             A staffed branch with money and the training branch's loan products
//   ServicingFixture.swift                A branch with money and applications made through the origination desk
//   ContractSigningTests.swift            Signing: verification, approval proof, expiry, forgery, product change
//   DisbursalTests.swift                  Payout into the account and in cash, drawer cover, four eyes
//   RepaymentTests.swift                  Partial, exact and over payment, overdue with penalty, replay, cash
//   RepaymentEarlyTests.swift             Early repayment, shorter term or lower instalment, and in full
//   ServicingTamperingTests.swift         The loan books tampered with in the file and named by verify
//   MonitoringTestBranch.swift            A branch with funded accounts on which monitoring tests make active loans
//   PenaltyAccrualTests.swift             Penalty accrual once per loan and day, figures by hand, faults rolled back
//   PenaltyAccrualConcurrencyTests.swift  Two terminals moving the date at once, and one dying half-way
//   MonitoringPortfolioTests.swift        Buckets and grades at their boundaries, due today, masking, permissions
//   MonitoringCareTaskTests.swift         Overdue follow-ups opened once, closed when repaid, never by hand
//   DisbursalFourEyesTests.swift         No one person alone pays out a loan the system approved
