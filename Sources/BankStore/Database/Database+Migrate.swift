extension Database {
    /// The schema version stored in the file (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int {
        Int(try scalarInt("PRAGMA user_version") ?? 0)
    }

    /// Step 6 of opening: applies each migration newer than the file, each in
    /// its own BEGIN IMMEDIATE transaction that also sets user_version. The
    /// version is re-read under the write lock, so two terminals opening a
    /// new file at once apply each migration exactly once.
    func migrate(_ migrations: [Migration], supported: Int) throws {
        for (earlier, later) in zip(migrations, migrations.dropFirst()) {
            precondition(earlier.version < later.version, "migrations must be in increasing version order")
        }
        precondition(migrations.allSatisfy { $0.version >= 1 }, "migration versions start at 1")
        let current = try schemaVersion()
        for migration in migrations where migration.version > current {
            // Foreign keys can only be switched outside a transaction; they are on again whatever happens.
            if migration.rebuildsTables { try execute("PRAGMA foreign_keys = OFF") }
            defer { if migration.rebuildsTables { try? execute("PRAGMA foreign_keys = ON") } }
            try transaction {
                let now = try schemaVersion()
                if now > supported {
                    throw StoreError.newerSchema(path: path, found: now, supported: supported)
                }
                guard now < migration.version else { return }
                try executeScript(migration.sql)
                if migration.rebuildsTables, let broken = try queryOne("PRAGMA foreign_key_check") {
                    throw StoreError.corrupt(path: path, detail: "migration \(migration.version) left a broken reference: \(broken.values)")
                }
                try executeScript("PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
