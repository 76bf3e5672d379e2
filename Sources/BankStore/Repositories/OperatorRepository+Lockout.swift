import BankCore
import Foundation

/// How many lockouts an operator (or a supervisor at one terminal) has had in
/// a row and when the last began: the lockout policy doubles the next one
/// while they keep coming.
public struct LockoutHistory: Sendable, Equatable {
    public var lockouts: Int
    public var lastLockoutAt: Date?

    public init(lockouts: Int = 0, lastLockoutAt: Date? = nil) {
        self.lockouts = lockouts
        self.lastLockoutAt = lastLockoutAt
    }
}

/// Wrong approval PINs of one supervisor at one terminal: they pause that
/// supervisor's approvals from that terminal only.
public struct ApprovalFailures: Sendable, Equatable {
    public var failedAttempts: Int
    public var blockedUntil: Date?
    public var history: LockoutHistory

    public init(failedAttempts: Int = 0, blockedUntil: Date? = nil, history: LockoutHistory = LockoutHistory()) {
        self.failedAttempts = failedAttempts
        self.blockedUntil = blockedUntil
        self.history = history
    }
}

extension OperatorRepository {
    /// The operator's run of lockouts (none when the id is unknown).
    public func lockoutHistory(id: Int64) throws -> LockoutHistory {
        guard let row = try db.queryOne("SELECT lockout_count, last_lockout_at FROM operators WHERE id = ?", [.integer(id)])
        else { return LockoutHistory() }
        return LockoutHistory(lockouts: Int(row.int("lockout_count") ?? 0), lastLockoutAt: row.date("last_lockout_at"))
    }

    /// Stores the operator's run of lockouts (after a new lockout, or cleared by an administrator).
    public func setLockoutHistory(id: Int64, _ history: LockoutHistory) throws {
        try db.execute("UPDATE operators SET lockout_count = ?, last_lockout_at = ? WHERE id = ?",
                       [SQLValue(history.lockouts), SQLValue(millis: history.lastLockoutAt), .integer(id)])
    }

    /// Wrong approval PINs of `operatorID` typed at `terminal`.
    public func approvalFailures(operatorID: Int64, terminal: String) throws -> ApprovalFailures {
        guard let row = try db.queryOne("""
            SELECT failed_attempts, blocked_until, lockout_count, last_lockout_at FROM approval_failures
            WHERE operator_id = ? AND terminal = ?
            """, [.integer(operatorID), .text(terminal)]) else { return ApprovalFailures() }
        return ApprovalFailures(failedAttempts: Int(row.int("failed_attempts") ?? 0), blockedUntil: row.date("blocked_until"),
                                history: LockoutHistory(lockouts: Int(row.int("lockout_count") ?? 0),
                                                        lastLockoutAt: row.date("last_lockout_at")))
    }

    public func setApprovalFailures(operatorID: Int64, terminal: String, _ failures: ApprovalFailures) throws {
        try db.execute("""
            INSERT INTO approval_failures (operator_id, terminal, failed_attempts, blocked_until, lockout_count, last_lockout_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(operator_id, terminal) DO UPDATE SET failed_attempts = excluded.failed_attempts,
                blocked_until = excluded.blocked_until, lockout_count = excluded.lockout_count,
                last_lockout_at = excluded.last_lockout_at
            """, [.integer(operatorID), .text(terminal), SQLValue(failures.failedAttempts), SQLValue(millis: failures.blockedUntil),
                  SQLValue(failures.history.lockouts), SQLValue(millis: failures.history.lastLockoutAt)])
    }

    /// How many terminals pause this supervisor's approvals at `now`, and until when the last of those pauses runs.
    public func approvalPauses(operatorID: Int64, at now: Date) throws -> (terminals: Int, until: Date?) {
        guard let row = try db.queryOne("""
            SELECT count(*) AS terminals, max(blocked_until) AS until FROM approval_failures
            WHERE operator_id = ? AND blocked_until > ?
            """, [.integer(operatorID), SQLValue(millis: now)]) else { return (0, nil) }
        return (Int(row.int("terminals") ?? 0), row.date("until"))
    }

    /// Forgets wrong approval PINs at one terminal (after a good approval there).
    public func clearApprovalFailures(operatorID: Int64, terminal: String) throws {
        try db.execute("UPDATE approval_failures SET failed_attempts = 0, blocked_until = NULL WHERE operator_id = ? AND terminal = ?",
                       [.integer(operatorID), .text(terminal)])
    }

    /// An administrator's unlock: every terminal's approval pause and the lockout run are forgotten.
    public func clearAllLockouts(id: Int64) throws {
        try db.execute("DELETE FROM approval_failures WHERE operator_id = ?", [.integer(id)])
        try setLockoutHistory(id: id, LockoutHistory())
    }

    /// Whether any terminal is pausing this supervisor's approvals, or counting wrong approval PINs.
    public func hasApprovalFailures(id: Int64) throws -> Bool {
        (try db.scalarInt("SELECT count(*) FROM approval_failures WHERE operator_id = ? AND (failed_attempts > 0 OR blocked_until IS NOT NULL)",
                          [.integer(id)]) ?? 0) > 0
    }
}
