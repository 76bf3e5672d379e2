/// Prepared statements kept by SQL text, so hot paths (postings, audit
/// appends, lookups) are compiled once per connection rather than per call.
final class StatementCache {
    /// Enough for every SQL text the program uses; past it idle statements are dropped.
    private let capacity: Int
    private var statements: [String: Statement] = [:]

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The cached statement for `sql` if it is idle; otherwise a new one from
    /// `prepare` (cached when the slot is free). The result is marked busy.
    func checkOut(_ sql: String, prepare: () throws -> Statement) rethrows -> Statement {
        if let statement = statements[sql], !statement.isBusy {
            statement.isBusy = true
            return statement
        }
        let statement = try prepare()
        if statements[sql] == nil {
            if statements.count >= capacity { dropIdle() }
            statements[sql] = statement
            statement.isCached = true
        }
        statement.isBusy = true
        return statement
    }

    /// Returns a statement after use: reset (releasing locks) and, if it is
    /// not cached, finalized.
    func checkIn(_ statement: Statement) {
        statement.reset()
        statement.isBusy = false
        if !statement.isCached { statement.finalize() }
    }

    /// Finalizes every idle statement before the connection closes. One still
    /// in use (close called from inside a row loop) is finalized when it is
    /// checked in; `sqlite3_close_v2` waits for it.
    func finalizeAll() {
        for statement in statements.values {
            if statement.isBusy {
                statement.isCached = false
            } else {
                statement.finalize()
            }
        }
        statements.removeAll()
    }

    var count: Int { statements.count }

    private func dropIdle() {
        for (sql, statement) in statements where !statement.isBusy {
            statement.finalize()
            statements[sql] = nil
        }
    }
}
