import BankCore
import Foundation

/// The verifier's comparison of the books with what the keyed audit chain
/// says: each entry's facts (amount, accounts, postings, maker, approver,
/// reversal link, large-value report) and each account's status. Rows from
/// before facts were recorded (legacy files) carry none and are skipped.
extension LedgerVerifier {
    /// Audit rows are read in seq order (which follows entry ids, each entry's row being written with it) and the
    /// books they name are read a batch of ids at a time, so a two-year file costs a few queries per thousand entries.
    func auditedFacts() throws -> [LedgerBreach] {
        var breaches: [LedgerBreach] = []
        let facts = LedgerFacts(db: db)
        var batch: [(entryID: Int64, audited: [String: String])] = []
        func compare() throws {
            guard let low = batch.map(\.entryID).min(), let high = batch.map(\.entryID).max() else { return }
            let books = try facts.facts(entryIDs: low...high)
            for (entryID, audited) in batch where breaches.count < limitPerCheck {
                guard let found = books[entryID] else { continue }
                for (field, value) in found where (audited[field] ?? "-") != value {
                    breaches.append(Self.breach(entryID: entryID, field: field, audited: audited[field] ?? "-", found: value))
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        try db.forEachRow("""
            SELECT subject, detail FROM audit_log WHERE action LIKE 'ledger.%' AND subject LIKE 'entry %' ORDER BY seq
            """) { row in
            guard breaches.count < limitPerCheck, let entryID = Int64((row.string("subject") ?? "").dropFirst(6)),
                  let audited = AuditFacts.parse(row.string("detail") ?? "") else { return }
            // A batch spans a compact id range; an entry far out of order starts a new batch instead of widening it.
            if let first = batch.first, batch.count >= Self.factsBatch || abs(entryID - first.entryID) > Int64(Self.factsBatch) * 4 {
                try compare()
            }
            batch.append((entryID, audited))
        }
        try compare()
        return breaches
    }

    /// Audited entries compared per read of the books.
    static let factsBatch = 2_000

    private static func breach(entryID: Int64, field: String, audited: String, found: String) -> LedgerBreach {
        switch field {
        case "postings": return .postingsDifferFromAudit(entryID: entryID, audited: audited, found: found)
        case "large_value" where found == "-": return .largeValueReportMissing(entryID: entryID)
        case "large_value" where audited == "-": return .largeValueReportNotAudited(entryID: entryID)
        case "large_value": return .largeValueReportDiffers(entryID: entryID, audited: audited, found: found)
        default: return .entryDiffersFromAudit(entryID: entryID, field: field, audited: audited, found: found)
        }
    }

    /// Each account's status must be the last audited change's `to`, or `active` (how accounts open) when none was
    /// audited. Files holding status changes from before facts were recorded cannot say which account those were,
    /// so there only accounts with an audited change are compared.
    func auditedStatuses() throws -> [LedgerBreach] {
        var last: [String: String] = [:]
        var legacyChanges = false
        try db.forEachRow("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", [.text(LedgerFacts.statusAction)]) { row in
            if let facts = AuditFacts.parse(row.string("detail") ?? ""), let number = facts["account"], let to = facts["to"] {
                last[number] = to
            } else {
                legacyChanges = true
            }
        }
        var breaches: [LedgerBreach] = []
        try db.forEachRow("SELECT number, status FROM accounts ORDER BY id") { row in
            let number = row.string("number") ?? "?", status = row.string("status") ?? "?"
            guard breaches.count < limitPerCheck, let audited = last[number] ?? (legacyChanges ? nil : "active") else { return }
            if audited != status { breaches.append(.accountStatusNotAudited(account: number, status: status, audited: audited)) }
        }
        return breaches
    }
}
