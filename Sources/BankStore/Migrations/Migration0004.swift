/// Schema version 4: the ledger. Internal accounts (drawers, vault, clearing,
/// suspense, head office), journal entries with their idempotency keys,
/// postings (debit positive, credit negative) with the running balance of
/// their account, cash movements by denomination, teller drawer sessions,
/// large-value cash reports, saved payees and the notification outbox.
/// Entries, postings, cash movements and reports refuse UPDATE and DELETE.
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0004 {
    static let migration = Migration(version: 4, sql: """
        CREATE TABLE internal_accounts (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('drawer', 'vault', 'clearing', 'suspense', 'head_office', 'expense')),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            operator_id INTEGER REFERENCES operators(id),
            balance INTEGER NOT NULL DEFAULT 0,
            CHECK (kind NOT IN ('drawer', 'vault') OR balance >= 0)
        ) STRICT;

        CREATE TABLE journal_entries (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer', 'reversal',
                'drawer_open', 'drawer_buy', 'drawer_sell', 'drawer_close', 'vault_receipt', 'opening_balance', 'complaint_remedy')),
            idempotency_key TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) >= 8),
            request_hash TEXT NOT NULL,
            business_date TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            amount INTEGER NOT NULL CHECK (amount > 0),
            customer_id INTEGER REFERENCES customers(id),
            account_id INTEGER REFERENCES accounts(id),
            counter_account_id INTEGER REFERENCES accounts(id),
            maker_id INTEGER NOT NULL REFERENCES operators(id),
            approver_id INTEGER REFERENCES operators(id),
            approval_reason TEXT NOT NULL DEFAULT '',
            reverses_id INTEGER UNIQUE REFERENCES journal_entries(id),
            ticket_id INTEGER REFERENCES tickets(id),
            memo TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            at INTEGER NOT NULL,
            CHECK (approver_id IS NULL OR approver_id <> maker_id),
            CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
        ) STRICT;
        CREATE INDEX journal_entries_date ON journal_entries(business_date, id);
        CREATE INDEX journal_entries_maker ON journal_entries(maker_id, id);
        CREATE INDEX journal_entries_customer_day ON journal_entries(customer_id, business_date);
        CREATE INDEX journal_entries_account_day ON journal_entries(account_id, business_date);
        CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
            BEGIN SELECT RAISE(ABORT, 'journal_entries is append-only'); END;
        CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
            BEGIN SELECT RAISE(ABORT, 'journal_entries is append-only'); END;

        CREATE TABLE postings (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
            account_id INTEGER REFERENCES accounts(id),
            internal_id INTEGER REFERENCES internal_accounts(id),
            amount INTEGER NOT NULL CHECK (amount <> 0),
            balance_after INTEGER NOT NULL,
            CHECK ((account_id IS NULL) <> (internal_id IS NULL))
        ) STRICT;
        CREATE INDEX postings_entry ON postings(entry_id);
        CREATE INDEX postings_account ON postings(account_id, id) WHERE account_id IS NOT NULL;
        CREATE INDEX postings_internal ON postings(internal_id, id) WHERE internal_id IS NOT NULL;
        CREATE TRIGGER postings_no_update BEFORE UPDATE ON postings
            BEGIN SELECT RAISE(ABORT, 'postings is append-only'); END;
        CREATE TRIGGER postings_no_delete BEFORE DELETE ON postings
            BEGIN SELECT RAISE(ABORT, 'postings is append-only'); END;

        CREATE TABLE cash_movements (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
            internal_id INTEGER NOT NULL REFERENCES internal_accounts(id),
            denomination INTEGER NOT NULL CHECK (denomination IN (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1)),
            count INTEGER NOT NULL CHECK (count <> 0)
        ) STRICT;
        CREATE INDEX cash_movements_account ON cash_movements(internal_id, denomination);
        CREATE INDEX cash_movements_entry ON cash_movements(entry_id);
        CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
            BEGIN SELECT RAISE(ABORT, 'cash_movements is append-only'); END;
        CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
            BEGIN SELECT RAISE(ABORT, 'cash_movements is append-only'); END;

        CREATE TABLE drawer_sessions (
            id INTEGER PRIMARY KEY,
            operator_id INTEGER NOT NULL REFERENCES operators(id),
            internal_id INTEGER NOT NULL REFERENCES internal_accounts(id),
            business_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'counted', 'closed')),
            opened_at INTEGER NOT NULL,
            open_entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
            verified_by INTEGER NOT NULL REFERENCES operators(id),
            counted TEXT,
            counted_total INTEGER,
            expected_total INTEGER,
            counted_at INTEGER,
            signed_off_by INTEGER REFERENCES operators(id),
            close_reason TEXT NOT NULL DEFAULT '',
            variance INTEGER,
            close_entry_id INTEGER REFERENCES journal_entries(id),
            closed_at INTEGER,
            CHECK (verified_by <> operator_id),
            CHECK (signed_off_by IS NULL OR signed_off_by <> operator_id)
        ) STRICT;
        CREATE UNIQUE INDEX drawer_sessions_one_open ON drawer_sessions(operator_id) WHERE status <> 'closed';

        CREATE TABLE large_value_reports (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            business_date TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            day_total INTEGER NOT NULL,
            purpose TEXT NOT NULL CHECK (length(trim(purpose)) >= 2),
            operator_id INTEGER NOT NULL REFERENCES operators(id),
            at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX large_value_reports_date ON large_value_reports(business_date);
        CREATE TRIGGER large_value_reports_no_update BEFORE UPDATE ON large_value_reports
            BEGIN SELECT RAISE(ABORT, 'large_value_reports is append-only'); END;
        CREATE TRIGGER large_value_reports_no_delete BEFORE DELETE ON large_value_reports
            BEGIN SELECT RAISE(ABORT, 'large_value_reports is append-only'); END;

        CREATE TABLE payees (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            name TEXT NOT NULL CHECK (length(trim(name)) >= 1),
            bank TEXT NOT NULL,
            account_number TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            UNIQUE (customer_id, bank, account_number)
        ) STRICT;

        CREATE TABLE notifications (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER REFERENCES journal_entries(id),
            customer_id INTEGER REFERENCES customers(id),
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            recipient TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
            created_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX notifications_pending ON notifications(status, id);
        CREATE INDEX vouchers_reference ON vouchers(reference);

        CREATE TRIGGER notifications_no_delete BEFORE DELETE ON notifications
            BEGIN SELECT RAISE(ABORT, 'notifications is append-only'); END;
        """)
}
