// BranchServicesTests/Books — what these tests prove
//
// The suites of this folder and what each one checks; shared helpers are in Support/ and the TestSupport target.
//
//   AssessRefusalLogTests.swift     Issue 13
//   AuditBooksTamperingTests.swift  The attacks that passed `verify` before the chain was keyed and compared with
//                                   the books, done with sqlite3 after dropping the triggers
//   AuditServiceTests.swift         A branch with a handful of audited operations, closed again so the `sqlite3`
//                                   tool is the only one touching the file
//   LedgerModelOperations.swift     The operations a model run tries, each applied to the services and to the model
//   LedgerModelTests.swift          Model-based
//   LedgerSeedingTests.swift        The developers' seeding aids create money or credentials with one supervisor's
//                                   say-so, so a real branch refuses them (issue 12)
//   LedgerTamperingTests.swift      Someone edits the file behind the program's back with the sqlite3 tool
