// Accounts — opening, status, freezes, closing
//
// Account opening with review and guardians, status changes, freezes and closing.
//
//   AccountClosingService.swift           How the balance leaves an account that is closed
//   AccountFreezeService.swift            A freeze as ordered
//   AccountOpeningService+Closing.swift   An application that ends without an account
//   AccountOpeningService+Guardian.swift  An applicant under 18 (from the date of birth, on the business date)
//                                         opens an account only with a guardian who is an adult customer of the
//                                         bank, verified by this teller for this opening
//   AccountOpeningService+Review.swift    Everything a supervisor reads before deciding an application
//   AccountOpeningService.swift           What the teller fills in to open an account
//   AccountStatusChange.swift             The one way an account's status changes
//   AccountStatusService.swift            The ways forward for abnormal accounts
