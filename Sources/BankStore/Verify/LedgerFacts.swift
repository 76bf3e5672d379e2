import Foundation

/// The facts of one journal entry as the books hold them now, in the
/// canonical form `AuditFacts` writes: the posting code records exactly these
/// in the entry's audit row (read back in the same transaction, so writer and
/// verifier share one definition), and `LedgerVerifier` compares them later.
public struct LedgerFacts {
    let db: Database

    public init(db: Database) { self.db = db }

    /// Audit action of an account status change; its facts are `account`, `from` and `to`.
    public static let statusAction = "account.status"

    /// The facts of entry `entryID`, in a fixed order, or nil if there is no such entry.
    public func facts(entryID: Int64) throws -> [(String, String)]? {
        try facts(entryIDs: entryID...entryID)[entryID]
    }

    /// The facts of every entry whose id is in `ids`, in three range queries (the verifier reads the books in batches).
    public func facts(entryIDs ids: ClosedRange<Int64>) throws -> [Int64: [(String, String)]] {
        let range: [SQLValue] = [.integer(ids.lowerBound), .integer(ids.upperBound)]
        var postings: [Int64: [(customer: Bool, name: String, amount: Int64)]] = [:]
        try db.forEachRow("""
            SELECT p.entry_id, p.amount, a.number, i.code FROM postings p LEFT JOIN accounts a ON a.id = p.account_id
            LEFT JOIN internal_accounts i ON i.id = p.internal_id WHERE p.entry_id BETWEEN ? AND ? ORDER BY p.entry_id, p.id
            """, range) { posting in
            postings[posting.int("entry_id") ?? 0, default: []].append(
                (customer: posting.string("number") != nil, name: posting.string("number") ?? posting.string("code") ?? "?",
                 amount: posting.int("amount") ?? 0))
        }
        var reports: [Int64: String] = [:]
        try db.forEachRow("""
            SELECT entry_id, direction, customer_id, amount, day_total, business_date, operator_id, purpose FROM large_value_reports
            WHERE entry_id BETWEEN ? AND ?
            """, range) { report in
            reports[report.int("entry_id") ?? 0] = [
                report.string("direction") ?? "?", AuditFacts.optional(report.int("customer_id")), AuditFacts.optional(report.int("amount")),
                AuditFacts.optional(report.int("day_total")), report.string("business_date") ?? "?",
                AuditFacts.optional(report.int("operator_id")), AuditFacts.escape(report.string("purpose") ?? "")].joined(separator: ":")
        }
        var found: [Int64: [(String, String)]] = [:]
        try db.forEachRow("""
            SELECT e.id, e.kind, e.business_date, e.currency, e.amount, a.number AS account, c.number AS counter, e.customer_id,
                   e.maker_id, e.approver_id, e.reverses_id
            FROM journal_entries e LEFT JOIN accounts a ON a.id = e.account_id LEFT JOIN accounts c ON c.id = e.counter_account_id
            WHERE e.id BETWEEN ? AND ?
            """, range) { row in
            let id = row.int("id") ?? 0
            found[id] = [
                ("kind", row.string("kind") ?? "?"), ("date", row.string("business_date") ?? "?"), ("currency", row.string("currency") ?? "?"),
                ("amount", AuditFacts.optional(row.int("amount"))), ("account", AuditFacts.optional(row.string("account"))),
                ("counter", AuditFacts.optional(row.string("counter"))), ("customer", AuditFacts.optional(row.int("customer_id"))),
                ("maker", AuditFacts.optional(row.int("maker_id"))), ("approver", AuditFacts.optional(row.int("approver_id"))),
                ("reverses", AuditFacts.optional(row.int("reverses_id"))), ("postings", AuditFacts.postings(postings[id] ?? [])),
                ("large_value", reports[id] ?? "-"),
            ]
        }
        return found
    }

    /// The facts of a status change of account `number` from `from` to `to`.
    public static func statusFacts(account number: String, from: String, to: String) -> [(String, String)] {
        [("account", number), ("from", from), ("to", to)]
    }
}
