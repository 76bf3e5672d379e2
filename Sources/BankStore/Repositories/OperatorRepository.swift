import BankCore
import Foundation

/// Staff accounts: who may log in, their role, PIN hash, lockout counters and
/// preferences. Holds no policy; the security service decides, this stores.
/// Update methods return false when no operator has that id.
///
/// With `seal` set (the branch key is known), every row written is sealed and
/// every `find` checks the seal over username, role, active flag and PIN hash,
/// throwing `StoreError.credentialSealBroken` for a row changed behind the
/// program's back (`CredentialSeal`).
public final class OperatorRepository {
    let db: Database
    public var seal: CredentialSeal?

    public init(db: Database, seal: CredentialSeal? = nil) {
        self.db = db
        self.seal = seal
    }

    /// Adds an operator. A username already taken, in any letter case,
    /// throws `StoreError.constraint`.
    public func insert(username: String, displayName: String, role: Role, pinHash: String,
                       createdAt: Date) throws -> Operator {
        try db.execute("""
            INSERT INTO operators (username, display_name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)
            """, [.text(username), .text(displayName), .text(role.rawValue), .text(pinHash),
                  SQLValue(millis: createdAt)])
        let made = Operator(id: db.lastInsertRowID, username: username, displayName: displayName, role: role)
        try writeSeal(made, pinHash: pinHash)
        return made
    }

    /// The operator with this username (letter case ignored) and their stored PIN hash.
    /// Whether any operator row carries a credential seal (the file was sealed once).
    public func anySealed() throws -> Bool {
        try db.scalarInt("SELECT EXISTS (SELECT 1 FROM operators WHERE seal IS NOT NULL)") == 1
    }

    public func find(username: String) throws -> (operator: Operator, pinHash: String)? {
        try db.queryOne("\(Self.selectColumns) WHERE username = ?", [.text(username)]).map { try record($0, proven: true) }
    }

    /// The operator with this id and their stored PIN hash.
    public func find(id: Int64) throws -> (operator: Operator, pinHash: String)? {
        try db.queryOne("\(Self.selectColumns) WHERE id = ?", [.integer(id)]).map { try record($0, proven: true) }
    }

    /// Every operator, ordered by username (letter case ignored). A list, not an authority: seals are not checked
    /// here (the administrator must still see a tampered row), but every `find` that authorises does.
    public func all() throws -> [Operator] {
        try db.query("\(Self.selectColumns) ORDER BY username, id").map { try record($0, proven: false).operator }
    }

    /// Sets (or with nil clears) an operator's own approval limit in CNY fen.
    public func setApprovalLimit(id: Int64, limit: Int64?) throws -> Bool {
        guard let current = try find(id: id) else { return false }  // a tampered row is refused, never resealed
        try update("UPDATE operators SET approval_limit = ? WHERE id = ?", [limit.map { .integer($0) } ?? .null, .integer(id)])
        var changed = current.operator
        changed.approvalLimit = limit
        try writeSeal(changed, pinHash: current.pinHash)
        return true
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
        guard let current = try find(id: id)?.operator else { return false }  // a tampered row is refused, never resealed
        try update("UPDATE operators SET pin_hash = ? WHERE id = ?", [.text(hash), .integer(id)])
        try writeSeal(current, pinHash: hash)
        return true
    }

    @discardableResult
    public func setActive(id: Int64, active: Bool) throws -> Bool {
        guard let current = try find(id: id) else { return false }
        try update("UPDATE operators SET active = ? WHERE id = ?", [SQLValue(active), .integer(id)])
        var changed = current.operator
        changed.active = active
        try writeSeal(changed, pinHash: current.pinHash)
        return true
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
               approval_limit, seal
        FROM operators
        """

    private func update(_ sql: String, _ params: [SQLValue]) throws -> Bool {
        try db.execute(sql, params)
        return db.changes > 0
    }

    private func writeSeal(_ person: Operator, pinHash: String) throws {
        guard let seal else { return }
        try db.execute("UPDATE operators SET seal = ? WHERE id = ?", [
            .text(seal.operatorSeal(id: person.id, username: person.username, role: person.role.rawValue, active: person.active,
                                    approvalLimit: person.approvalLimit, pinHash: pinHash)), .integer(person.id)])
    }

    /// Seals every row that has no seal yet, or every row when `all` (see `CredentialSeal`); returns how many.
    public func sealUnsealed(all: Bool = false) throws -> Int {
        guard let seal else { throw StoreError.branchKeyMissing }
        let rows = try db.query("SELECT id, username, role, active, approval_limit, pin_hash FROM operators" + (all ? "" : " WHERE seal IS NULL"))
        for row in rows {
            let id = try row.requiredInt("id", in: db)
            try db.execute("UPDATE operators SET seal = ? WHERE id = ?", [
                .text(seal.operatorSeal(id: id, username: try row.requiredString("username", in: db),
                                        role: try row.requiredString("role", in: db), active: row.bool("active") ?? false,
                                        approvalLimit: row.int("approval_limit"), pinHash: try row.requiredString("pin_hash", in: db))),
                .integer(id)])
        }
        return rows.count
    }

    /// Every row whose seal does not prove it.
    public func sealBreaches() throws -> [CredentialSealBreach] {
        guard let seal else { return [] }
        return try db.query("SELECT id, username, role, active, approval_limit, pin_hash, seal FROM operators ORDER BY id").compactMap { row in
            try breach(row, seal: seal)
        }
    }

    private func breach(_ row: Row, seal: CredentialSeal) throws -> CredentialSealBreach? {
        let id = try row.requiredInt("id", in: db)
        let expected = seal.operatorSeal(id: id, username: row.string("username") ?? "", role: row.string("role") ?? "",
                                         active: row.bool("active") ?? false, approvalLimit: row.int("approval_limit"),
                                         pinHash: row.string("pin_hash") ?? "")
        let stored = row.string("seal")
        return seal.proves(stored, expected: expected) ? nil
            : CredentialSealBreach(table: .operators, id: id, unsealed: stored == nil)
    }

    private func record(_ row: Row, proven: Bool) throws -> (operator: Operator, pinHash: String) {
        if proven, let seal, let breach = try breach(row, seal: seal) { throw StoreError.credentialSealBroken(breach) }
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
