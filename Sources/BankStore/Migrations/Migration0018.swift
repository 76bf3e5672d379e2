/// Schema version 18 (issue 13, speed at branch scale): the ticket figures
/// of closed days, so a year's KPIs read a few thousand summary rows instead
/// of every ticket (`KPIDaySummaries`). `kpi_ticket_days` holds per local day
/// ([day_start, day_end) in epoch milliseconds, as the time zone that
/// summarized it cut the day) and group the additive ticket facts and every
/// wait (little-endian 64-bit milliseconds) for the exact percentile;
/// `kpi_closed_days` lists the days summarized, with or without tickets.
/// Rows are written once, when a day is closed, and never changed.
///
/// And the name search's pages: `customers_name_search` holds every column a
/// search result shows, in name order, so the namesakes of a common name
/// (forty of 丁桂英 in the benchmark's branch) come from one or two adjacent
/// index pages instead of one table page each; it replaces
/// `customers_name_key`, whose order it keeps.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0018 {
    static let migration = Migration(version: 18, sql: """
        CREATE TABLE kpi_ticket_days (
            day_start INTEGER NOT NULL,
            day_end INTEGER NOT NULL CHECK (day_end > day_start),
            business_type TEXT NOT NULL,
            counter_id INTEGER,
            operator_id INTEGER,
            issued INTEGER NOT NULL CHECK (issued >= 0),
            served INTEGER NOT NULL CHECK (served >= 0),
            with_outcome INTEGER NOT NULL CHECK (with_outcome >= 0),
            no_shows INTEGER NOT NULL CHECK (no_shows >= 0),
            waits INTEGER NOT NULL CHECK (waits >= 0),
            wait_total INTEGER NOT NULL,
            handlings INTEGER NOT NULL CHECK (handlings >= 0),
            handling_total INTEGER NOT NULL,
            satisfaction_1 INTEGER NOT NULL,
            satisfaction_2 INTEGER NOT NULL,
            satisfaction_3 INTEGER NOT NULL,
            satisfaction_4 INTEGER NOT NULL,
            satisfaction_5 INTEGER NOT NULL,
            wait_list BLOB NOT NULL CHECK (length(wait_list) = 8 * waits)
        ) STRICT;
        CREATE INDEX kpi_ticket_days_day ON kpi_ticket_days(day_start, day_end);

        CREATE TABLE kpi_closed_days (
            day_start INTEGER NOT NULL,
            day_end INTEGER NOT NULL CHECK (day_end > day_start),
            PRIMARY KEY (day_start, day_end)
        ) STRICT, WITHOUT ROWID;

        CREATE INDEX customers_name_search ON customers(name_key, id, name, id_type, id_number, id_expiry, phone, address,
            birth_date, preferred_language, assistance, risk_level, account_manager_id);
        DROP INDEX customers_name_key;
        """)
}
