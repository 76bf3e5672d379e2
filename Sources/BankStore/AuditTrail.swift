import Foundation

/// The append-only, tamper-evident record of everything operators do.
/// Each entry carries the hash of the one before it; triggers refuse UPDATE
/// and DELETE, and `verify()` finds any change made around them.
///
/// Known limit: removing entries from the END of the trail leaves a valid
/// shorter chain; detecting that needs the last hash kept elsewhere
/// (e.g. printed on the day-end report).
public final class AuditTrail {
    /// `prevHash` of the first entry: 64 zeros.
    public static let genesisHash = AuditLine.genesisHash
    private let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// Appends one entry. The previous hash is read and the new row written in
    /// the same write transaction (the caller's, if one is open, else its own
    /// BEGIN IMMEDIATE), so terminals appending at once never fork the chain.
    @discardableResult
    public func append(at: Date, operatorID: Int64?, terminal: String, action: String,
                       subject: String = "", detail: String = "") throws -> AuditEntry {
        try db.transaction {
            let last = try db.queryOne("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            let seq = (try last?.requiredInt("seq", in: db) ?? 0) + 1
            let prevHash = try last?.requiredString("hash", in: db) ?? Self.genesisHash
            let millis = EpochMillis.from(at)
            let hash = AuditLine.hash(seq: seq, atMillis: millis, operatorID: operatorID, terminal: terminal,
                                      action: action, subject: subject, detail: detail, prevHash: prevHash)
            try db.execute("""
                INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(seq), .integer(millis), SQLValue(operatorID), .text(terminal), .text(action),
                      .text(subject), .text(detail), .text(prevHash), .text(hash)])
            // The chain head is kept apart from the trail, so cutting entries off the end is detected too.
            try db.execute("""
                INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, [.text(Self.headKey), .text("\(seq):\(hash)")])
            return AuditEntry(seq: seq, at: EpochMillis.date(millis), operatorID: operatorID, terminal: terminal,
                              action: action, subject: subject, detail: detail, prevHash: prevHash, hash: hash)
        }
    }

    /// The newest `limit` entries, newest first.
    public func recent(limit: Int) throws -> [AuditEntry] {
        try db.query("\(Self.selectColumns) ORDER BY seq DESC LIMIT ?", [SQLValue(max(limit, 0))])
            .map { try entry(from: $0) }
    }

    /// How many entries the trail holds.
    public func count() throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM audit_log") ?? 0)
    }

    /// Walks the whole trail in seq order, one row at a time, and reports
    /// every breach found; an empty result means the chain is intact.
    public func verify() throws -> [AuditBreach] {
        var breaches = [AuditBreach]()
        var previousSeq: Int64 = 0
        var previousHash = Self.genesisHash
        try db.forEachRow("\(Self.selectColumns) ORDER BY seq") { row in
            let seq = try row.requiredInt("seq", in: db)
            if seq != previousSeq + 1 {
                breaches.append(.missingRows(afterSeq: previousSeq, nextSeq: seq))
            }
            let prevHash = try row.requiredString("prev_hash", in: db)
            if prevHash != previousHash {
                breaches.append(.brokenLink(seq: seq))
            }
            let storedHash = try row.requiredString("hash", in: db)
            let expected = AuditLine.hash(
                seq: seq, atMillis: try row.requiredInt("at", in: db), operatorID: row.int("operator_id"),
                terminal: try row.requiredString("terminal", in: db), action: try row.requiredString("action", in: db),
                subject: try row.requiredString("subject", in: db), detail: try row.requiredString("detail", in: db),
                prevHash: prevHash)
            if expected != storedHash {
                breaches.append(.hashMismatch(seq: seq))
            }
            previousSeq = seq
            previousHash = storedHash
        }
        if let head = try db.queryOne("SELECT value FROM settings WHERE key = ?", [.text(Self.headKey)])?.string("value") {
            let parts = head.split(separator: ":")
            if parts.count == 2, let headSeq = Int64(parts[0]), headSeq != previousSeq || String(parts[1]) != previousHash {
                breaches.append(.endMismatch(recordedSeq: headSeq, foundSeq: previousSeq))
            }
        }
        return breaches
    }

    /// Settings key holding `seq:hash` of the newest entry.
    public static let headKey = "audit.head"

    private static let selectColumns =
        "SELECT seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash FROM audit_log"

    private func entry(from row: Row) throws -> AuditEntry {
        AuditEntry(seq: try row.requiredInt("seq", in: db), at: EpochMillis.date(try row.requiredInt("at", in: db)),
                   operatorID: row.int("operator_id"), terminal: try row.requiredString("terminal", in: db),
                   action: try row.requiredString("action", in: db), subject: try row.requiredString("subject", in: db),
                   detail: try row.requiredString("detail", in: db), prevHash: try row.requiredString("prev_hash", in: db),
                   hash: try row.requiredString("hash", in: db))
    }
}
