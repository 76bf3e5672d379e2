/// Schema version 2: customers, counters, queue tickets and their events,
/// appointments. FROZEN: never edit this text; add a new migration instead.
enum Migration0002 {
    static let migration = Migration(version: 2, sql: """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
            name_key TEXT NOT NULL,
            id_type TEXT NOT NULL CHECK (id_type IN ('resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'foreign_permanent_residence')),
            id_number TEXT NOT NULL CHECK (length(id_number) BETWEEN 5 AND 30),
            id_expiry TEXT CHECK (id_expiry IS NULL OR id_expiry GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            phone TEXT NOT NULL CHECK (length(phone) BETWEEN 7 AND 16),
            address TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            preferred_language TEXT NOT NULL DEFAULT 'zh-Hans',
            assistance TEXT NOT NULL DEFAULT 'none' CHECK (assistance IN ('none', 'elderly', 'wheelchair', 'hearing', 'visual', 'interpreter')),
            risk_level TEXT NOT NULL DEFAULT 'unrated' CHECK (risk_level IN ('unrated', 'low', 'medium', 'high')),
            account_manager_id INTEGER REFERENCES operators(id),
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES operators(id),
            UNIQUE (id_type, id_number)
        ) STRICT;
        CREATE INDEX customers_name_key ON customers(name_key);
        CREATE INDEX customers_phone ON customers(phone);

        CREATE TABLE counters (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99),
            serves TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('open', 'break', 'serving', 'closed')),
            operator_id INTEGER REFERENCES operators(id),
            current_ticket_id INTEGER,
            priority_streak INTEGER NOT NULL DEFAULT 0 CHECK (priority_streak >= 0),
            updated_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
            business_type TEXT NOT NULL CHECK (business_type IN ('cash', 'accounts', 'loans', 'wealth', 'complaints')),
            purpose TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'missed', 'cancelled')),
            account_manager_id INTEGER REFERENCES operators(id),
            ticket_id INTEGER,
            created_at INTEGER NOT NULL,
            created_by INTEGER REFERENCES operators(id)
        ) STRICT;
        CREATE INDEX appointments_day ON appointments(business_date, time);

        CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            series TEXT NOT NULL CHECK (series IN ('A', 'B', 'C', 'D', 'E', 'V')),
            number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
            business_type TEXT NOT NULL CHECK (business_type IN ('cash', 'accounts', 'loans', 'wealth', 'complaints')),
            priority TEXT CHECK (priority IS NULL OR priority IN ('elderly', 'disabled', 'pregnant', 'vip')),
            customer_id INTEGER REFERENCES customers(id),
            appointment_id INTEGER REFERENCES appointments(id),
            status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'serving', 'finished', 'no_show', 'left')),
            issued_at INTEGER NOT NULL,
            called_at INTEGER,
            started_at INTEGER,
            finished_at INTEGER,
            counter_id INTEGER REFERENCES counters(id),
            target_counter_id INTEGER REFERENCES counters(id),
            recalls INTEGER NOT NULL DEFAULT 0 CHECK (recalls >= 0),
            needs TEXT NOT NULL DEFAULT '{}',
            outcome TEXT CHECK (outcome IS NULL OR outcome IN ('served', 'transferred', 'no_show', 'left', 'referred')),
            satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
            issued_by INTEGER REFERENCES operators(id),
            UNIQUE (business_date, series, number)
        ) STRICT;
        CREATE INDEX tickets_waiting ON tickets(business_date, status, issued_at);
        CREATE INDEX tickets_customer ON tickets(customer_id, issued_at);

        CREATE TABLE queue_events (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            at INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('issued', 'called', 'recalled', 'transferred', 'started', 'finished', 'no_show', 'left', 'satisfaction')),
            business_type TEXT NOT NULL,
            operator_id INTEGER REFERENCES operators(id),
            counter_id INTEGER REFERENCES counters(id),
            detail TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX queue_events_ticket ON queue_events(ticket_id, at);
        CREATE INDEX queue_events_at ON queue_events(at);
        CREATE TRIGGER queue_events_no_update BEFORE UPDATE ON queue_events
            BEGIN SELECT RAISE(ABORT, 'queue_events is append-only'); END;
        CREATE TRIGGER queue_events_no_delete BEFORE DELETE ON queue_events
            BEGIN SELECT RAISE(ABORT, 'queue_events is append-only'); END;
        """)
}
