import BankCore
import Foundation

/// Staff accounts: who may log in, their role, PIN hash, lockout counters and
/// preferences. Holds no policy; the security service decides, this stores.
/// Update methods return false when no operator has that id.
public final class OperatorRepository {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// Adds an operator. A username already taken, in any letter case,
    /// throws `StoreError.constraint`.
    public func insert(username: String, displayName: String, role: Role, pinHash: String,
                       createdAt: Date) throws -> Operator {
        try db.execute("""
            INSERT INTO operators (username, display_name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)
            """, [.text(username), .text(displayName), .text(role.rawValue), .text(pinHash),
                  SQLValue(millis: createdAt)])
        return Operator(id: db.lastInsertRowID, username: username, displayName: displayName, role: role)
    }

    /// The operator with this username (letter case ignored) and their stored PIN hash.
    public func find(username: String) throws -> (operator: Operator, pinHash: String)? {
        try db.queryOne("\(Self.selectColumns) WHERE username = ?", [.text(username)]).map(record)
    }

    /// The operator with this id and their stored PIN hash.
    public func find(id: Int64) throws -> (operator: Operator, pinHash: String)? {
        try db.queryOne("\(Self.selectColumns) WHERE id = ?", [.integer(id)]).map(record)
    }

    /// Every operator, ordered by username (letter case ignored).
    public func all() throws -> [Operator] {
        try db.query("\(Self.selectColumns) ORDER BY username, id").map { try record($0).operator }
    }

    /// Sets (or with nil clears) an operator's own approval limit in CNY fen.
    public func setApprovalLimit(id: Int64, limit: Int64?) throws -> Bool {
        try update("UPDATE operators SET approval_limit = ? WHERE id = ?", [limit.map { .integer($0) } ?? .null, .integer(id)])
    }

    /// Stores the failure count and, when the policy locks the account, until when.
    @discardableResult
    public func recordFailure(id: Int64, failedAttempts: Int, lockedUntil: Date?) throws -> Bool {
        try update("UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                   [SQLValue(failedAttempts), SQLValue(millis: lockedUntil), .integer(id)])
    }

    /// Resets the failure count and lifts any lock (after a good login or an unlock).
    @discardableResult
    public func clearFailures(id: Int64) throws -> Bool {
        try update("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [.integer(id)])
    }

    /// Replaces the stored PIN hash (PIN change, or rehash at a stronger setting).
    @discardableResult
    public func setPINHash(id: Int64, hash: String) throws -> Bool {
        try update("UPDATE operators SET pin_hash = ? WHERE id = ?", [.text(hash), .integer(id)])
    }

    @discardableResult
    public func setActive(id: Int64, active: Bool) throws -> Bool {
        try update("UPDATE operators SET active = ? WHERE id = ?", [SQLValue(active), .integer(id)])
    }

    /// Sets both preferences; nil clears one (back to the branch default).
    @discardableResult
    public func setPreferences(id: Int64, language: String?, theme: String?) throws -> Bool {
        try update("UPDATE operators SET language = ?, theme = ? WHERE id = ?",
                   [SQLValue(language), SQLValue(theme), .integer(id)])
    }

    /// How many operators (active or not) have this role.
    public func count(role: Role) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM operators WHERE role = ?", [.text(role.rawValue)]) ?? 0)
    }

    /// Active administrators: the last one must not be removed or deactivated.
    public func countActiveAdministrators() throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM operators WHERE role = 'administrator' AND active = 1") ?? 0)
    }

    // MARK: - Rows

    private static let selectColumns = """
        SELECT id, username, display_name, role, pin_hash, active, failed_attempts, locked_until, language, theme,
               approval_limit
        FROM operators
        """

    private func update(_ sql: String, _ params: [SQLValue]) throws -> Bool {
        try db.execute(sql, params)
        return db.changes > 0
    }

    private func record(_ row: Row) throws -> (operator: Operator, pinHash: String) {
        let roleName = try row.requiredString("role", in: db)
        guard let role = Role(rawValue: roleName) else {
            throw StoreError.corrupt(path: db.path, detail: "unknown operator role \(roleName)")
        }
        guard let active = row.bool("active") else { throw Row.damaged("active", "0 or 1", in: db) }
        let person = Operator(
            id: try row.requiredInt("id", in: db), username: try row.requiredString("username", in: db),
            displayName: try row.requiredString("display_name", in: db), role: role, active: active,
            failedAttempts: Int(try row.requiredInt("failed_attempts", in: db)),
            lockedUntil: row.date("locked_until"), language: row.string("language"), theme: row.string("theme"),
            approvalLimit: row.int("approval_limit"))
        return (person, try row.requiredString("pin_hash", in: db))
    }
}
