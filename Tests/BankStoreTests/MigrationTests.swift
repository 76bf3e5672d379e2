@testable import BankStore
import Foundation
import Testing
import TestSupport

/// Migrations on real temporary files: the schema appears once, at the right
/// version, with STRICT tables, and a failing migration leaves nothing behind.
/// Test-only migrations use versions above `Migrations.latestVersion`, so these
/// tests keep working as the real list grows.
@Suite struct MigrationTests {
    private static let versionOne = Array(Migrations.all.prefix(1))
    private static let nextVersion = Migrations.latestVersion + 1

    @Test func theMigrationListIsOrderedFromOne() {
        #expect(Migrations.all.first?.version == 1)
        // Gaps are allowed (branches merged in parallel take numbers apart); the order must be strictly rising.
        let versions = Migrations.all.map(\.version)
        #expect(zip(versions, versions.dropFirst()).allSatisfy { $0 < $1 })
        #expect(versions.last == Migrations.latestVersion)
    }

    @Test func migrationOneCreatesItsSchema() throws {
        try withTemporaryFolder { folder in
            let db = try Database.open(path: folder.appendingPathComponent("branch.sqlite").path,
                                       migrations: Self.versionOne)
            #expect(try db.schemaVersion() == 1)
            let names = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .compactMap { $0.string("name") }
            #expect(names == ["audit_log", "branch", "operators", "settings"])
            let triggers = try db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
                .compactMap { $0.string("name") }
            #expect(triggers == ["audit_log_no_delete", "audit_log_no_update"])
            let strict = try db.query("PRAGMA table_list").filter { $0.string("schema") == "main" }
                .filter { !($0.string("name") ?? "").hasPrefix("sqlite_") }
            #expect(strict.count == 4)
            #expect(strict.allSatisfy { $0.int("strict") == 1 })
        }
    }

    @Test func theFullListReachesTheLatestVersion() throws {
        try withTemporaryFolder { folder in
            let db = try Database.open(path: folder.appendingPathComponent("branch.sqlite").path)
            #expect(try db.schemaVersion() == Migrations.latestVersion)
            let strict = try db.query("PRAGMA table_list").filter { $0.string("schema") == "main" }
                .filter { $0.string("type") == "table" && !($0.string("name") ?? "").hasPrefix("sqlite_") }
            #expect(strict.allSatisfy { $0.int("strict") == 1 })
        }
    }

    @Test func anOlderFileIsUpgradedInPlace() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("branch.sqlite").path
            let old = try Database.open(path: path, migrations: Self.versionOne)
            try SettingsRepository(db: old).set("kept", "yes")
            old.close()
            let db = try Database.open(path: path)
            #expect(try db.schemaVersion() == Migrations.latestVersion)
            #expect(try SettingsRepository(db: db).string("kept") == "yes")
        }
    }

    @Test func setsConnectionPragmas() throws {
        try withTemporaryFolder { folder in
            let db = try Database.open(path: folder.appendingPathComponent("branch.sqlite").path)
            #expect(try db.queryOne("PRAGMA journal_mode")?.string("journal_mode") == "wal")
            #expect(try db.scalarInt("PRAGMA synchronous") == 2) // FULL
            #expect(try db.scalarInt("PRAGMA foreign_keys") == 1)
            #expect(try db.scalarInt("PRAGMA busy_timeout") == 5000)
        }
    }

    @Test func reopeningAppliesNothingTwice() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("branch.sqlite").path
            // This migration is not idempotent: running it twice would add two rows.
            let counting = Migrations.all
                + [Migration(version: Self.nextVersion, sql: "INSERT INTO settings VALUES ('opened', 'x');")]
            try Database.open(path: path, migrations: counting).close()
            try Database.open(path: path, migrations: counting).close()
            let db = try Database.open(path: path, migrations: counting)
            #expect(try db.schemaVersion() == Self.nextVersion)
            #expect(try db.scalarInt("SELECT count(*) FROM settings") == 1)
            #expect(try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'operators'") == 1)
        }
    }

    @Test func strictTablesRejectTextInAnIntegerColumn() throws {
        let db = try Database.openInMemory()
        #expect(throws: StoreError.self) {
            try db.execute("""
                INSERT INTO operators (username, display_name, role, pin_hash, failed_attempts, created_at)
                VALUES ('ann', 'Ann', 'teller', 'x', 'three', 0)
                """)
        }
        do {
            try db.execute("INSERT INTO branch VALUES (1, 'B1', 'Main', '2026-01-01', 0, 'yesterday')")
            Issue.record("STRICT accepted text in created_at")
        } catch let error as StoreError {
            guard case .constraint(let message) = error else { Issue.record("unexpected \(error)"); return }
            #expect(message.contains("cannot store TEXT value in INTEGER column"))
        }
    }

    @Test func checkConstraintsHold() throws {
        let db = try Database.openInMemory()
        let bad = [
            "INSERT INTO branch VALUES (2, 'B1', 'Main', '2026-01-01', 0, 0)",
            "INSERT INTO branch VALUES (1, '', 'Main', '2026-01-01', 0, 0)",
            "INSERT INTO branch VALUES (1, 'B1', 'Main', '1 Jan 2026', 0, 0)",
            "INSERT INTO branch VALUES (1, 'B1', 'Main', '2026-01-01', 2, 0)",
            "INSERT INTO operators (username, display_name, role, pin_hash, created_at) VALUES ('a', 'A', 'boss', 'x', 0)",
        ]
        for sql in bad {
            #expect(throws: StoreError.self, "\(sql)") { try db.execute(sql) }
        }
    }

    @Test func aFailingMigrationLeavesNoTrace() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("branch.sqlite").path
            let broken = Migrations.all + [Migration(version: Self.nextVersion, sql: """
                CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;
                THIS IS NOT SQL;
                """)]
            #expect(throws: StoreError.self) { try Database.open(path: path, migrations: broken) }
            let db = try Database.open(path: path)
            #expect(try db.schemaVersion() == Migrations.latestVersion)
            #expect(try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0)
        }
    }

    @Test func createsMissingParentFolders() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("a/b/c/branch.sqlite").path
            let db = try Database.open(path: path)
            #expect(db.path == path)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func anEmptyFileBecomesANewDatabase() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("empty.sqlite").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
            let db = try Database.open(path: path)
            #expect(try db.schemaVersion() == Migrations.latestVersion)
        }
    }

    @Test func twoConnectionsOpeningANewFileAtOnceBothSucceed() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("race.sqlite").path
            let results = ResultBox()
            let finished = DispatchSemaphore(value: 0)
            for _ in 0..<2 {
                Thread {
                    defer { finished.signal() }
                    do {
                        let db = try Database.open(path: path)
                        results.record("version \(try db.schemaVersion())")
                    } catch {
                        results.record("failed: \(error)")
                    }
                }.start()
            }
            finished.wait()
            finished.wait()
            let expected = "version \(Migrations.latestVersion)"
            #expect(results.items == [expected, expected])
        }
    }
}
