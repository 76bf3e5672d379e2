/// Schema version 17 (issue 13, customer care): a suggestion is answered and
/// closed — what the branch made of it, who answered and when. Open
/// suggestions are those without an answer.
///
/// FROZEN once released: never edit this text; add a new migration instead.
enum Migration0017 {
    static let migration = Migration(version: 17, sql: """
        ALTER TABLE suggestions ADD COLUMN answer TEXT CHECK (answer IS NULL OR length(trim(answer)) >= 2);
        ALTER TABLE suggestions ADD COLUMN answered_by INTEGER REFERENCES operators(id);
        ALTER TABLE suggestions ADD COLUMN answered_at INTEGER;
        """)
}
