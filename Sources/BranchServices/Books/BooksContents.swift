// Books — the ledger and the audit trail
//
// Posting, history, ledger queries, posted operations and the audit service.
//
//   AccountStatementLine.swift  One line of an account statement as the statement screen shows it
//   AuditLogLine.swift          One audit entry as the audit screen lists it
//   AuditService.swift          Lets supervisors and administrators read the audit trail and prove it is intact
//   LedgerHistoryWriter.swift   Benchmark aid: loads years of past journal entries through the live write path
//   LedgerPosting.swift         Everything one business operation writes, prepared by the operation's service and
//                               written by `LedgerPosting` in one transaction
//   LedgerQueryService.swift    One row of the electronic journal with the names a person reads
//   PostedOperation.swift       What a money operation returns to the screen
