// Demo — the training branch
//
// The demo branch's seed: operators, customers, ledger, and the training file.
//
//   DemoBranch.swift        The training branch trainers use in the classroom
//   DemoCustomers.swift     Realistic people for the training branch
//   DemoLedger.swift        Money for the training branch
//   DemoLoanProducts.swift  The training branch's loan products: a personal loan, a mortgage and a business loan
//   LedgerSeeding.swift     Developer and benchmark aid, not a teller function
//   TrainingFile.swift      Guards the training sandbox
