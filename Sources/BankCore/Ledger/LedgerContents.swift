// Ledger — the pure rules of moving money. No I/O here: the store writes
// entries, the services decide with these.
//
//   EntryKind.swift          what a journal entry records; which kinds can be reversed; internal account kinds
//   OperationLimits.swift    authority limits per role and operation (enter / approve), scaled per currency
//   CashRules.swift          large-value threshold, one-time-code threshold, single and daily limits (configurable)
//   AccountRestriction.swift which account statuses refuse a movement, and why; available balance
//   JournalEntryRecord.swift one journal entry: one business operation, whose postings sum to zero
//   JournalFilter.swift      what the electronic journal can be searched by
//   DrawerSessionRecord.swift a teller's drawer for one day, from float to sign-off
//   LedgerBreach.swift       what the books' verifier can find wrong, phrased for the investigator
