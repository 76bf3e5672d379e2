import BankCore
import Foundation

/// What a freeze's audit rows record about it, in `AuditFacts` form, so the
/// verifier can prove the freezes table: a partial freeze changes no account
/// status, so without these facts someone editing the file could lift one,
/// shrink its amount or move its expiry unseen.
public enum FreezeFacts {
    /// Audit action of a placed freeze; its facts are `facts(of:)`.
    public static let placeAction = "account.freeze"
    /// Audit action of a lifted freeze; its fact is the freeze id.
    public static let liftAction = "account.freeze_lift"

    /// The facts of one freeze as it was placed.
    public static func facts(id: Int64, accountNumber: String, type: String, amount: Int64?, expiresOn: String?,
                             documentNumber: String) -> [(String, String)] {
        [("freeze", String(id)), ("account", accountNumber), ("type", type), ("amount", AuditFacts.optional(amount)),
         ("until", AuditFacts.optional(expiresOn)), ("document", documentNumber)]
    }

    /// The fact of a lift.
    public static func liftFacts(id: Int64) -> [(String, String)] { [("freeze", String(id))] }
}

extension LedgerVerifier {
    /// Every freeze row must be one an audited placement describes, field by field; a lifted one needs an audited
    /// lift, and an audited lift a lifted row; an audited freeze must still be there.
    func auditedFreezes() throws -> [LedgerBreach] {
        var placed: [Int64: [String: String]] = [:]
        var lifted = Set<Int64>()
        try db.forEachRow("SELECT action, detail FROM audit_log WHERE action IN (?, ?) ORDER BY seq",
                          [.text(FreezeFacts.placeAction), .text(FreezeFacts.liftAction)]) { row in
            guard let facts = AuditFacts.parse(row.string("detail") ?? ""), let id = facts["freeze"].flatMap({ Int64($0) }) else { return }
            if row.string("action") == FreezeFacts.placeAction { placed[id] = facts } else { lifted.insert(id) }
        }
        var breaches: [LedgerBreach] = []
        var seen = Set<Int64>()
        try db.forEachRow("""
            SELECT f.id, a.number, f.type, f.amount, f.expires_on, f.document_no, f.lifted_by
            FROM account_freezes f LEFT JOIN accounts a ON a.id = f.account_id ORDER BY f.id
            """) { row in
            guard breaches.count < limitPerCheck, let id = row.int("id") else { return }
            seen.insert(id)
            guard let audited = placed[id] else { breaches.append(.freezeNotAudited(freezeID: id)); return }
            let found = FreezeFacts.facts(id: id, accountNumber: row.string("number") ?? "?", type: row.string("type") ?? "?",
                                          amount: row.int("amount"), expiresOn: row.string("expires_on"),
                                          documentNumber: row.string("document_no") ?? "")
            for (field, value) in found where (audited[field] ?? "-") != value {
                breaches.append(.freezeDiffersFromAudit(freezeID: id, field: field, audited: audited[field] ?? "-", found: value))
            }
            if (row.int("lifted_by") != nil) != lifted.contains(id) {
                breaches.append(.freezeLiftNotAudited(freezeID: id, lifted: row.int("lifted_by") != nil))
            }
        }
        for id in placed.keys.sorted() where !seen.contains(id) && breaches.count < limitPerCheck {
            breaches.append(.freezeMissing(freezeID: id))
        }
        return breaches
    }
}
