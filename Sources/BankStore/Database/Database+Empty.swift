extension Database {
    /// Drops every table in one transaction and sets the schema version back to 0, keeping the file itself
    /// (its inode and permissions), so terminals that have it open see what is seeded next instead of working
    /// on a deleted copy. Only the training sandbox's reset does this.
    public func emptyInPlace() throws {
        try execute("PRAGMA foreign_keys = OFF")
        defer { try? execute("PRAGMA foreign_keys = ON") }
        try transaction {
            let tables = try query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .compactMap { $0.string("name") }
            for table in tables { try execute("DROP TABLE IF EXISTS \"\(table)\"") }
            try execute("PRAGMA user_version = 0")
        }
    }
}
