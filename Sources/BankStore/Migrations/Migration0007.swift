/// Schema version 7: what the KPI report needs to read a year of tickets and
/// journal entries quickly (issue 7, branch scale).
///
/// - `tickets.finished_by`: the operator of the ticket's last 'finished'
///   queue event (NULL when it has none, or when that event names nobody) —
///   the per-operator KPI key, which before was a subquery per ticket. A
///   trigger on `queue_events` keeps it set by every writer, including bulk
///   loaders that insert events with SQL; existing tickets are backfilled.
/// - `tickets_kpi`: every ticket column the KPI figures read, in `issued_at`
///   order, so a period's tickets are one covering index range (it replaces
///   `tickets_issued_at`, its prefix).
/// - Partial indexes for the operations per maker and the reversals in a period.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0007 {
    static let migration = Migration(version: 7, sql: """
        ALTER TABLE tickets ADD COLUMN finished_by INTEGER REFERENCES operators(id);
        UPDATE tickets SET finished_by = (
                SELECT q.operator_id FROM queue_events q WHERE q.ticket_id = tickets.id AND q.kind = 'finished'
                ORDER BY q.id DESC LIMIT 1)
            WHERE id IN (SELECT ticket_id FROM queue_events WHERE kind = 'finished');
        CREATE TRIGGER queue_events_finished_by AFTER INSERT ON queue_events WHEN NEW.kind = 'finished'
            BEGIN UPDATE tickets SET finished_by = NEW.operator_id WHERE id = NEW.ticket_id; END;

        DROP INDEX tickets_issued_at;
        CREATE INDEX tickets_kpi ON tickets(issued_at, business_type, counter_id, finished_by, outcome, called_at, started_at,
            finished_at, satisfaction);
        CREATE INDEX journal_entries_operations ON journal_entries(maker_id, at)
            WHERE kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer');
        CREATE INDEX journal_entries_reversals ON journal_entries(at, reverses_id) WHERE kind = 'reversal';
        """)
}
