/// Schema version 3: identity checks and verifications, customer credentials,
/// the watch list, account applications, accounts and vouchers.
/// FROZEN: never edit this text; add a new migration instead.
enum Migration0003 {
    static let migration = Migration(version: 3, sql: """
        CREATE TABLE watch_list (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) >= 1),
            name_key TEXT NOT NULL,
            id_number TEXT,
            birth_date TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            list TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            imported_at INTEGER NOT NULL,
            imported_by INTEGER REFERENCES operators(id)
        ) STRICT;
        CREATE INDEX watch_list_name ON watch_list(name_key);
        CREATE INDEX watch_list_id ON watch_list(id_number);

        CREATE TABLE document_checks (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER REFERENCES customers(id),
            id_type TEXT NOT NULL,
            id_number_masked TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('accepted', 'refused')),
            problem TEXT NOT NULL DEFAULT '',
            operator_id INTEGER REFERENCES operators(id),
            at INTEGER NOT NULL
        ) STRICT;
        CREATE TRIGGER document_checks_no_update BEFORE UPDATE ON document_checks
            BEGIN SELECT RAISE(ABORT, 'document_checks is append-only'); END;
        CREATE TRIGGER document_checks_no_delete BEFORE DELETE ON document_checks
            BEGIN SELECT RAISE(ABORT, 'document_checks is append-only'); END;

        CREATE TABLE customer_credentials (
            customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
            pin_hash TEXT,
            pin_failures INTEGER NOT NULL DEFAULT 0 CHECK (pin_failures >= 0),
            pin_blocked INTEGER NOT NULL DEFAULT 0 CHECK (pin_blocked IN (0, 1)),
            totp_secret TEXT,
            totp_last_step INTEGER,
            updated_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE identity_verifications (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            service TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('pin', 'otp', 'fingerprint', 'face', 'photo')),
            result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
            detail TEXT NOT NULL DEFAULT '',
            operator_id INTEGER REFERENCES operators(id),
            ticket_id INTEGER REFERENCES tickets(id),
            at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX identity_verifications_customer ON identity_verifications(customer_id, service, at);
        CREATE TRIGGER identity_verifications_no_update BEFORE UPDATE ON identity_verifications
            BEGIN SELECT RAISE(ABORT, 'identity_verifications is append-only'); END;
        CREATE TRIGGER identity_verifications_no_delete BEFORE DELETE ON identity_verifications
            BEGIN SELECT RAISE(ABORT, 'identity_verifications is append-only'); END;

        CREATE TABLE account_applications (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            account_type TEXT NOT NULL CHECK (account_type IN ('current', 'savings', 'time_deposit')),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            kyc TEXT NOT NULL,
            documents TEXT NOT NULL DEFAULT '',
            risk_level TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
            risk_score INTEGER NOT NULL,
            risk_reasons TEXT NOT NULL DEFAULT '',
            screening TEXT NOT NULL CHECK (screening IN ('clear', 'hit')),
            screening_detail TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('pending_review', 'approved', 'rejected', 'opened')),
            maker_id INTEGER NOT NULL REFERENCES operators(id),
            checker_id INTEGER REFERENCES operators(id),
            decision_reason TEXT NOT NULL DEFAULT '',
            account_id INTEGER,
            created_at INTEGER NOT NULL,
            decided_at INTEGER,
            opened_at INTEGER,
            CHECK (checker_id IS NULL OR checker_id <> maker_id)
        ) STRICT;
        CREATE INDEX account_applications_status ON account_applications(status, created_at);

        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE CHECK (length(number) = 18),
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            type TEXT NOT NULL CHECK (type IN ('current', 'savings', 'time_deposit')),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen', 'dormant', 'closed')),
            overdraft_limit INTEGER NOT NULL DEFAULT 0 CHECK (overdraft_limit >= 0),
            balance INTEGER NOT NULL DEFAULT 0,
            opened_at INTEGER NOT NULL,
            opened_by INTEGER REFERENCES operators(id),
            application_id INTEGER REFERENCES account_applications(id),
            CHECK (balance >= -overdraft_limit)
        ) STRICT;
        CREATE INDEX accounts_customer ON accounts(customer_id);

        CREATE TABLE vouchers (
            id INTEGER PRIMARY KEY,
            sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
            kind TEXT NOT NULL,
            reference TEXT NOT NULL,
            operator_id INTEGER REFERENCES operators(id),
            path TEXT NOT NULL,
            body TEXT NOT NULL,
            at INTEGER NOT NULL
        ) STRICT;
        CREATE TRIGGER vouchers_no_update BEFORE UPDATE ON vouchers
            BEGIN SELECT RAISE(ABORT, 'vouchers is append-only'); END;
        CREATE TRIGGER vouchers_no_delete BEFORE DELETE ON vouchers
            BEGIN SELECT RAISE(ABORT, 'vouchers is append-only'); END;
        """)
}
