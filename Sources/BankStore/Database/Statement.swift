import CSQLite

/// One prepared SQLite statement: binds parameters, steps, and reads rows.
/// Owned by a Database (usually through its StatementCache); never shared.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    /// True while a call is using it; a nested call with the same SQL then gets a fresh statement.
    var isBusy = false
    /// True when the cache owns it; otherwise it is finalized after one use.
    var isCached = false
    private(set) var isFinalized = false
    private var names: [String] = []

    init(handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.sql = sql
    }

    /// Binds `params` to ?1…?n; the count must match the statement exactly.
    func bind(_ params: [SQLValue]) -> Int32 {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == params.count else { return SQLITE_RANGE }
        for (offset, value) in params.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null:
                rc = sqlite3_bind_null(handle, index)
            case .integer(let number):
                rc = sqlite3_bind_int64(handle, index, number)
            case .real(let number):
                rc = sqlite3_bind_double(handle, index, number)
            case .text(let text):
                let length = text.utf8.count
                guard length <= Int(Int32.max) else { return SQLITE_TOOBIG }
                rc = text.withCString { teller_sqlite3_bind_text_transient(handle, index, $0, Int32(length)) }
            case .blob(let bytes):
                guard bytes.count <= Int(Int32.max) else { return SQLITE_TOOBIG }
                if bytes.isEmpty {
                    // An empty array may have no base address, and a NULL pointer would bind SQL NULL.
                    rc = sqlite3_bind_zeroblob(handle, index, 0)
                } else {
                    rc = bytes.withUnsafeBytes {
                        teller_sqlite3_bind_blob_transient(handle, index, $0.baseAddress, Int32(bytes.count))
                    }
                }
            }
            guard rc == SQLITE_OK else { return rc }
        }
        return SQLITE_OK
    }

    func step() -> Int32 { sqlite3_step(handle) }

    /// Column names of the current result, read once per statement.
    var columnNames: [String] {
        let count = Int(sqlite3_column_count(handle))
        if names.count != count {
            names = (0..<count).map { String(cString: sqlite3_column_name(handle, Int32($0))) }
        }
        return names
    }

    /// The row the statement is positioned on (after step returned SQLITE_ROW).
    func currentRow() -> Row {
        let columns = columnNames
        var values = [SQLValue]()
        values.reserveCapacity(columns.count)
        for index in 0..<Int32(columns.count) {
            values.append(value(at: index))
        }
        return Row(columns: columns, values: values)
    }

    private func value(at index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let pointer = sqlite3_column_blob(handle, index)
            let count = Int(sqlite3_column_bytes(handle, index))
            guard let pointer, count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default:
            return .null
        }
    }

    /// Ends the current execution so no read or write lock is held, and drops bindings.
    func reset() {
        guard !isFinalized else { return }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func finalize() {
        guard !isFinalized else { return }
        isFinalized = true
        sqlite3_finalize(handle)
    }
}
