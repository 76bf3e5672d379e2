@testable import BankStore
import Foundation
import Testing
import TestSupport

/// Files the program must refuse, and must leave exactly as they were.
@Suite struct OpenRefusalTests {
    @Test func refusesANewerSchemaWithoutTouchingTheFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("future.sqlite").path
            try sqliteCLI(path, "CREATE TABLE future_things (id INTEGER); PRAGMA user_version = 99;")
            let before = try fingerprint(path)
            let filesBefore = try listing(folder)
            #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Migrations.latestVersion)) {
                try Database.open(path: path)
            }
            #expect(try fingerprint(path) == before)
            #expect(try listing(folder) == filesBefore)
        }
    }

    @Test func refusesANewerSchemaInWALModeWithoutTouchingTheFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("future-wal.sqlite").path
            try Database.open(path: path).close()
            try sqliteCLI(path, "PRAGMA user_version = 99;")
            let before = try fingerprint(path)
            #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Migrations.latestVersion)) {
                try Database.open(path: path)
            }
            #expect(try fingerprint(path) == before)
            #expect(try sqliteCLI(path, "PRAGMA user_version;") == "99")
        }
    }

    @Test func refusesRandomBytesWithoutTouchingTheFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("random.bin").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(garbage(count: 8192, seed: 7))))
            let before = try fingerprint(path)
            #expect(throws: StoreError.notADatabase(path: path)) { try Database.open(path: path) }
            #expect(try fingerprint(path) == before)
            #expect(try listing(folder) == ["random.bin"])
        }
    }

    @Test(arguments: ["Dear branch manager,\nplease find the cash report attached.\n", "hi\n"])
    func refusesATextFileWithoutTouchingIt(_ text: String) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("notes.txt").path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let before = try fingerprint(path)
            #expect(throws: StoreError.notADatabase(path: path)) { try Database.open(path: path) }
            #expect(try fingerprint(path) == before)
            #expect(try listing(folder) == ["notes.txt"])
        }
    }

    /// A real database whose pages after the header are overwritten: first
    /// keeping only the 16-byte magic, then keeping the whole 100-byte header.
    @Test(arguments: [16, 100])
    func refusesADamagedDatabaseWithoutTouchingIt(keepingBytes kept: Int) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("damaged.sqlite").path
            let db = try Database.open(path: path)
            try SettingsRepository(db: db).set("branch.name", "Main Street")
            db.close()
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(bytes.count >= 4096)
            bytes.replaceSubrange(kept..., with: garbage(count: bytes.count - kept, seed: UInt64(kept)))
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let before = try fingerprint(path)
            do {
                _ = try Database.open(path: path)
                Issue.record("a damaged file was opened")
            } catch StoreError.notADatabase(let reported) {
                #expect(reported == path)
            } catch StoreError.corrupt(let reported, _) {
                #expect(reported == path)
            }
            #expect(try fingerprint(path) == before)
        }
    }

    @Test func refusesAnotherProgramsSQLiteFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("other.sqlite").path
            try sqliteCLI(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);")
            let before = try fingerprint(path)
            #expect(throws: StoreError.notADatabase(path: path)) { try Database.open(path: path) }
            #expect(try fingerprint(path) == before)
            #expect(try sqliteCLI(path, "SELECT count(*) FROM sqlite_master;") == "1")
        }
    }

    @Test func aDirectoryCannotBeOpened() throws {
        try withTemporaryFolder { folder in
            do {
                _ = try Database.open(path: folder.path)
                Issue.record("a directory was opened")
            } catch StoreError.cannotOpen(let path, let detail) {
                #expect(path == folder.path)
                #expect(detail == "it is a directory")
            }
        }
    }

    @Test func aDeviceCannotBeOpened() {
        #expect(throws: StoreError.cannotOpen(path: "/dev/null", detail: "it is not a regular file")) {
            try Database.open(path: "/dev/null")
        }
    }

    @Test func aParentThatIsAFileCannotBeUsed() throws {
        try withTemporaryFolder { folder in
            let blocker = folder.appendingPathComponent("blocker")
            #expect(FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8)))
            let path = blocker.appendingPathComponent("branch.sqlite").path
            do {
                _ = try Database.open(path: path)
                Issue.record("opened a file under a regular file")
            } catch StoreError.cannotOpen(let reported, let detail) {
                #expect(reported == path)
                #expect(detail.contains("is not a folder"))
            }
        }
    }

    @Test func anEmptyPathCannotBeOpened() {
        #expect(throws: StoreError.cannotOpen(path: "", detail: "no file name given")) {
            try Database.open(path: "")
        }
    }
}
