/// Schema version 15 (issue 13, cash desk): freezes carry what a branch is
/// given with them: who ordered it (judicial, the bank itself, the customer),
/// the amount (NULL for the whole account, otherwise a partial freeze that
/// holds that much of the balance), until when (a business date, NULL until
/// lifted) and the ordering document's number, with who placed and who
/// lifted it. Rows are never deleted: a lifted freeze keeps its history.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0015 {
    static let migration = Migration(version: 15, sql: """
        CREATE TABLE account_freezes (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            type TEXT NOT NULL CHECK (type IN ('judicial', 'bank', 'customer')),
            amount INTEGER CHECK (amount IS NULL OR amount > 0),
            expires_on TEXT CHECK (expires_on IS NULL OR length(expires_on) = 10),
            document_no TEXT NOT NULL CHECK (length(document_no) >= 1),
            reason TEXT NOT NULL,
            placed_by INTEGER NOT NULL REFERENCES operators(id),
            placed_at INTEGER NOT NULL,
            lifted_by INTEGER REFERENCES operators(id),
            lifted_at INTEGER,
            lift_reason TEXT
        ) STRICT;
        CREATE INDEX account_freezes_account ON account_freezes(account_id);
        CREATE TRIGGER account_freezes_no_delete BEFORE DELETE ON account_freezes
            BEGIN SELECT RAISE(ABORT, 'account_freezes keeps its history'); END;
        """)
}
