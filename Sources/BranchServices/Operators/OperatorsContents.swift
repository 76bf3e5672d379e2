// Operators — signing in and staff administration
//
// Authentication, lockout, sessions, shell credentials and operator administration.
//
//   AuthenticationService+Credentials.swift     Where PINs are checked and wrong PINs counted
//   AuthenticationService+Session.swift         One operator, one terminal (issue 13)
//   AuthenticationService.swift                 Signing in and confirming a PIN at the lock screen
//   OperatorAdministration+ApprovalLimit.swift  Gives an operator who may approve an approval limit of their own in
//                                               CNY fen (the branch manager's, above the supervisors'), or with nil
//                                               puts them back on their role's figure
//   OperatorAdministration.swift                What an administrator does with operators
//   ShellCredentials.swift                      Maintenance commands run at the server's shell (`teller watchlist-
//                                               import`, `teller unlock-operator`) act for a named operator who
//                                               types their ID and PIN, so the audit trail says who did it
