/// Schema version 12 (issue 13, reception and identity): customers are found
/// by the last four characters of their ID number or phone through two
/// expression indexes (no table scan on a branch-sized file); an account
/// application can be closed without an account, because the customer said
/// "No" at confirmation or the teller cancelled it, recorded once in
/// `application_closures` (append-only: a closed application stays closed);
/// and an application for a minor names the guardian, a customer of the bank.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0012 {
    static let migration = Migration(version: 12, sql: """
        CREATE INDEX customers_id_last4 ON customers(substr(id_number, -4));
        CREATE INDEX customers_phone_last4 ON customers(substr(phone, -4));

        ALTER TABLE account_applications ADD COLUMN guardian_id INTEGER REFERENCES customers(id);

        CREATE TABLE application_closures (
            application_id INTEGER PRIMARY KEY REFERENCES account_applications(id),
            kind TEXT NOT NULL CHECK (kind IN ('declined', 'cancelled')),
            reason TEXT NOT NULL DEFAULT '',
            operator_id INTEGER NOT NULL REFERENCES operators(id),
            terminal TEXT NOT NULL DEFAULT '',
            at INTEGER NOT NULL
        ) STRICT;
        CREATE TRIGGER application_closures_no_update BEFORE UPDATE ON application_closures
            BEGIN SELECT RAISE(ABORT, 'application_closures is append-only'); END;
        CREATE TRIGGER application_closures_no_delete BEFORE DELETE ON application_closures
            BEGIN SELECT RAISE(ABORT, 'application_closures is append-only'); END;
        CREATE TRIGGER application_closed_stays_closed BEFORE UPDATE OF status ON account_applications
            WHEN EXISTS (SELECT 1 FROM application_closures WHERE application_id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'a closed application cannot change'); END;
        """)
}
