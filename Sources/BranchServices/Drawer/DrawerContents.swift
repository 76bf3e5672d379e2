// Drawer — the teller's cash and the business day
//
// Drawer sessions, the cash position, business-day moves and the day-end report.
//
//   BusinessDayService.swift   Moves the branch to its next business date (day close / day open)
//   CashPositionService.swift  One drawer's cash through a session, in fen
//   CashPositionText.swift     The printed day-end cash position report
//   DayEndText.swift           Day-end reports carry the audit chain head (seq and hash), so an auditor can write
//                              it down and later prove with `teller verify --head SEQ:HASH` that nothing up to it
//                              was rewritten
//   DrawerService.swift        The expected and counted cash of a drawer at day end, shown only after the blind
//                              count
