// Accounts — opening and changing accounts
//
// Account opening, status changes, freezes and closing, and the reviews inbox for four-eyes decisions.
//
//   AccountOpeningScreen.swift         Account opening in one flow
//   AccountStatusScreen+Closing.swift  Closing from the status form (issue 13)
//   AccountStatusScreen.swift          A supervisor freezes an account or lifts a freeze, with a reason, from the
//                                      customer's panel
//   ApplicationReviewScreen.swift      One account application in full, as the supervisor reads it before deciding
//   ReviewScreen.swift                 Supervisors decide account applications stopped by a watch-list hit or a
//                                      high risk rating
