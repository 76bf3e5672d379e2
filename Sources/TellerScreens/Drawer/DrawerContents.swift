// Drawer — the teller's cash and the day
//
// The drawer from float to sign-off, cash counts by denomination, the branch cash position, day close and the
// books.
//
//   BooksScreen.swift                 The supervisor's view of `teller verify`
//   CashCountGrid.swift               Notes and coins counted by denomination, one row per RMB denomination
//                                     (largest first) with the value of each row and a running total
//   CashCountScreen.swift             One count of notes and coins for a drawer or vault movement (opening float,
//                                     buying from or selling to the vault, the blind day-end count, a vault
//                                     receipt)
//   CashPositionScreen.swift          Cash positions (issue 13)
//   DayCloseScreen.swift              The day-close checklist shown before the business date moves (issue 13)
//   DenominationGrid.swift            The count of notes and coins by RMB denomination on the cash screens
//   DrawerReconciliationScreen.swift  Day end after the blind count
//   DrawerScreen.swift                The teller's cash drawer for the day
