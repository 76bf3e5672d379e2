import BankCore
import BankStore
import Foundation

/// The one way an account's status changes: the new status is written and
/// audited together, with canonical facts (account number, from, to), so the
/// verifier can prove every account's status from the keyed chain.
enum AccountStatusChange {
    static func apply(_ context: BranchContext, account: AccountRecord, to status: AccountStatus, by actor: Int64?,
                      reason: String) throws {
        try AccountRepository(db: context.database).setStatus(accountID: account.id, status)
        try context.record(LedgerFacts.statusAction, by: actor, subject: AccountNumber.masked(account.number),
                           detail: AuditFacts.detail("\(account.status.rawValue) → \(status.rawValue): \(reason)",
                                                     LedgerFacts.statusFacts(account: account.number, from: account.status.rawValue,
                                                                             to: status.rawValue)))
    }
}
