import CSQLite

/// One connection to the branch's SQLite file. Not Sendable: each process or
/// thread opens its own, and SQLite's locking (WAL, BEGIN IMMEDIATE, busy
/// timeout) keeps several terminals on the same file safe.
///
/// Every statement is parameter-bound and prepared once per SQL text, then
/// reused from a cache. Open it with `Database.open(path:)`.
public final class Database {
    /// The file this connection uses (":memory:" for an in-memory database).
    public let path: String
    private var handle: OpaquePointer?
    private let cache = StatementCache()
    /// How many SAVEPOINTs are open inside the current transaction.
    var savepointDepth = 0
    /// This connection's busy timeout between write attempts (see `setBusyTimeout`).
    var busyTimeout = Database.busyTimeoutMilliseconds
    /// How many statements this connection has run (reads and writes; `changeMarker` is not counted):
    /// tests prove with it that drawing a screen reads nothing.
    public private(set) var statementsRun = 0

    init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit { close() }

    /// Closes the connection (idempotent). Later calls throw a misuse error.
    public func close() {
        guard let handle else { return }
        cache.finalizeAll()
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    public var isOpen: Bool { handle != nil }

    /// Runs one statement, discarding any rows it returns.
    public func execute(_ sql: String, _ params: [SQLValue] = []) throws {
        try withStatement(sql, params) { statement in
            while try step(statement) {}
        }
    }

    /// Runs one statement and returns all its rows.
    public func query(_ sql: String, _ params: [SQLValue] = []) throws -> [Row] {
        try withStatement(sql, params) { statement in
            var rows = [Row]()
            while try step(statement) { rows.append(statement.currentRow()) }
            return rows
        }
    }

    /// The first row, or nil when there is none.
    public func queryOne(_ sql: String, _ params: [SQLValue] = []) throws -> Row? {
        try withStatement(sql, params) { statement in
            try step(statement) ? statement.currentRow() : nil
        }
    }

    /// The first column of the first row as an integer; nil for no row, NULL or a non-integer.
    public func scalarInt(_ sql: String, _ params: [SQLValue] = []) throws -> Int64? {
        guard let row = try queryOne(sql, params), let first = row.values.first,
              case .integer(let value) = first else { return nil }
        return value
    }

    /// Calls `body` for each row without holding them all in memory, so
    /// verifiers can walk millions of rows. The rows come from one consistent
    /// snapshot of the database.
    public func forEachRow(_ sql: String, _ params: [SQLValue] = [], _ body: (Row) throws -> Void) throws {
        try withStatement(sql, params) { statement in
            while try step(statement) { try body(statement.currentRow()) }
        }
    }

    /// Steps `sql` and calls `body` with the statement positioned on each row
    /// (for readers that take the columns themselves, see `forEachCursor`).
    func forEachStatementRow(_ sql: String, _ params: [SQLValue], _ body: (Statement) throws -> Void) throws {
        try withStatement(sql, params) { statement in
            while try step(statement) { try body(statement) }
        }
    }

    /// Runs several `;`-separated statements without parameters (migrations,
    /// savepoint control). Not cached.
    public func executeScript(_ sql: String) throws {
        let connection = try openHandle()
        statementsRun += 1
        try sql.withCString { start in
            var remaining: UnsafePointer<CChar>? = start
            while let current = remaining, current.pointee != 0 {
                var prepared: OpaquePointer?
                var next: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(connection, current, -1, &prepared, &next)
                guard rc == SQLITE_OK else { throw error(rc) }
                remaining = next
                guard let prepared else { continue } // only whitespace or a comment
                defer { sqlite3_finalize(prepared) }
                var stepped = sqlite3_step(prepared)
                while stepped == SQLITE_ROW { stepped = sqlite3_step(prepared) }
                guard stepped == SQLITE_DONE else { throw error(stepped) }
            }
        }
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }

    /// The SQLite library this program runs on (benchmark reports name it).
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// True while a transaction (ours or one begun with raw SQL) is open.
    public var isInTransaction: Bool { handle.map { sqlite3_get_autocommit($0) == 0 } ?? false }

    /// Changes how long this connection waits for another terminal's lock
    /// before throwing `.busy` (default `busyTimeoutMilliseconds`).
    public func setBusyTimeout(milliseconds: Int32) throws {
        let rc = sqlite3_busy_timeout(try openHandle(), milliseconds)
        guard rc == SQLITE_OK else { throw error(rc) }
        busyTimeout = milliseconds
    }

    // MARK: - Internals

    /// How many prepared statements the cache holds (tests and benchmarks).
    var cachedStatementCount: Int { cache.count }

    func openHandle() throws -> OpaquePointer {
        guard let handle else { throw SQLiteError.misuse("the database \(path) is closed") }
        return handle
    }

    func error(_ code: Int32) -> StoreError {
        SQLiteError.from(code, connection: handle, path: path)
    }

    /// Checks out the cached statement for `sql`, binds `params`, runs
    /// `body`, then resets it so no lock outlives the call.
    func withStatement<R>(_ sql: String, _ params: [SQLValue], counted: Bool = true,
                          _ body: (Statement) throws -> R) throws -> R {
        let connection = try openHandle()
        if counted { statementsRun += 1 }
        let statement = try cache.checkOut(sql) { try prepare(sql, on: connection) }
        defer { cache.checkIn(statement) }
        let rc = statement.bind(params)
        guard rc == SQLITE_OK else {
            if rc == SQLITE_RANGE {
                throw SQLiteError.misuse("expected \(sqlite3_bind_parameter_count(statement.handle)) parameters, "
                                         + "got \(params.count): \(sql)")
            }
            throw error(rc)
        }
        return try body(statement)
    }

    /// True when positioned on a row, false when done; throws on failure.
    func step(_ statement: Statement) throws -> Bool {
        switch statement.step() {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw error(rc)
        }
    }

    private func prepare(_ sql: String, on connection: OpaquePointer) throws -> Statement {
        var prepared: OpaquePointer?
        var trailing = ""
        let rc = sql.withCString { start -> Int32 in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(connection, start, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, &tail)
            if let tail { trailing = String(cString: tail) }
            return rc
        }
        guard rc == SQLITE_OK else { throw error(rc) }
        guard let prepared else { throw SQLiteError.misuse("no SQL statement in: \(sql)") }
        let rest = trailing.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != ";" }
        guard rest.isEmpty else {
            sqlite3_finalize(prepared)
            throw SQLiteError.misuse("more than one statement (use executeScript): \(sql)")
        }
        return Statement(handle: prepared, sql: sql)
    }
}
