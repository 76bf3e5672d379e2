/// Schema version 21 (issue 15, loans). The ledger learns two entry kinds
/// (`loan_disbursal`, `loan_repayment`) and two internal account kinds
/// (`loan_receivable`, `interest_income`); SQLite cannot widen a CHECK, so
/// `internal_accounts` and `journal_entries` are rebuilt the documented way
/// (new table, copy every row as it is, drop, rename, indexes and triggers
/// again), with foreign keys off for this one step and checked before commit
/// (`Migration.rebuildsTables`). Then the loan desk's tables:
/// - products and every version of their terms (a loan keeps the version it signed);
/// - applications with their documents checklist, collateral and guarantors;
/// - approvals, append-only, with maker ≠ checker as a CHECK and a trigger
///   that the maker is the application's entrant, one decision per approver;
/// - loans (their own copy of the terms), instalments by schedule version,
///   repayments tied to their journal entry and how each was applied;
/// - penalty accruals, one per loan per business day (primary key);
/// - care tasks rebuilt to take `loan_overdue` follow-ups, one open task per loan.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0021 {
    static let migration = Migration(version: 21, rebuildsTables: true, sql: """
        CREATE TABLE internal_accounts_v21 (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('drawer', 'vault', 'clearing', 'suspense', 'head_office', 'expense',
                'loan_receivable', 'interest_income')),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            operator_id INTEGER REFERENCES operators(id),
            balance INTEGER NOT NULL DEFAULT 0,
            CHECK (kind NOT IN ('drawer', 'vault') OR balance >= 0)
        ) STRICT;
        INSERT INTO internal_accounts_v21 (id, code, kind, currency, operator_id, balance)
            SELECT id, code, kind, currency, operator_id, balance FROM internal_accounts;
        DROP TABLE internal_accounts;
        ALTER TABLE internal_accounts_v21 RENAME TO internal_accounts;

        CREATE TABLE journal_entries_v21 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer', 'reversal',
                'drawer_open', 'drawer_buy', 'drawer_sell', 'drawer_close', 'vault_receipt', 'opening_balance', 'complaint_remedy',
                'loan_disbursal', 'loan_repayment')),
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
        INSERT INTO journal_entries_v21 (id, kind, idempotency_key, request_hash, business_date, currency, amount, customer_id,
                account_id, counter_account_id, maker_id, approver_id, approval_reason, reverses_id, ticket_id, memo, detail, at)
            SELECT id, kind, idempotency_key, request_hash, business_date, currency, amount, customer_id,
                account_id, counter_account_id, maker_id, approver_id, approval_reason, reverses_id, ticket_id, memo, detail, at
            FROM journal_entries;
        DROP TABLE journal_entries;
        ALTER TABLE journal_entries_v21 RENAME TO journal_entries;
        CREATE INDEX journal_entries_date ON journal_entries(business_date, id);
        CREATE INDEX journal_entries_maker ON journal_entries(maker_id, id);
        CREATE INDEX journal_entries_at ON journal_entries(at);
        CREATE INDEX journal_entries_operations ON journal_entries(maker_id, at)
            WHERE kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer');
        CREATE INDEX journal_entries_reversals ON journal_entries(at, reverses_id) WHERE kind = 'reversal';
        CREATE INDEX journal_entries_account_day ON journal_entries(account_id, business_date, kind, amount);
        CREATE INDEX journal_entries_customer_day ON journal_entries(customer_id, business_date, kind, amount);
        CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
            BEGIN SELECT RAISE(ABORT, 'journal_entries is append-only'); END;
        CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
            BEGIN SELECT RAISE(ABORT, 'journal_entries is append-only'); END;

        CREATE TABLE loan_products (
            code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 16),
            version INTEGER NOT NULL CHECK (version >= 1),
            terms TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            updated_by INTEGER NOT NULL REFERENCES operators(id),
            updated_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE loan_product_versions (
            code TEXT NOT NULL,
            version INTEGER NOT NULL,
            terms TEXT NOT NULL,
            active INTEGER NOT NULL CHECK (active IN (0, 1)),
            changed_by INTEGER NOT NULL REFERENCES operators(id),
            changed_at INTEGER NOT NULL,
            PRIMARY KEY (code, version)
        ) STRICT;
        CREATE TRIGGER loan_product_versions_no_update BEFORE UPDATE ON loan_product_versions
            BEGIN SELECT RAISE(ABORT, 'loan_product_versions is append-only'); END;
        CREATE TRIGGER loan_product_versions_no_delete BEFORE DELETE ON loan_product_versions
            BEGIN SELECT RAISE(ABORT, 'loan_product_versions is append-only'); END;

        CREATE TABLE loan_applications (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            product_code TEXT NOT NULL,
            product_version INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'referred', 'committee', 'approved', 'declined',
                'contracted', 'withdrawn')),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            months INTEGER NOT NULL CHECK (months >= 0),
            method TEXT NOT NULL CHECK (method IN ('equal-instalment', 'equal-principal', 'interest-only')),
            purpose TEXT NOT NULL DEFAULT '',
            monthly_income INTEGER NOT NULL DEFAULT 0 CHECK (monthly_income >= 0),
            monthly_obligations INTEGER NOT NULL DEFAULT 0 CHECK (monthly_obligations >= 0),
            employer TEXT NOT NULL DEFAULT '',
            account_id INTEGER REFERENCES accounts(id),
            ticket_id INTEGER REFERENCES tickets(id),
            entered_by INTEGER NOT NULL REFERENCES operators(id),
            entered_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            submitted_at INTEGER,
            assessment TEXT,
            recommendation TEXT CHECK (recommendation IS NULL OR recommendation IN ('approve', 'refer', 'decline')),
            approvals_needed INTEGER NOT NULL DEFAULT 0 CHECK (approvals_needed BETWEEN 0 AND 2),
            decided_at INTEGER,
            request_hash TEXT
        ) STRICT;
        CREATE INDEX loan_applications_status ON loan_applications(status, id);
        CREATE INDEX loan_applications_customer ON loan_applications(customer_id, id);

        CREATE TABLE loan_application_documents (
            application_id INTEGER NOT NULL REFERENCES loan_applications(id),
            document TEXT NOT NULL,
            seen_by INTEGER NOT NULL REFERENCES operators(id),
            seen_at INTEGER NOT NULL,
            PRIMARY KEY (application_id, document)
        ) STRICT;

        CREATE TABLE loan_collateral (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES loan_applications(id),
            kind TEXT NOT NULL,
            description TEXT NOT NULL CHECK (length(trim(description)) >= 2),
            appraised_value INTEGER NOT NULL CHECK (appraised_value > 0),
            appraisal_date TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'pledged', 'released')),
            pledged_at INTEGER
        ) STRICT;
        CREATE INDEX loan_collateral_application ON loan_collateral(application_id);

        CREATE TABLE loan_guarantors (
            application_id INTEGER NOT NULL REFERENCES loan_applications(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            PRIMARY KEY (application_id, customer_id)
        ) STRICT;
        CREATE TRIGGER loan_guarantors_not_applicant BEFORE INSERT ON loan_guarantors
            WHEN NEW.customer_id = (SELECT customer_id FROM loan_applications WHERE id = NEW.application_id)
            BEGIN SELECT RAISE(ABORT, 'a guarantor cannot be the applicant'); END;

        CREATE TABLE loan_approvals (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES loan_applications(id),
            entered_by INTEGER NOT NULL REFERENCES operators(id),
            approver_id INTEGER REFERENCES operators(id),
            decision TEXT NOT NULL CHECK (decision IN ('approve', 'decline', 'auto_approve')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) >= 3),
            application_hash TEXT NOT NULL,
            at INTEGER NOT NULL,
            CHECK (approver_id IS NULL OR approver_id <> entered_by),
            CHECK ((decision = 'auto_approve') = (approver_id IS NULL)),
            UNIQUE (application_id, approver_id)
        ) STRICT;
        CREATE TRIGGER loan_approvals_entrant BEFORE INSERT ON loan_approvals
            WHEN NEW.entered_by IS NOT (SELECT entered_by FROM loan_applications WHERE id = NEW.application_id)
            BEGIN SELECT RAISE(ABORT, 'loan approval: entered_by must be the application''s entrant'); END;
        CREATE TRIGGER loan_approvals_no_update BEFORE UPDATE ON loan_approvals
            BEGIN SELECT RAISE(ABORT, 'loan_approvals is append-only'); END;
        CREATE TRIGGER loan_approvals_no_delete BEFORE DELETE ON loan_approvals
            BEGIN SELECT RAISE(ABORT, 'loan_approvals is append-only'); END;

        CREATE TABLE loans (
            id INTEGER PRIMARY KEY,
            contract_number TEXT NOT NULL UNIQUE,
            application_id INTEGER NOT NULL UNIQUE REFERENCES loan_applications(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            product_code TEXT NOT NULL,
            product_version INTEGER NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            principal INTEGER NOT NULL CHECK (principal > 0),
            annual_rate_ppm INTEGER NOT NULL CHECK (annual_rate_ppm >= 0),
            penalty_rate_ppm INTEGER NOT NULL CHECK (penalty_rate_ppm >= 0),
            method TEXT NOT NULL CHECK (method IN ('equal-instalment', 'equal-principal', 'interest-only')),
            months INTEGER NOT NULL CHECK (months >= 1),
            start_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('signed', 'active', 'closed')),
            schedule_version INTEGER NOT NULL DEFAULT 1,
            outstanding_principal INTEGER NOT NULL CHECK (outstanding_principal >= 0),
            contract_path TEXT NOT NULL DEFAULT '',
            signed_by INTEGER NOT NULL REFERENCES operators(id),
            signed_at INTEGER NOT NULL,
            disbursal_entry_id INTEGER UNIQUE REFERENCES journal_entries(id),
            closed_on TEXT,
            CHECK (outstanding_principal <= principal),
            CHECK ((status = 'signed') = (disbursal_entry_id IS NULL))
        ) STRICT;
        CREATE INDEX loans_customer ON loans(customer_id);
        CREATE INDEX loans_status ON loans(status);
        CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans
            BEGIN SELECT RAISE(ABORT, 'loans are never deleted'); END;

        CREATE TABLE loan_instalments (
            loan_id INTEGER NOT NULL REFERENCES loans(id),
            schedule_version INTEGER NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            due_date TEXT NOT NULL,
            principal INTEGER NOT NULL CHECK (principal >= 0),
            interest INTEGER NOT NULL CHECK (interest >= 0),
            PRIMARY KEY (loan_id, schedule_version, number)
        ) STRICT;
        CREATE INDEX loan_instalments_due ON loan_instalments(due_date);
        CREATE TRIGGER loan_instalments_no_update BEFORE UPDATE ON loan_instalments
            BEGIN SELECT RAISE(ABORT, 'loan_instalments is append-only'); END;
        CREATE TRIGGER loan_instalments_no_delete BEFORE DELETE ON loan_instalments
            BEGIN SELECT RAISE(ABORT, 'loan_instalments is append-only'); END;

        CREATE TABLE loan_repayments (
            id INTEGER PRIMARY KEY,
            loan_id INTEGER NOT NULL REFERENCES loans(id),
            entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries(id),
            business_date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            source TEXT NOT NULL CHECK (source IN ('account', 'cash')),
            kind TEXT NOT NULL CHECK (kind IN ('regular', 'early_partial', 'early_full')),
            choice TEXT CHECK (choice IS NULL OR choice IN ('shorten-term', 'lower-instalment')),
            operator_id INTEGER NOT NULL REFERENCES operators(id),
            at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX loan_repayments_loan ON loan_repayments(loan_id, id);
        CREATE TRIGGER loan_repayments_no_update BEFORE UPDATE ON loan_repayments
            BEGIN SELECT RAISE(ABORT, 'loan_repayments is append-only'); END;
        CREATE TRIGGER loan_repayments_no_delete BEFORE DELETE ON loan_repayments
            BEGIN SELECT RAISE(ABORT, 'loan_repayments is append-only'); END;

        CREATE TABLE loan_allocations (
            id INTEGER PRIMARY KEY,
            repayment_id INTEGER NOT NULL REFERENCES loan_repayments(id),
            loan_id INTEGER NOT NULL REFERENCES loans(id),
            schedule_version INTEGER,
            instalment_number INTEGER,
            part TEXT NOT NULL CHECK (part IN ('penalty', 'interest', 'principal', 'prepayment')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            CHECK ((part IN ('interest', 'principal')) = (instalment_number IS NOT NULL)),
            UNIQUE (repayment_id, schedule_version, instalment_number, part)
        ) STRICT;
        CREATE INDEX loan_allocations_loan ON loan_allocations(loan_id, schedule_version, instalment_number);
        CREATE TRIGGER loan_allocations_no_update BEFORE UPDATE ON loan_allocations
            BEGIN SELECT RAISE(ABORT, 'loan_allocations is append-only'); END;
        CREATE TRIGGER loan_allocations_no_delete BEFORE DELETE ON loan_allocations
            BEGIN SELECT RAISE(ABORT, 'loan_allocations is append-only'); END;

        CREATE TABLE loan_penalties (
            loan_id INTEGER NOT NULL REFERENCES loans(id),
            accrual_date TEXT NOT NULL,
            overdue_amount INTEGER NOT NULL CHECK (overdue_amount > 0),
            days_overdue INTEGER NOT NULL CHECK (days_overdue >= 1),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            at INTEGER NOT NULL,
            PRIMARY KEY (loan_id, accrual_date)
        ) STRICT;
        CREATE TRIGGER loan_penalties_no_update BEFORE UPDATE ON loan_penalties
            BEGIN SELECT RAISE(ABORT, 'loan_penalties is append-only'); END;
        CREATE TRIGGER loan_penalties_no_delete BEFORE DELETE ON loan_penalties
            BEGIN SELECT RAISE(ABORT, 'loan_penalties is append-only'); END;

        CREATE TABLE care_tasks_v21 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('complaint_callback', 'account_opened', 'dormant_account', 'suggestion_followup', 'other',
                'loan_overdue')),
            customer_id INTEGER REFERENCES customers(id),
            complaint_id INTEGER REFERENCES complaints(id),
            account_id INTEGER REFERENCES accounts(id),
            note TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
            outcome TEXT NOT NULL DEFAULT '',
            assigned_to INTEGER REFERENCES operators(id),
            created_by INTEGER REFERENCES operators(id),
            created_at INTEGER NOT NULL,
            done_at INTEGER,
            done_by INTEGER REFERENCES operators(id),
            loan_id INTEGER REFERENCES loans(id),
            CHECK (status = 'open' OR length(trim(outcome)) >= 2),
            CHECK ((kind = 'loan_overdue') = (loan_id IS NOT NULL))
        ) STRICT;
        INSERT INTO care_tasks_v21 (id, kind, customer_id, complaint_id, account_id, note, due_date, status, outcome, assigned_to,
                created_by, created_at, done_at, done_by)
            SELECT id, kind, customer_id, complaint_id, account_id, note, due_date, status, outcome, assigned_to,
                created_by, created_at, done_at, done_by FROM care_tasks;
        DROP TABLE care_tasks;
        ALTER TABLE care_tasks_v21 RENAME TO care_tasks;
        CREATE INDEX care_tasks_open ON care_tasks(status, due_date);
        CREATE UNIQUE INDEX care_tasks_one_open_per_loan ON care_tasks(loan_id) WHERE status = 'open' AND loan_id IS NOT NULL;
        """)
}
