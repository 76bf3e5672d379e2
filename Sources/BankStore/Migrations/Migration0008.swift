/// Schema version 8: the daily totals every money operation checks read an
/// index only (issue 7, branch scale). The per-account limit sums an
/// account's outgoing entries of the day, and the large-cash rule a
/// customer's counter cash of the day; with the kind and amount in the index
/// neither touches the table, however busy the account. Each index replaces
/// the one it extends, so a posting maintains no more indexes than before.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0008 {
    static let migration = Migration(version: 8, sql: """
        DROP INDEX journal_entries_account_day;
        CREATE INDEX journal_entries_account_day ON journal_entries(account_id, business_date, kind, amount);
        DROP INDEX journal_entries_customer_day;
        CREATE INDEX journal_entries_customer_day ON journal_entries(customer_id, business_date, kind, amount);
        """)
}
