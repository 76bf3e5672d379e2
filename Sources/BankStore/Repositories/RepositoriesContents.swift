// Repositories — the tables a service reads and writes
//
// One repository per area; services call these and never write SQL themselves.
//
//   AccountRepository+Closures.swift           Closing an account application without an account
//   AccountRepository.swift                    Accounts, account applications, the watch list and voucher numbering
//   BranchRepository.swift                     The one branch this file belongs to (its row has id 1), including
//                                              the business date, which moves only when the branch closes the day
//   CashPositionRepository.swift               The cash that went through a drawer session, by kind of entry (issue
//                                              13)
//   CashRecordsRepository.swift                A message waiting in the outbox for the SMS / e-mail gateway
//   ComplaintRepository.swift                  Complaints, their append-only history, care tasks and suggestions
//   CustomerRepository.swift                   The customer registry
//   DrawerRepository.swift                     Teller drawer sessions
//   FreezeRepository.swift                     Freezes on accounts
//   IdentityRepository+OneTimeCodeBlock.swift  Wrong one-time codes count toward a block, as wrong PINs do
//   IdentityRepository.swift                   A stored customer credential
//   KPIDaySummaries.swift                      One local calendar day as the KPI figures cut it
//   KPIRepository.swift                        The facts of tickets issued in a period that share a business type,
//                                              a counter number and a finishing operator (any of them may be nil
//   KPITicketScanBuilder.swift                 Builds one `TicketScan` from any mix of sources — tickets read live
//                                              and the stored summaries of closed days — so both give the same
//                                              groups, waits and series
//   LedgerRecords.swift                        An internal (general-ledger) account as stored
//   LedgerRepository.swift                     The books
//   LoanRepository+Servicing.swift             The servicing desk's loan writes and reads (contract, disbursal, repayment rows)
//   LoanRepository+Monitoring.swift            Loan monitoring: payments by repayment date, the daily penalty rows (one
//                                              per loan and day) and the loans' overdue follow-up tasks
//   OperatorRepository+Lockout.swift           How many lockouts an operator (or a supervisor at one terminal) has
//                                              had in a row and when the last began
//   OperatorRepository.swift                   Staff accounts
//   OperatorSessionRepository.swift            One live sign-in per operator (issue 13)
//   QueueRepository.swift                      Tickets, counters, appointments and the append-only queue event log
//   SettingsRepository.swift                   Branch-wide settings as text key/value pairs (limits, idle timeout,
//                                              default language…)
//   VoucherRecords.swift                       Reading stored vouchers back (their text is kept in the branch file,
//                                              so a voucher file that could not be written, or was lost, can be
//                                              written again)
//   LoanRepository.swift             Signed loans, stored schedules with what was paid, penalty owed
//   LoanProductRepository.swift      Loan products as versioned JSON terms, every version kept
//   LoanApplicationRepository.swift  Loan applications with documents, collateral, guarantors and approvals
