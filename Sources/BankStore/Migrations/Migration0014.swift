/// Schema version 14 (issue 13, cash desk): an operator may carry an
/// approval limit of their own (CNY fen) that replaces their role's figure,
/// so a branch can give its manager, a supervisor, a higher limit than the
/// other supervisors; and each operator has at most one live sign-in session,
/// kept with the terminal and a heartbeat so a second sign-in elsewhere is
/// refused while the first is live and a session left by a crash expires.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0014 {
    static let migration = Migration(version: 14, sql: """
        ALTER TABLE operators ADD COLUMN approval_limit INTEGER
            CHECK (approval_limit IS NULL OR (approval_limit >= 0 AND approval_limit <= 1000000000000));

        CREATE TABLE operator_sessions (
            operator_id INTEGER PRIMARY KEY REFERENCES operators(id),
            terminal TEXT NOT NULL CHECK (length(terminal) >= 1),
            token TEXT NOT NULL CHECK (length(token) >= 16),
            started_at INTEGER NOT NULL,
            heartbeat_at INTEGER NOT NULL CHECK (heartbeat_at >= started_at)
        ) STRICT;
        """)
}
