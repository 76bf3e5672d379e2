import Foundation

/// The verifier's comparison of the books with what the keyed audit chain
/// says: each entry's facts (amount, accounts, postings, maker, approver,
/// reversal link, large-value report) and each account's status. Rows from
/// before facts were recorded (legacy files) carry none and are skipped.
extension LedgerVerifier {
    func auditedFacts() throws -> [LedgerBreach] {
        var breaches: [LedgerBreach] = []
        let facts = LedgerFacts(db: db)
        try db.forEachRow("""
            SELECT subject, detail FROM audit_log WHERE action LIKE 'ledger.%' AND subject LIKE 'entry %' ORDER BY seq
            """) { row in
            guard breaches.count < limitPerCheck, let entryID = Int64((row.string("subject") ?? "").dropFirst(6)),
                  let audited = AuditFacts.parse(row.string("detail") ?? ""),
                  let found = try facts.facts(entryID: entryID) else { return }
            for (field, value) in found where (audited[field] ?? "-") != value {
                breaches.append(Self.breach(entryID: entryID, field: field, audited: audited[field] ?? "-", found: value))
            }
        }
        return breaches
    }

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
