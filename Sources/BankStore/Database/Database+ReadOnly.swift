import CSQLite
import Foundation

extension Database {
    /// Opens an existing branch file for reading only, as an auditor's copy
    /// may be (mode 0444, in a read-only folder, without -wal/-shm beside it):
    /// nothing is ever written, no -wal/-shm is created, the schema is not
    /// migrated. With neither -wal nor -shm beside it (no terminal has it open:
    /// the last connection removes both) the file is opened `immutable` (SQLite
    /// then reads it as it is, without locks or a WAL index); otherwise (a live
    /// branch) it is read through the WAL as usual, read-only, with locks.
    /// A file that needs a migration is refused with `.needsMigration`.
    public static func openReadOnly(path: String, migrations: [Migration] = Migrations.all) throws -> Database {
        guard !path.isEmpty, FileManager.default.fileExists(atPath: path) else {
            throw StoreError.cannotOpen(path: path, detail: "the file does not exist")
        }
        try refuseForeignFile(at: path)
        let live = FileManager.default.fileExists(atPath: path + "-wal") || FileManager.default.fileExists(atPath: path + "-shm")
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let uri = "file:" + uriEscaped(absolute) + (live ? "?mode=ro" : "?mode=ro&immutable=1")
        var raw: OpaquePointer?
        let rc = sqlite3_open_v2(uri, &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let handle = raw else {
            let failure = SQLiteError.from(rc, connection: raw, path: path)
            sqlite3_close_v2(raw)
            throw StoreError.cannotOpen(path: path, detail: failure.description)
        }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        let database = Database(handle: handle, path: path)
        do {
            let supported = migrations.map(\.version).max() ?? 0
            try database.checkSchemaVersion(supported: supported)
            let found = Int(try database.scalarInt("PRAGMA user_version") ?? 0)
            if found < supported { throw StoreError.needsMigration(path: path, found: found, supported: supported) }
            try database.execute("PRAGMA foreign_keys=ON")
        } catch {
            database.close()
            throw error
        }
        return database
    }

    /// A path as the path part of a `file:` URI: `%`, `?` and `#` (and anything not printable ASCII) escaped.
    private static func uriEscaped(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if byte > 0x20, byte < 0x7F, !"%?#".utf8.contains(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) }
            else { out += String(format: "%%%02X", byte) }
        }
        return out
    }
}
