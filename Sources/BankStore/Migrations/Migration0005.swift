/// Schema version 5: complaints and customer care. Complaints with their
/// routing, deadline and response; the append-only history of every step;
/// follow-up tasks; suggestions from customers and staff; and the log of
/// money operations refused at the counter (an input of the error-rate KPI).
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0005 {
    static let migration = Migration(version: 5, sql: """
        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'online', 'suggestion_box', 'letter')),
            customer_id INTEGER REFERENCES customers(id),
            contact TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL CHECK (category IN ('service_attitude', 'waiting_time', 'fees', 'transaction_error', 'card',
                'loan', 'wealth_mis_selling', 'fraud', 'privacy', 'other')),
            severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
            description TEXT NOT NULL CHECK (length(trim(description)) >= 5),
            remedy_wanted TEXT NOT NULL DEFAULT '',
            about_operator_id INTEGER REFERENCES operators(id),
            ticket_id INTEGER REFERENCES tickets(id),
            entry_id INTEGER REFERENCES journal_entries(id),
            team TEXT NOT NULL,
            handler_id INTEGER REFERENCES operators(id),
            status TEXT NOT NULL CHECK (status IN ('received', 'acknowledged', 'investigating', 'responded', 'closed', 'reopened')),
            track TEXT NOT NULL DEFAULT 'simple' CHECK (track IN ('simple', 'extended', 'exceptional')),
            business_date TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            response_explanation TEXT,
            response_monetary INTEGER CHECK (response_monetary IS NULL OR response_monetary >= 0),
            response_non_monetary TEXT,
            remedy_entry_id INTEGER REFERENCES journal_entries(id),
            responded_at INTEGER,
            closed_at INTEGER,
            satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
            created_by INTEGER NOT NULL REFERENCES operators(id),
            CHECK (handler_id IS NULL OR about_operator_id IS NULL OR handler_id <> about_operator_id),
            CHECK (status NOT IN ('responded', 'closed') OR response_explanation IS NOT NULL)
        ) STRICT;
        CREATE INDEX complaints_status_due ON complaints(status, due_at);
        CREATE INDEX complaints_received ON complaints(received_at);
        CREATE INDEX complaints_customer ON complaints(customer_id);

        CREATE TABLE complaint_events (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id),
            at INTEGER NOT NULL,
            operator_id INTEGER REFERENCES operators(id),
            kind TEXT NOT NULL CHECK (kind IN ('received', 'acknowledged', 'assigned', 'investigating', 'extended', 'responded',
                'closed', 'reopened', 'note')),
            from_status TEXT,
            to_status TEXT,
            detail TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, id);
        CREATE INDEX complaint_events_at ON complaint_events(at);
        CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
            BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
        CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
            BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;

        CREATE TABLE care_tasks (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('complaint_callback', 'account_opened', 'dormant_account', 'suggestion_followup', 'other')),
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
            CHECK (status = 'open' OR length(trim(outcome)) >= 2)
        ) STRICT;
        CREATE INDEX care_tasks_open ON care_tasks(status, due_date);

        CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL CHECK (source IN ('customer', 'staff')),
            customer_id INTEGER REFERENCES customers(id),
            operator_id INTEGER REFERENCES operators(id),
            channel TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) >= 5),
            created_by INTEGER REFERENCES operators(id),
            created_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE operation_refusals (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            business_date TEXT NOT NULL,
            operator_id INTEGER REFERENCES operators(id),
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            customer_id INTEGER REFERENCES customers(id),
            account_id INTEGER REFERENCES accounts(id)
        ) STRICT;
        CREATE INDEX operation_refusals_date ON operation_refusals(business_date);
        CREATE TRIGGER operation_refusals_no_update BEFORE UPDATE ON operation_refusals
            BEGIN SELECT RAISE(ABORT, 'operation_refusals is append-only'); END;
        CREATE TRIGGER operation_refusals_no_delete BEFORE DELETE ON operation_refusals
            BEGIN SELECT RAISE(ABORT, 'operation_refusals is append-only'); END;

        CREATE INDEX tickets_issued_at ON tickets(issued_at);
        CREATE INDEX queue_events_finished ON queue_events(ticket_id, id, operator_id) WHERE kind = 'finished';
        CREATE INDEX journal_entries_at ON journal_entries(at);
        CREATE INDEX operation_refusals_at ON operation_refusals(at);
        CREATE INDEX drawer_sessions_closed_at ON drawer_sessions(closed_at) WHERE closed_at IS NOT NULL;
        """)
}
