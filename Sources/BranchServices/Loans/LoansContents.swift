// Loans — the loan desk's use cases (issue 15)
//
// Products, applications, assessment and approval (origination); contract, disbursal, repayment,
// monitoring and statements (the other loan services, each file says its OWNER).
//
//   LoanApplicationService+Submission.swift  What stops submission, the schedule preview, the credit assessment
//                                            from this bank's books, routing and the request hash
//   LoanApplicationService.swift             Drafts saved and continued, the documents checklist, reading, withdrawal
//   LoanApprovalService+Proof.swift          The proof a contract needs: the decisions behind `approved`, checked again
//   LoanApprovalService.swift                The approvers' inbox and decisions (maker ≠ checker, committee of two)
//   LoanCalculator.swift                     The loan officer's calculator (`teller loan-calc`, the preview)
//   LoanContractService.swift                The contract
//   LoanDisbursalService.swift               Paying the loan out through the ledger
//   LoanMonitoringService.swift              Due, overdue buckets, five grades, day-end penalty
//   LoanProductService+Rules.swift           The rules a product definition must keep, with the rule and the figure
//   LoanProductService.swift                 Products: versioned saves by administrators, reading, names of documents
//                                            and collateral kinds
//   LoanRepaymentService.swift               Repayment at the counter, early repayment
//   LoanStatement.swift                      The statement of a loan
//   StoredAssessment.swift                   What an assessment was computed from, stored as JSON at submission
//   LoanContractText.swift              The bilingual contract text, from the loan's own copy of the terms
//   LoanVoucherText.swift               Bilingual disbursal and repayment vouchers
//   LoanServicingBooks.swift            The loan desk's internal books and the counter side of the money (account or drawer)
//   LoanRepaymentPlan.swift             What one repayment will write, worked out before anything is posted
//   LoanRepaymentService+Posting.swift  The repayment's journal entry, allocation rows and loan updates
//   LoanMonitoringFigures.swift         A loan's overdue amount and days on a business day, from one read
//   LoanMonitoringService+DayEnd.swift  Day end: penalty accrual once per loan and day, overdue follow-ups
