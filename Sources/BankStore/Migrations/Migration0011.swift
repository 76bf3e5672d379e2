/// Schema version 11 (issue 12, lockouts): lockouts grow longer when they
/// repeat, so each operator keeps how many lockouts came in a row and when
/// the last began; wrong PINs typed into a supervisor-approval prompt count
/// per (supervisor, terminal) in their own table and pause approvals from
/// that terminal only, so a prompt on another terminal cannot lock the
/// branch's only supervisor out of signing in; and wrong one-time codes
/// count toward a block of a customer's one-time codes as wrong PINs do.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0011 {
    static let migration = Migration(version: 11, sql: """
        ALTER TABLE operators ADD COLUMN lockout_count INTEGER NOT NULL DEFAULT 0 CHECK (lockout_count >= 0);
        ALTER TABLE operators ADD COLUMN last_lockout_at INTEGER;

        CREATE TABLE approval_failures (
            operator_id INTEGER NOT NULL REFERENCES operators(id),
            terminal TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
            blocked_until INTEGER,
            lockout_count INTEGER NOT NULL DEFAULT 0 CHECK (lockout_count >= 0),
            last_lockout_at INTEGER,
            PRIMARY KEY (operator_id, terminal)
        ) STRICT;

        ALTER TABLE customer_credentials ADD COLUMN otp_failures INTEGER NOT NULL DEFAULT 0 CHECK (otp_failures >= 0);
        ALTER TABLE customer_credentials ADD COLUMN otp_blocked INTEGER NOT NULL DEFAULT 0 CHECK (otp_blocked IN (0, 1));
        """)
}
