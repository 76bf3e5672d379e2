/// Schema version 6: the name-fragment index behind "part of a name" search.
/// `customer_name_suffixes` holds every suffix of a customer's `name_key`
/// after its first character (张秀英 → 秀英, 英), so "the name contains x but
/// does not start with it" becomes "some suffix starts with x": a range seek
/// on the primary key instead of reading every customer (`LIKE '%x%'`).
/// Names that start with x are found on `customers_name_key` already. Each
/// row carries the whole `name_key` too, so matches are put in name order
/// from this index alone and only the page shown reads `customers`.
/// Triggers keep the suffixes in step with `customers.name_key` on every
/// insert and name change, whoever writes the row (the app, a bulk loader,
/// the sqlite3 shell); `name_suffix_positions` lists the start positions
/// (2...60, the longest name the customers table allows) so the triggers
/// need no recursive query. Existing customers are backfilled here. No index
/// by customer: names are never changed or deleted today, and when one is,
/// finding its few rows by a scan is cheap next to keeping a second index.
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0006 {
    static let migration = Migration(version: 6, sql: """
        CREATE TABLE name_suffix_positions (
            position INTEGER PRIMARY KEY CHECK (position BETWEEN 2 AND 60)
        ) STRICT;
        INSERT INTO name_suffix_positions (position)
            WITH RECURSIVE p(n) AS (SELECT 2 UNION ALL SELECT n + 1 FROM p WHERE n < 60) SELECT n FROM p;

        CREATE TABLE customer_name_suffixes (
            suffix TEXT NOT NULL CHECK (length(suffix) >= 1),
            name_key TEXT NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            PRIMARY KEY (suffix, name_key, customer_id)
        ) STRICT, WITHOUT ROWID;

        INSERT INTO customer_name_suffixes (suffix, name_key, customer_id)
            SELECT substr(c.name_key, s.position), c.name_key, c.id
            FROM customers c JOIN name_suffix_positions s ON s.position <= length(c.name_key);

        CREATE TRIGGER customers_name_suffixes_insert AFTER INSERT ON customers
        BEGIN
            INSERT INTO customer_name_suffixes (suffix, name_key, customer_id)
                SELECT substr(NEW.name_key, position), NEW.name_key, NEW.id FROM name_suffix_positions
                WHERE position <= length(NEW.name_key);
        END;

        CREATE TRIGGER customers_name_suffixes_rename AFTER UPDATE OF name_key ON customers
        BEGIN
            DELETE FROM customer_name_suffixes WHERE customer_id = OLD.id;
            INSERT INTO customer_name_suffixes (suffix, name_key, customer_id)
                SELECT substr(NEW.name_key, position), NEW.name_key, NEW.id FROM name_suffix_positions
                WHERE position <= length(NEW.name_key);
        END;
        """)
}
