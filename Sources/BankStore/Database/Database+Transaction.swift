import CSQLite

extension Database {
    /// Runs `body` in a write transaction: `BEGIN IMMEDIATE` (so the write
    /// lock is taken up front and two terminals never deadlock upgrading a
    /// read), `COMMIT` on return, `ROLLBACK` on any thrown error.
    ///
    /// Nested calls, or calls while a transaction begun with raw SQL is open,
    /// run inside it as a SAVEPOINT: an error rolls back only the nested
    /// part, and nothing is durable until the outermost transaction commits.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }
        try execute("BEGIN IMMEDIATE")
        return try committing(body)
    }

    /// `transaction`, retried under `policy` while another connection holds the write lock: each attempt
    /// waits at most the policy's lock wait for `BEGIN IMMEDIATE`, and `onWait` hears of every attempt that
    /// failed busy (it was rolled back, so nothing is done twice), before the pause that follows it.
    /// Inside an open transaction it is a SAVEPOINT, as `transaction` is: the outermost call does the waiting.
    @discardableResult
    public func transaction<T>(retrying policy: BusyRetryPolicy, onWait: ((BusyWait) -> Void)? = nil,
                               _ body: () throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }
        return try policy.run(onWait: onWait) { _ in
            try beginImmediate(waitingAtMost: policy.lockWaitMilliseconds)
            return try committing(body)
        }
    }

    /// `BEGIN IMMEDIATE` with the busy timeout set to `milliseconds` for that statement only: the body's own
    /// statements keep the connection's timeout.
    private func beginImmediate(waitingAtMost milliseconds: Int32) throws {
        let connection = try openHandle()
        sqlite3_busy_timeout(connection, milliseconds)
        defer { sqlite3_busy_timeout(connection, busyTimeout) }
        try execute("BEGIN IMMEDIATE")
    }

    /// Runs `body` in the transaction just begun: `COMMIT` on return, `ROLLBACK` on any thrown error.
    private func committing<T>(_ body: () throws -> T) throws -> T {
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // Some failures (disk full, I/O) have already rolled back.
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs read-only `body` in one deferred read transaction, so every query
    /// sees the same moment even while other terminals write (WAL snapshot).
    public func readSnapshot<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        try execute("BEGIN DEFERRED")
        defer { if isInTransaction { try? execute("COMMIT") } }
        return try body()
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "teller_savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
            }
            throw error
        }
    }
}
