// Cash — the counter's money screens
//
// Deposits, withdrawals and transfers: entry, confirmation with the customer, supervisor approval, posting and
// the voucher.
//
//   AmountEntry.swift               Strict amount entry on the money screens
//   CashEntryForm.swift             The form deposit and withdrawal share
//   CashHubScreen.swift             One entry of the cash and transfers hub
//   CashOperationScreen.swift       Cash at the counter, one screen for both directions
//   DeskKeyRows.swift               Rows several desk screens put in their own typed tables
//   DeskScreenKinds.swift           A keyed desk screen without a text field (a list, a view, a result)
//   MoneyOperationScreen.swift      The steps every money screen shares, written once
//   MoneyRows.swift                 The label-and-value rows of a money screen's confirmation and result views
//   SupervisorApprovalScreen.swift  A supervisor approves at this terminal with their own ID and PIN and a reason
//                                   (above a teller's authority, a daily limit, a drawer float or sign-off)
//   TransferForm.swift              The transfer form
//   TransferScreen.swift            The transfer form's keys
