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
        guard let row = try db.queryOne("""
            SELECT e.kind, e.business_date, e.currency, e.amount, a.number AS account, c.number AS counter, e.customer_id,
                   e.maker_id, e.approver_id, e.reverses_id
            FROM journal_entries e LEFT JOIN accounts a ON a.id = e.account_id LEFT JOIN accounts c ON c.id = e.counter_account_id
            WHERE e.id = ?
            """, [.integer(entryID)]) else { return nil }
        let postings = try db.query("""
            SELECT p.amount, a.number, i.code FROM postings p LEFT JOIN accounts a ON a.id = p.account_id
            LEFT JOIN internal_accounts i ON i.id = p.internal_id WHERE p.entry_id = ?
            """, [.integer(entryID)]).map { posting in
            (customer: posting.string("number") != nil, name: posting.string("number") ?? posting.string("code") ?? "?",
             amount: posting.int("amount") ?? 0)
        }
        let report = try db.queryOne("""
            SELECT direction, customer_id, amount, day_total, business_date, operator_id, purpose FROM large_value_reports WHERE entry_id = ?
            """, [.integer(entryID)]).map { report in
            [report.string("direction") ?? "?", AuditFacts.optional(report.int("customer_id")), AuditFacts.optional(report.int("amount")),
             AuditFacts.optional(report.int("day_total")), report.string("business_date") ?? "?",
             AuditFacts.optional(report.int("operator_id")), AuditFacts.escape(report.string("purpose") ?? "")].joined(separator: ":")
        }
        return [
            ("kind", row.string("kind") ?? "?"), ("date", row.string("business_date") ?? "?"), ("currency", row.string("currency") ?? "?"),
            ("amount", AuditFacts.optional(row.int("amount"))), ("account", AuditFacts.optional(row.string("account"))),
            ("counter", AuditFacts.optional(row.string("counter"))), ("customer", AuditFacts.optional(row.int("customer_id"))),
            ("maker", AuditFacts.optional(row.int("maker_id"))), ("approver", AuditFacts.optional(row.int("approver_id"))),
            ("reverses", AuditFacts.optional(row.int("reverses_id"))), ("postings", AuditFacts.postings(postings)),
            ("large_value", report ?? "-"),
        ]
    }

    /// The facts of a status change of account `number` from `from` to `to`.
    public static func statusFacts(account number: String, from: String, to: String) -> [(String, String)] {
        [("account", number), ("from", from), ("to", to)]
    }
}
