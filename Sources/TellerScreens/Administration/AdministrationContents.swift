// Administration — staff, audit and settings
//
// Operators and their credentials, the audit trail, the operator's and the branch's settings.
//
//   AuditScreen.swift         The newest audit records, and a key that recomputes the whole hash chain and says
//                             whether it is intact
//   OperatorFormScreen.swift  Adds an operator, or sets a new PIN for one (typed twice)
//   OperatorsScreen.swift     The list of operators, for administrators (add, reset PIN, unlock, deactivate) and
//                             supervisors (unlock only)
//   SettingsScreen.swift      The operator's language and colour theme, and for administrators the branch's
//                             security settings (wrong PINs before lockout, lockout length, idle lock) and the
//                             complaint deadlines (days to respond on each track, the due-soon window)
