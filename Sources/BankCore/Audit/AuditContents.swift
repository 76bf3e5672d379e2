// Audit — what the audit trail's proof is made of, as the bank reads it (the store keeps the
// chain and proves it; services, the command line and screens report on it).
//
//   AuditHeadMark.swift         a chain head `SEQ:HASH` as printed on a day-end report and written down by an auditor
//   AuditBreach.swift           what the trail's verifier can find: edits, cuts, splices, a forged or missing head
//   CredentialSealBreach.swift  a credential row whose seal does not prove it
