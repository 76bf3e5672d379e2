/// Schema version 20 (issue 12 follow-up, credential seals): each operator row
/// and each customer credential row carries a keyed seal (HMAC under a subkey
/// of the branch key) over the fields that decide who may act, so a PIN hash,
/// role or active flag written into the file without the key is refused on
/// every authorising read and named by `teller verify` (`CredentialSeal`).
/// Versions 12 to 19 are kept for the desks' work of issue 13.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0020 {
    static let migration = Migration(version: 20, sql: """
        ALTER TABLE operators ADD COLUMN seal TEXT;
        ALTER TABLE customer_credentials ADD COLUMN seal TEXT;
        """)
}
