import CSQLite
import Foundation

/// Turns SQLite result codes into StoreError, so callers never see raw codes
/// for the cases they can act on (busy, constraint, append-only, damaged file).
enum SQLiteError {
    /// Text a trigger raises to protect an append-only table:
    /// `RAISE(ABORT, '<table> is append-only')`.
    static let appendOnlySuffix = " is append-only"
    /// SQLITE_IOERR_WRITE (SQLITE_IOERR | 3 << 8); the C macro is not visible to Swift.
    static let ioErrorWrite: Int32 = 778

    static func map(code: Int32, message: String, path: String) -> StoreError {
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .busy
        case SQLITE_CONSTRAINT:
            if message.hasSuffix(appendOnlySuffix) {
                let table = String(message.dropLast(appendOnlySuffix.count))
                if !table.isEmpty, !table.contains(" ") { return .appendOnly(table: table) }
            }
            return .constraint(message)
        case SQLITE_NOTADB:
            return .notADatabase(path: path)
        case SQLITE_CORRUPT:
            return .corrupt(path: path, detail: message)
        case SQLITE_CANTOPEN, SQLITE_PERM:
            return .cannotOpen(path: path, detail: message)
        case SQLITE_FULL:
            return .diskFull(detail: message)
        case SQLITE_IOERR where code == ioErrorWrite:
            // The OS refused a write: SQLite says FULL for ENOSPC but IOERR_WRITE for EFBIG (`ulimit -f`) and quotas.
            return .diskFull(detail: message)
        default:
            return .sqlite(code: code, message: message)
        }
    }

    /// The error for `code` with the connection's current message and, for
    /// I/O and open failures, the operating system's reason.
    static func from(_ code: Int32, connection: OpaquePointer?, path: String) -> StoreError {
        var message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let primary = code & 0xFF
        if let connection, primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_PERM {
            let osError = sqlite3_system_errno(connection)
            if osError != 0, let reason = strerror(osError) { message += " (\(String(cString: reason)))" }
            // A write refused for want of room (disk, `ulimit -f`, quota) says so, whatever SQLite's code.
            if primary == SQLITE_IOERR, [EFBIG, ENOSPC, EDQUOT].contains(osError) { return .diskFull(detail: message) }
        }
        return map(code: code, message: message, path: path)
    }

    /// A misuse of this API (closed connection, wrong parameter count…).
    static func misuse(_ message: String) -> StoreError {
        .sqlite(code: SQLITE_MISUSE, message: message)
    }
}
