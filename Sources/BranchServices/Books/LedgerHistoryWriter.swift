import BankCore
import BankStore
import Foundation
import Localization

/// Benchmark aid, not a teller function (package access: only this package's
/// `teller-bench` sees it, never an app built on the library): loads years of past journal entries
/// into a branch file quickly. Each entry goes through the very write path a
/// live operation uses (`LedgerPosting.write`: entry row, postings with
/// running balances, cash by denomination, audit row chained to the one
/// before), so `teller verify` holds on the result; what it skips are the
/// live checks (permissions, limits, verification, idempotency lookup) and
/// the one-transaction-per-operation rule: the caller groups thousands of
/// entries into one `batch` so loading two million postings takes a minute,
/// not hours. The audit row takes its time from the context's clock, so the
/// loader moves that clock to each entry's time.
package struct LedgerHistoryWriter {
    let context: BranchContext
    let posting: LedgerPosting

    package init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
    }

    /// Runs `body` as one write transaction: all of it lands, or none.
    package func batch<T>(_ body: () throws -> T) throws(LocalizedMessage) -> T {
        try context.write(body)
    }

    /// Writes one past entry (inside a `batch`) and returns its id. Postings
    /// are debit positive and must sum to zero; cash moves notes into (+1)
    /// or out of (-1) a drawer or the vault.
    @discardableResult
    package func write(_ entry: JournalEntryRecord, postings: [(book: LedgerBook, amount: Int64)],
                      cash: [(internalID: Int64, cash: CashBreakdown, sign: Int)] = [], auditDetail: String = "") throws -> Int64 {
        try posting.write(EntryDraft(entry: entry, postings: postings, cash: cash, auditAction: "ledger.\(entry.kind.rawValue)",
                                     auditDetail: auditDetail)).entryID
    }

    /// The internal account with `code`, created the first time (inside a `batch`).
    package func internalAccount(code: String, kind: InternalAccountKind, operatorID: Int64? = nil) throws -> InternalAccountRecord {
        try posting.ledger.internalAccount(code: code, kind: kind, currency: .cny, operatorID: operatorID)
    }

    /// The code of a teller's cash drawer and of the branch vault, as the drawer service names them.
    package static func drawerCode(username: String) -> String { DrawerService.drawerCode(username: username) }
    package static var vaultCode: String { DrawerService.vaultCode }
}
