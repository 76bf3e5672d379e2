/// Schema version 10 (issue 12, four eyes on customer credentials): a
/// verification and a document check belong to the operator, terminal and
/// visit that made them, so each row now says which terminal it was made at
/// (document checks also which ticket was being served); and the time a
/// customer's PIN or one-time-code secret was last *replaced*, so a new
/// credential cannot authorise much money out during the cooling-off period.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0010 {
    static let migration = Migration(version: 10, sql: """
        ALTER TABLE identity_verifications ADD COLUMN terminal TEXT NOT NULL DEFAULT '';
        ALTER TABLE document_checks ADD COLUMN terminal TEXT NOT NULL DEFAULT '';
        ALTER TABLE document_checks ADD COLUMN ticket_id INTEGER REFERENCES tickets(id);
        CREATE INDEX document_checks_customer ON document_checks(customer_id, at);
        ALTER TABLE customer_credentials ADD COLUMN pin_replaced_at INTEGER;
        ALTER TABLE customer_credentials ADD COLUMN totp_replaced_at INTEGER;
        """)
}
