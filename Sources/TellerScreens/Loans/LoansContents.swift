// Loans — the loan desk's origination screens (issue 15)
//
// The desk's home, the application from draft to submission (form, collateral, guarantors, documents, schedule
// preview, assessment, outcome), the approvers' inbox and the products an administrator defines. The screens call
// BranchServices/Loans (LoanProductService, LoanApplicationService, LoanApprovalService) and never the store.
//
//   LoansHubScreen.swift          The desk's home (new application, drafts, inbox) and picking the applicant
//   LoanApplicationWork.swift     The application being typed, shared by the form and the screens it opens;
//                                 products, names and accounts read once
//   LoanApplicationForm.swift     The application form's fields, declared once, and reading them back
//   LoanApplicationScreen.swift   One application: the form, its keys (save draft, collateral, guarantors,
//                                 documents, schedule, assessment, submit)
//   LoanCollateralScreen.swift    The collateral list with add and remove
//   LoanGuarantorsScreen.swift    The guarantors list, added by customer lookup
//   LoanChecklistScreen.swift     A list ticked with Space (an application's documents, a product's methods
//                                 and documents)
//   LoanScheduleScreen.swift      The schedule preview (and the submit key when submitting)
//   LoanAssessmentScreen.swift    The assessment table every loan screen draws, and the assessment screen
//   LoanProblemsScreen.swift      What stops a submission (or a product's save), one problem a line
//   LoanOutcomeScreen.swift       What became of a submitted application, with the rules that fired
//   LoanDraftsScreen.swift        The drafts waiting to be continued
//   LoanInboxScreen.swift         The approvers' inbox
//   LoanDecisionScreen.swift      One application decided with a reason (or why the operator may not)
//   LoanProductsScreen.swift      The loan products, for administrators
//   LoanProductForm.swift         The product form's fields and the product they make
//   LoanProductFormScreen.swift   A product edited or defined, its checklist and its save
//   LoanLabels.swift              Names of kinds, documents, statuses, rules; figures as text
//   LoanScreenKinds.swift         What several loan screens share: list and view actions, their key tables, re-reading
//   CustomerLoansScreen.swift              One customer's approved applications and loans: sign, pay out, repay, statement
//   LoanContractScreen.swift               The terms the customer confirms, their verification, and the signing
//   LoanServicingDisbursalScreen.swift     Paying a signed loan out, into the account or in cash
//   LoanRepaymentScreen.swift              A repayment at the counter: the quote, early repayment in part or in full
//   LoanServicingCounterForm.swift         The loan counter forms' fields and, for cash, the count of notes and coins
//   LoanServicingCounterScreen.swift       The keys the loan counter forms share
//   LoanStatementScreen.swift              A loan's statement, scrollable
//   LoanMonitoringScreen.swift             The supervisors' loans list: summary, filter by bucket or grade
//   LoanMonitoringInstalmentsScreen.swift  One loan's instalments from the monitoring list
//   LoanMonitoringLabels.swift             Bucket and grade names and the monitoring summary block
