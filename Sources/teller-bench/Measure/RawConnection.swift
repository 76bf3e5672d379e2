import BankStore
import CSQLite
import Foundation

/// The few C-API calls the raw baseline needs, with no caching or decoding layer.
struct RawConnection {
    let db: OpaquePointer
    struct Account { var id: Int64; var customerID: Int64; var phone: String; var number: String }

    @discardableResult
    func exec(_ sql: String) -> Bool { sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK }

    /// SQLite's message for the last failure.
    var lastError: String { String(cString: sqlite3_errmsg(db)) }

    /// Whether the last failure was a CHECK constraint (a balance that would go below its limit).
    var lastErrorIsCheck: Bool { sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT | (1 << 8) }

    /// Stops the baseline loudly when a step fails: a silently broken baseline would show as a flattering ratio.
    func must(_ ok: Bool, _ what: String) {
        if !ok { BenchOptions.failRun("teller-bench raw-loop: \(what) failed: \(lastError)") }
    }

    /// BEGIN IMMEDIATE, waiting out other writers under the store's raw-baseline policy (busy timeout, then retry).
    func begin() -> Bool {
        (try? BusyRetryPolicy.rawBaseline.run { _ in
            guard exec("BEGIN IMMEDIATE") else { throw StoreError.busy }
            return true
        }) ?? false
    }

    func prepare(_ sql: String) -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK, let statement else {
            BenchOptions.failRun("teller-bench raw-loop: cannot prepare: \(String(cString: sqlite3_errmsg(db)))")
        }
        return statement
    }

    private func bind(_ statement: OpaquePointer, _ values: [SQLValue]) {
        sqlite3_reset(statement)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(statement, position, number)
            case .text(let text): sqlite3_bind_text(statement, position, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            default: sqlite3_bind_null(statement, position)
            }
        }
    }

    /// Runs a statement that returns nothing; false when SQLite refused it.
    func run(_ statement: OpaquePointer, _ values: [SQLValue]) -> Bool {
        bind(statement, values)
        defer { sqlite3_reset(statement) }
        return sqlite3_step(statement) == SQLITE_DONE
    }

    /// Runs a statement yielding one integer (UPDATE … RETURNING, a max); nil when refused (a CHECK on the balance).
    func returning(_ statement: OpaquePointer, _ values: [SQLValue]) -> Int64? {
        bind(statement, values)
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
        let value = sqlite3_column_int64(statement, 0)
        return sqlite3_step(statement) == SQLITE_DONE ? value : nil
    }

    func lastAudit(_ statement: OpaquePointer) -> (Int64, String) {
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW, let hash = sqlite3_column_text(statement, 1) else { return (0, AuditLine.genesisHash) }
        return (sqlite3_column_int64(statement, 0), String(cString: hash))
    }

    /// One integer, or nil when the statement cannot run (no such table) or returns no row.
    func quietInt(_ sql: String) -> Int64? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else { return nil }
        defer { sqlite3_finalize(statement) }
        return sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : nil
    }

    func text(_ sql: String) -> String? {
        let statement = prepare(sql)
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW, let text = sqlite3_column_text(statement, 0) else { return nil }
        return String(cString: text)
    }

    func rows(_ sql: String) -> [Account] {
        let statement = prepare(sql)
        defer { sqlite3_finalize(statement) }
        var found: [Account] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            found.append(Account(id: sqlite3_column_int64(statement, 0), customerID: sqlite3_column_int64(statement, 1),
                                 phone: sqlite3_column_text(statement, 2).map { String(cString: $0) } ?? "",
                                 number: sqlite3_column_text(statement, 3).map { String(cString: $0) } ?? ""))
        }
        return found
    }
}
