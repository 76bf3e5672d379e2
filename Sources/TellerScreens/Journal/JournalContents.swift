// Journal — what was posted
//
// The journal with filters and reversals, and account statements.
//
//   JournalFilterForm.swift      The journal's search form
//   JournalReversalScreen.swift  A supervisor reverses one journal entry
//   JournalScreen.swift          The electronic journal, newest first, searchable by business date, amount, account
//                                and (supervisors) operator
//   StatementScreen.swift        An account statement with running balance
