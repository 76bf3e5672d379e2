import CSQLite

/// The current row of a statement being stepped, read by column position
/// without building a `Row`: a scan of hundreds of thousands of rows (the
/// KPI report over a year of tickets) then costs no allocation per row.
/// Valid only inside the `forEachCursor` body that handed it out.
struct RowCursor {
    let handle: OpaquePointer

    /// The INTEGER at `column` (0-based); nil for NULL or any other type.
    func int(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_INTEGER ? sqlite3_column_int64(handle, column) : nil
    }

    /// The TEXT at `column` (0-based); nil for NULL or any other type.
    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) == SQLITE_TEXT, let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The TEXT at `column` as one of `known` when its bytes equal one (no String is made), else as
    /// a new String; nil for NULL or any other type. For columns with a handful of distinct values.
    func text(_ column: Int32, among known: [String]) -> String? {
        guard sqlite3_column_type(handle, column) == SQLITE_TEXT, let text = sqlite3_column_text(handle, column) else { return nil }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
        for candidate in known where candidate.utf8.elementsEqual(bytes) { return candidate }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Database {
    /// Like `forEachRow`, but hands `body` a positional cursor instead of a
    /// `Row`, for scans too long to allocate a row each.
    func forEachCursor(_ sql: String, _ params: [SQLValue] = [], _ body: (RowCursor) throws -> Void) throws {
        try forEachStatementRow(sql, params) { statement in try body(RowCursor(handle: statement.handle)) }
    }
}
