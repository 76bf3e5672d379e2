// Audit — the tamper-evident trail
//
// The append-only, keyed audit chain, its head, breaches, lines and the credential seal.
//
//   AuditEntry.swift         One line of the audit trail
//   AuditLine.swift          The canonical text an audit entry's hash covers
//   AuditTrail+Proof.swift   Single audit lines proved genuine by the branch key (a control that trusts one line)
//   AuditTrail+Verify.swift  What `AuditTrail.verify` found
//   AuditTrail.swift         The append-only, tamper-evident record of everything operators do
//   CredentialSeal.swift     Keyed seals over the rows that decide who may act
