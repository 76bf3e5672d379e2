// BranchServices — the use cases the screens and the command line share, each
// checking permissions itself. Services return domain (BankCore) or view
// types, never store records, and hold no SQL. One folder per area, each
// with its own …Contents.swift index:
//
//   Branch/      opening the branch file, its key, settings, data locations, private files, setup
//   Demo/        the training branch's seed
//   Operators/   sign-in, lockout, sessions, staff administration
//   FourEyes/    who may approve what; supervisor approvals
//   Reception/   the queue: tickets, counters, appointments
//   Customers/   the registry, the watch list
//   Identity/    identity rules, customer PINs and one-time codes
//   Accounts/    opening, status, freezes, closing
//   Cash/        deposits, withdrawals, transfers, reversals, vouchers
//   Drawer/      drawer sessions, the business day, the day-end report
//   Books/       posting, ledger queries, the audit service
//   Complaints/  complaints and customer care
//   Dashboard/   KPI figures and report formats
//   Loans/       loan products, applications, approval, contract, disbursal, repayment, monitoring
