import Foundation

/// One live sign-in per operator (issue 13): the terminal holding it, a
/// random session id, when it began and the last heartbeat. At most one row
/// per operator (the primary key), so two terminals can never both hold one.
public final class OperatorSessionRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    /// The operator's session row, if any.
    public func session(operatorID: Int64) throws -> (terminal: String, token: String, startedAt: Date, heartbeatAt: Date)? {
        try db.queryOne("SELECT terminal, token, started_at, heartbeat_at FROM operator_sessions WHERE operator_id = ?",
                        [.integer(operatorID)]).map { row in
            (row.string("terminal") ?? "?", row.string("token") ?? "", row.date("started_at") ?? .distantPast,
             row.date("heartbeat_at") ?? .distantPast)
        }
    }

    /// Makes `terminal` the holder of the operator's session, replacing any row.
    public func claim(operatorID: Int64, terminal: String, token: String, at: Date) throws {
        try db.execute("""
            INSERT INTO operator_sessions (operator_id, terminal, token, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (operator_id) DO UPDATE SET terminal = excluded.terminal, token = excluded.token,
                started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at
            """, [.integer(operatorID), .text(terminal), .text(token), SQLValue(millis: at), SQLValue(millis: at)])
    }

    /// Moves the heartbeat on if `terminal` still holds the session; false when it does not.
    public func beat(operatorID: Int64, terminal: String, at: Date) throws -> Bool {
        try db.execute("UPDATE operator_sessions SET heartbeat_at = max(heartbeat_at, ?) WHERE operator_id = ? AND terminal = ?",
                       [SQLValue(millis: at), .integer(operatorID), .text(terminal)])
        return db.changes > 0
    }

    /// Ends the session if `terminal` holds it.
    public func release(operatorID: Int64, terminal: String) throws {
        try db.execute("DELETE FROM operator_sessions WHERE operator_id = ? AND terminal = ?", [.integer(operatorID), .text(terminal)])
    }
}
