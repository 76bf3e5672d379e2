// Loans — the loan desk's rules as pure functions (no clock, no store).
//
//   AnnualRate.swift           a yearly rate held exactly in millionths; half-up monthly and daily interest
//   RepaymentMethod.swift      equal instalment (等额本息), equal principal (等额本金), interest-only then bullet
//   LoanSchedule.swift         every instalment with date, principal, interest and balance; the rounding rules
//   RepaymentAllocation.swift  a repayment applied penalty → overdue interest → overdue principal → current instalment
//   EarlyRepayment.swift       the schedule left after repaying part early: shorter term or lower instalment
//   LoanClassification.swift   overdue buckets and the five-grade classification (五级分类) from days overdue
//   CreditAssessment.swift     debt-to-income, loan-to-value, history at this bank, age at maturity → approve/refer/decline
//   LoanProduct.swift      A loan product: ranges, rate, methods, collateral and its LTV, documents, limits
//   LoanApplication.swift  A loan application from draft to contract, and its collateral
//   LoanRecord.swift       A signed loan with its own copy of the terms
