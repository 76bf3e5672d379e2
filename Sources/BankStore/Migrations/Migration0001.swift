/// Schema version 1: the branch row, settings, operators and the audit trail.
/// FROZEN: never edit this text; add a new migration instead.
enum Migration0001 {
    static let migration = Migration(version: 1, sql: """
        CREATE TABLE branch (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 12),
            name TEXT NOT NULL CHECK (length(name) >= 1),
            business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            is_training INTEGER NOT NULL CHECK (is_training IN (0, 1)),
            created_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE operators (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL CHECK (length(display_name) >= 1),
            role TEXT NOT NULL CHECK (role IN ('guide', 'teller', 'supervisor', 'trainer', 'administrator')),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
            locked_until INTEGER,
            language TEXT,
            theme TEXT,
            created_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            operator_id INTEGER REFERENCES operators(id),
            terminal TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT;

        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END;

        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END;
        """)
}
