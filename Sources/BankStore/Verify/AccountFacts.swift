import BankCore
import Foundation

/// What an account opening's audit row records about the account, in
/// `AuditFacts` form: whose it is, its type, currency and overdraft. Nothing
/// in the program changes these after opening, so the verifier can prove
/// that nobody editing the file gave an account to another customer or an
/// overdraft it was never granted.
public enum AccountFacts {
    /// Audit action of an account opening; its facts are `facts(...)`.
    public static let openAction = "account.open"

    public static func facts(number: String, customerID: Int64, type: String, currency: String, overdraftLimit: Int64) -> [(String, String)] {
        [("account", number), ("customer", String(customerID)), ("type", type), ("currency", currency),
         ("overdraft", String(overdraftLimit))]
    }
}

extension LedgerVerifier {
    /// Every account whose opening was audited with facts must still match them, and still exist.
    /// (Accounts seeded without an opening — training and benchmark files — have none to compare.)
    func auditedOpenings() throws -> [LedgerBreach] {
        var opened: [String: [String: String]] = [:]
        try db.forEachRow("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", [.text(AccountFacts.openAction)]) { row in
            if let facts = AuditFacts.parse(row.string("detail") ?? ""), let number = facts["account"] { opened[number] = facts }
        }
        guard !opened.isEmpty else { return [] }
        var breaches: [LedgerBreach] = []
        var seen = Set<String>()
        try db.forEachRow("SELECT number, customer_id, type, currency, overdraft_limit FROM accounts ORDER BY id") { row in
            guard breaches.count < limitPerCheck, let number = row.string("number"), let audited = opened[number] else { return }
            seen.insert(number)
            let found = AccountFacts.facts(number: number, customerID: row.int("customer_id") ?? 0, type: row.string("type") ?? "?",
                                           currency: row.string("currency") ?? "?", overdraftLimit: row.int("overdraft_limit") ?? 0)
            for (field, value) in found where (audited[field] ?? "-") != value {
                breaches.append(.accountDiffersFromAudit(account: number, field: field, audited: audited[field] ?? "-", found: value))
            }
        }
        for number in opened.keys.sorted() where !seen.contains(number) && breaches.count < limitPerCheck {
            breaches.append(.accountMissing(account: number))
        }
        return breaches
    }
}
