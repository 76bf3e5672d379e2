import CSQLite
import Foundation

extension Database {
    /// The first 16 bytes of every SQLite 3 database file.
    static let sqliteHeader: [UInt8] = Array("SQLite format 3\0".utf8)
    /// How long a statement waits for another terminal's lock before `.busy`.
    public static let busyTimeoutMilliseconds: Int32 = 5000

    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date. A file that is refused is never modified. In order:
    ///
    /// 1. a directory or non-regular file → `.cannotOpen`; an existing
    ///    non-empty file whose first 16 bytes are not "SQLite format 3\0"
    ///    → `.notADatabase` (checked before SQLite touches it);
    /// 2. missing parent folders are created; `sqlite3_open_v2` read-write;
    ///    a file the OS only lets us read → `.cannotOpen`;
    /// 3. `PRAGMA user_version` and the schema are read: `.notADatabase` /
    ///    `.corrupt` if SQLite cannot read them;
    /// 4. a version newer than the highest known migration → `.newerSchema`;
    ///    version 0 with tables already present (another program's SQLite
    ///    file) → `.notADatabase`;
    /// 5. only then: WAL, synchronous=FULL, foreign keys;
    /// 6. pending migrations, each in its own BEGIN IMMEDIATE transaction.
    ///
    /// The busy timeout is set right after opening (it writes nothing) so the
    /// checks wait for a terminal that is migrating the same file at that moment.
    public static func open(path: String, migrations: [Migration] = Migrations.all) throws -> Database {
        guard !path.isEmpty else { throw StoreError.cannotOpen(path: path, detail: "no file name given") }
        try refuseForeignFile(at: path)
        try createParentFolder(of: path)
        // Switching a brand-new file to WAL and migrating it can find another
        // terminal doing the same at that instant; SQLite's busy wait does not
        // cover every step of that, so the whole open is tried again briefly.
        return try BusyRetryPolicy.open.run { _ in try connect(path: path, migrations: migrations, inMemory: false) }
    }

    /// A private in-memory database with the schema applied, for quick tests.
    public static func openInMemory(migrations: [Migration] = Migrations.all) throws -> Database {
        try connect(path: ":memory:", migrations: migrations, inMemory: true)
    }

    // MARK: - Steps

    private static func connect(path: String, migrations: [Migration], inMemory: Bool) throws -> Database {
        var raw: OpaquePointer?
        let rc = sqlite3_open_v2(path, &raw, openFlags, nil)
        guard rc == SQLITE_OK, let handle = raw else {
            let failure = SQLiteError.from(rc, connection: raw, path: path)
            sqlite3_close_v2(raw)
            if case .cannotOpen = failure { throw failure }
            throw StoreError.cannotOpen(path: path, detail: failure.description)
        }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        let database = Database(handle: handle, path: path)
        do {
            if sqlite3_db_readonly(handle, "main") == 1 {
                throw StoreError.cannotOpen(path: path, detail: "the file is read-only for this user")
            }
            let supported = migrations.map(\.version).max() ?? 0
            try database.checkSchemaVersion(supported: supported)
            try database.configure(inMemory: inMemory)
            try database.migrate(migrations, supported: supported)
        } catch {
            database.close()
            throw error
        }
        return database
    }

    /// Step 1: refuses, without opening it through SQLite, anything that is not
    /// a regular file or does not start with the SQLite header.
    static func refuseForeignFile(at path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw StoreError.cannotOpen(path: path, detail: "it is a directory") }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw StoreError.cannotOpen(path: path, detail: "it is not a regular file")
        }
        guard let size = (attributes?[.size] as? NSNumber)?.intValue, size > 0 else { return }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, detail: "the file cannot be read (permission denied)")
        }
        defer { try? file.close() }
        let header: Data
        do {
            header = try file.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw StoreError.cannotOpen(path: path, detail: "the file cannot be read: \(error.localizedDescription)")
        }
        guard Array(header) == sqliteHeader else { throw StoreError.notADatabase(path: path) }
    }

    private static func createParentFolder(of path: String) throws {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError.cannotOpen(path: path, detail: "\(parent.path) is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotOpen(path: path,
                                        detail: "cannot create folder \(parent.path): \(error.localizedDescription)")
        }
    }

    /// Steps 3 and 4: read-only checks of the header and schema.
    func checkSchemaVersion(supported: Int) throws {
        // One statement, so both figures come from the same snapshot: read
        // separately, another terminal's first migration could commit in between
        // and make a new file look like some other program's database.
        let row = try queryOne("SELECT (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_master) AS objects")
        let found = Int(row?.int("version") ?? 0)
        let objects = row?.int("objects") ?? 0
        if found > supported {
            throw StoreError.newerSchema(path: path, found: found, supported: supported)
        }
        if found == 0 && objects > 0 {
            // A SQLite file of some other program: do not add our tables to it.
            throw StoreError.notADatabase(path: path)
        }
    }

    /// Every connection's settings after WAL, in order (the benchmark's raw-SQLite baseline uses the same):
    /// durable commits; 8 MiB of page cache (SQLite's default is 2 MiB), so the hot index pages of a
    /// branch file of a few hundred MB stay in memory and a posting reads fewer pages from the OS; and
    /// foreign keys enforced.
    public static let connectionPragmas = ["PRAGMA synchronous=FULL", "PRAGMA cache_size=-8192", "PRAGMA foreign_keys=ON"]
    /// How every connection is opened (NOMUTEX: each connection stays on one thread).
    public static let openFlags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX

    /// Step 5: connection settings; WAL is the only one that writes to the file.
    private func configure(inMemory: Bool) throws {
        if !inMemory {
            let mode = try queryOne("PRAGMA journal_mode=WAL")?.values.first
            guard mode == .text("wal") else {
                throw StoreError.cannotOpen(path: path, detail: "cannot switch to WAL journal mode")
            }
        }
        for pragma in Self.connectionPragmas { try execute(pragma) }
        guard try scalarInt("PRAGMA foreign_keys") == 1 else {
            throw SQLiteError.misuse("this SQLite build cannot enforce foreign keys")
        }
    }
}
