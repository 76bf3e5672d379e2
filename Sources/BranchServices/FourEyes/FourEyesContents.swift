// Four eyes — approvals by a second person
//
// Who may approve what, the four-eyes rules and supervisor approvals with their own credentials.
//
//   ApprovalAuthority.swift   What an approval is for
//   FourEyesRules.swift       The figures of the controls that keep one person from moving money alone (issue 12)
//   SupervisorApproval.swift  Proof that a supervisor approved something at this terminal with their own ID and
//                             PIN, with a reason
