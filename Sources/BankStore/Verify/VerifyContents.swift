// Verify — proving the books
//
// The ledger verifier and the facts the audit rows carry, compared with what the tables hold.
//
//   AccountFacts.swift          What an account opening's audit row records about the account, in `AuditFacts` form
//   AuditFacts.swift            The canonical, parseable facts an audit row carries about what it records, so the
//                               verifier can compare the books with the (keyed) chain instead of only checking that
//                               the chain is intact
//   FreezeFacts.swift           What a freeze's audit rows record about it, in `AuditFacts` form, so the verifier
//                               can prove the freezes table
//   LedgerFacts.swift           The facts of one journal entry as the books hold them now, in the canonical form
//                               `AuditFacts` writes
//   LedgerVerifier+Audit.swift  The verifier's comparison of the books with what the keyed audit chain says
//   LedgerVerifier.swift        Proves the books are consistent, from the raw rows
//   LoanContractFacts.swift     What a loan contract's audit row records about the loan (terms, account, product
//                               version), in `AuditFacts` form, so the verifier can prove the loans table
//   LoanFacts.swift             Proves the loan books: receivable, outstanding principal, instalments, repayments
