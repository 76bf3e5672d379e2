import BankCore
import BankCrypto
import Foundation

/// The append-only, tamper-evident record of everything operators do.
/// Each entry carries the keyed hash (HMAC-SHA256 under the branch key's
/// chain key) of its contents and of the entry before it; triggers refuse
/// UPDATE and DELETE, and `verify` finds any change made around them. The
/// chain head (`audit.head`, `seq:hash:mac`) is kept apart and authenticated
/// too, so cutting entries off the end is seen. Without the key nobody can
/// recompute a valid chain; with it, see the README's security section.
///
/// Legacy files (made before the chain was keyed) hold plain SHA-256 entries;
/// `reanchor` appends one keyed `audit.reanchor` entry that seals their head,
/// so they stay verifiable and every entry from it on is keyed.
public final class AuditTrail {
    /// `prevHash` of the first entry: 64 zeros.
    public static let genesisHash = AuditLine.genesisHash
    /// Action of the keyed entry that seals a legacy (plain SHA-256) chain.
    public static let reanchorAction = "audit.reanchor"
    /// Settings key holding `seq:hash:mac` of the newest entry.
    public static let headKey = "audit.head"

    let db: Database
    /// The branch key; nil when it is not available (then nothing can be appended and keyed entries cannot be proved).
    public var key: BranchKey?

    public init(db: Database, key: BranchKey?) {
        self.db = db
        self.key = key
    }

    /// Appends one entry. The previous hash is read and the new row written in
    /// the same write transaction (the caller's, if one is open, else its own
    /// BEGIN IMMEDIATE), so terminals appending at once never fork the chain.
    @discardableResult
    public func append(at: Date, operatorID: Int64?, terminal: String, action: String,
                       subject: String = "", detail: String = "") throws -> AuditEntry {
        guard let chainKey = key?.chainKey else { throw StoreError.branchKeyMissing }
        return try db.transaction {
            let last = try db.queryOne("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            let seq = (try last?.requiredInt("seq", in: db) ?? 0) + 1
            let prevHash = try last?.requiredString("hash", in: db) ?? Self.genesisHash
            let millis = EpochMillis.from(at)
            let hash = AuditLine.hash(key: chainKey, seq: seq, atMillis: millis, operatorID: operatorID, terminal: terminal,
                                      action: action, subject: subject, detail: detail, prevHash: prevHash)
            try db.execute("""
                INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(seq), .integer(millis), SQLValue(operatorID), .text(terminal), .text(action),
                      .text(subject), .text(detail), .text(prevHash), .text(hash)])
            try db.execute("""
                INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, [.text(Self.headKey), .text(AuditLine.headValue(key: chainKey, seq: seq, hash: hash))])
            return AuditEntry(seq: seq, at: EpochMillis.date(millis), operatorID: operatorID, terminal: terminal,
                              action: action, subject: subject, detail: detail, prevHash: prevHash, hash: hash)
        }
    }

    /// Whether the trail has entries but none keyed yet: a file made before the chain was keyed.
    /// (Decided from the first entry: keyed chains start keyed or carry a re-anchor entry.)
    public func isLegacy() throws -> Bool {
        guard try db.queryOne("SELECT 1 FROM audit_log WHERE action = ? LIMIT 1", [.text(Self.reanchorAction)]) == nil,
              let first = try db.queryOne("\(Self.selectColumns) WHERE seq = (SELECT min(seq) FROM audit_log)") else { return false }
        let entry = try entry(from: first)
        return Self.legacyHash(of: entry) == entry.hash
    }

    /// Seals a legacy chain: one keyed entry whose detail names the legacy head, written with the key.
    @discardableResult
    public func reanchor(at: Date, terminal: String) throws -> AuditEntry? {
        try db.transaction {
            guard try isLegacy(), let last = try recent(limit: 1).first else { return nil }
            return try append(at: at, operatorID: nil, terminal: terminal, action: Self.reanchorAction, subject: "legacy chain",
                              detail: "sealed_head=\(last.seq):\(last.hash)")
        }
    }

    /// The newest `limit` entries, newest first.
    public func recent(limit: Int) throws -> [AuditEntry] {
        try db.query("\(Self.selectColumns) ORDER BY seq DESC LIMIT ?", [SQLValue(max(limit, 0))])
            .map { try entry(from: $0) }
    }

    /// The entry with `seq`, if it exists.
    public func entry(seq: Int64) throws -> AuditEntry? {
        try db.queryOne("\(Self.selectColumns) WHERE seq = ?", [.integer(seq)]).map { try entry(from: $0) }
    }

    /// Whether any entry records `action` (e.g. the moment credentials were sealed).
    public func contains(action: String) throws -> Bool {
        try db.queryOne("SELECT 1 FROM audit_log WHERE action = ? LIMIT 1", [.text(action)]) != nil
    }

    /// How many entries the trail holds.
    public func count() throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM audit_log") ?? 0)
    }

    static let selectColumns =
        "SELECT seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash FROM audit_log"

    static func legacyHash(of entry: AuditEntry) -> String {
        AuditLine.legacyHash(seq: entry.seq, atMillis: EpochMillis.from(entry.at), operatorID: entry.operatorID,
                             terminal: entry.terminal, action: entry.action, subject: entry.subject, detail: entry.detail,
                             prevHash: entry.prevHash)
    }

    static func keyedHash(of entry: AuditEntry, key: [UInt8]) -> String {
        AuditLine.hash(key: key, seq: entry.seq, atMillis: EpochMillis.from(entry.at), operatorID: entry.operatorID,
                       terminal: entry.terminal, action: entry.action, subject: entry.subject, detail: entry.detail,
                       prevHash: entry.prevHash)
    }

    func entry(from row: Row) throws -> AuditEntry {
        AuditEntry(seq: try row.requiredInt("seq", in: db), at: EpochMillis.date(try row.requiredInt("at", in: db)),
                   operatorID: row.int("operator_id"), terminal: try row.requiredString("terminal", in: db),
                   action: try row.requiredString("action", in: db), subject: try row.requiredString("subject", in: db),
                   detail: try row.requiredString("detail", in: db), prevHash: try row.requiredString("prev_hash", in: db),
                   hash: try row.requiredString("hash", in: db))
    }
}
