// BankStore — everything the workstation keeps on disk, in one SQLite file.
//
// Connection layer
//   Database.swift              the connection: execute, query, cached statements, close
//   Database+Open.swift         open(path:) with the safety checks that never modify a refused file
//   Database+Transaction.swift  BEGIN IMMEDIATE transactions, retried under a BusyRetryPolicy; nested calls become SAVEPOINTs
//   BusyRetryPolicy.swift       the one busy-retry policy: lock wait per attempt, pause, attempts, total wait
//   Database+ChangeMarker.swift "has anything changed" (data_version and this connection's changes) for screens to re-read on
//   Database+Empty.swift        drops every table in place (the training sandbox's reset)
//   Database+Migrate.swift      applies pending migrations, one transaction each
//   Database+Cursor.swift       reads rows by column position without a Row each (KPI scans)
//   Statement.swift             one prepared statement: bind, step, read columns
//   StatementCache.swift        prepared statements cached by SQL text
//   SQLiteError.swift           maps SQLite result codes to StoreError
//   SQLValue.swift              a value bound to or read from SQL
//   Row.swift                   one result row, read by column name
//   StoreError.swift            what can go wrong, in terms the caller can act on
//   EpochMillis.swift           Date <-> INTEGER epoch milliseconds (UTC)
//   RowDecoding.swift           reading required columns, reporting damage as StoreError.corrupt
//
// Schema
//   Migration.swift             a frozen schema step and the list of all of them
//   Migration0001.swift         branch, settings, operators, audit_log (+ append-only triggers)
//   Migration0002.swift         customers, counters, tickets, queue events, appointments
//   Migration0003.swift         identity checks, credentials, watch list, applications, accounts, vouchers
//   Migration0004.swift         the ledger: internal accounts, journal entries, postings, cash movements,
//                               drawer sessions, large-value reports, payees, notification outbox
//   Migration0005.swift         complaints and their history, care tasks, suggestions, refused operations
//   Migration0006.swift         customer name suffixes (+ triggers) for fast "part of a name" search
//   Migration0007.swift         the finishing operator on each ticket (+ trigger), covering KPI indexes
//   Migration0008.swift         covering indexes for the daily totals every money operation checks
//   Migration0017.swift         a suggestion's answer (answered and closed)
//   Migration0018.swift         the KPI ticket figures of closed days (KPIDaySummaries), the covering name-search index
//
// Repositories
//   AuditEntry.swift, AuditLine.swift, AuditTrail.swift, AuditTrail+Verify.swift
//                               the append-only audit trail, keyed (HMAC) with the branch key, its
//                               authenticated head, the legacy re-anchor, its verifier, auditors' heads
//   AuditFacts.swift, LedgerFacts.swift
//                               the canonical facts audit rows carry, and an entry's facts as the books hold them
//   Database+ReadOnly.swift     read-only (immutable) opening for verify and report on an auditor's copy
//   OperatorRepository.swift    staff accounts, PIN hashes, lockout counters, preferences
//   BranchRepository.swift      the single branch row and its business date
//   SettingsRepository.swift    key/value settings
//   CustomerRepository.swift    the customer registry and its searches
//   QueueRepository.swift       tickets, counters, appointments, the queue event log
//   LedgerRecords.swift         the ledger's stored shapes (internal accounts, postings, statement lines)
//   LedgerRepository.swift      internal accounts, entries, postings with running balances, cash by denomination
//   DrawerRepository.swift      teller drawer sessions from float to sign-off
//   CashRecordsRepository.swift large-value reports, saved payees, the notification outbox
//   LedgerVerifier.swift, LedgerVerifier+Audit.swift
//                               proves the books consistent, and equal to what the audit chain says,
//                               and names each breach
//
// The records the bank's people read (accounts, applications, freezes, payees, journal entries,
// drawer sessions, complaints and care, the verifiers' breaches, auditors' heads) are BankCore
// types: the store reads and writes them, services hand them on, screens never import this module.
