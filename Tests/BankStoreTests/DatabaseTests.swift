@testable import BankStore
import Foundation
import Testing
import TestSupport

/// The connection layer: values round-trip exactly, statements are cached,
/// misuse is reported rather than ignored.
@Suite struct DatabaseTests {
    @Test func valuesRoundTripExactly() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n ANY) STRICT")
        let values: [SQLValue] = [.integer(.min), .real(-0.5), .text("中文 | \\ \u{0}nul"), .blob([0, 1, 255]), .null]
        try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", values)
        let row = try #require(try db.queryOne("SELECT * FROM t"))
        #expect(row.values == values)
        #expect(row.columns == ["i", "r", "s", "b", "n"])
        #expect(row.int("i") == .min)
        #expect(row.double("r") == -0.5)
        #expect(row.string("s") == "中文 | \\ \u{0}nul")
        #expect(row.blob("b") == [0, 1, 255])
        #expect(row["n"] == .null)
        #expect(row["missing"] == .null)
    }

    @Test func emptyTextAndBlobAreNotNull() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.execute("CREATE TABLE t (s TEXT NOT NULL, b BLOB NOT NULL) STRICT")
        try db.execute("INSERT INTO t VALUES (?, ?)", [.text(""), .blob([])])
        let row = try #require(try db.queryOne("SELECT s, b FROM t"))
        #expect(row["s"] == .text(""))
        #expect(row["b"] == .blob([]))
    }

    @Test func literalsAndConvenienceInitialisers() {
        let fromLiterals: [SQLValue] = [42, "text", nil]
        #expect(fromLiterals == [.integer(42), .text("text"), .null])
        #expect(SQLValue(7) == .integer(7))
        #expect(SQLValue(Int64(8)) == .integer(8))
        #expect(SQLValue(Optional<String>.none) == .null)
        #expect(SQLValue("x" as String?) == .text("x"))
        #expect(SQLValue(true) == .integer(1))
        #expect(SQLValue(false) == .integer(0))
    }

    @Test func rowHelpersReadBooleans() {
        let row = Row(columns: ["yes", "no", "other"], values: [1, 0, 2])
        #expect(row.bool("yes") == true)
        #expect(row.bool("no") == false)
        #expect(row.bool("other") == nil)
        #expect(row.string("yes") == nil)
    }

    @Test func statementsArePreparedOncePerSQLText() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.execute("CREATE TABLE t (n INTEGER) STRICT")
        let before = db.cachedStatementCount
        for n in 0..<50 { try db.execute("INSERT INTO t VALUES (?)", [SQLValue(n)]) }
        #expect(db.cachedStatementCount == before + 1)
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 50)
    }

    @Test func aNestedQueryWithTheSameSQLGetsItsOwnStatement() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.executeScript("CREATE TABLE t (n INTEGER) STRICT; INSERT INTO t VALUES (1), (2), (3);")
        var pairs = [String]()
        try db.forEachRow("SELECT n FROM t ORDER BY n") { outer in
            for inner in try db.query("SELECT n FROM t ORDER BY n") {
                pairs.append("\(outer.int("n")!)\(inner.int("n")!)")
            }
        }
        #expect(pairs == ["11", "12", "13", "21", "22", "23", "31", "32", "33"])
    }

    @Test func wrongParameterCountIsAnError() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.execute("CREATE TABLE t (a INTEGER, b INTEGER) STRICT")
        #expect(throws: StoreError.self) { try db.execute("INSERT INTO t VALUES (?, ?)", [1]) }
        #expect(throws: StoreError.self) { try db.execute("INSERT INTO t VALUES (?, ?)", [1, 2, 3]) }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
    }

    @Test func twoStatementsInExecuteAreRefused() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.execute("CREATE TABLE t (a INTEGER) STRICT")
        #expect(throws: StoreError.self) { try db.execute("INSERT INTO t VALUES (1); DROP TABLE t") }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
        try db.execute("INSERT INTO t VALUES (1);  ") // a trailing semicolon is fine
    }

    @Test func bindingIsNotInjection() throws {
        let db = try Database.openInMemory()
        let settings = SettingsRepository(db: db)
        let hostile = "x'); DROP TABLE settings; --"
        try settings.set(hostile, hostile)
        #expect(try settings.string(hostile) == hostile)
        #expect(try db.scalarInt("SELECT count(*) FROM settings") == 1)
    }

    @Test func lastInsertRowIDAndChanges() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER) STRICT;")
        try db.execute("INSERT INTO t (n) VALUES (5)")
        #expect(db.lastInsertRowID == 1)
        try db.execute("INSERT INTO t (n) VALUES (5)")
        try db.execute("UPDATE t SET n = 6 WHERE n = 5")
        #expect(db.changes == 2)
    }

    @Test func aClosedDatabaseReportsMisuse() throws {
        let db = try Database.openInMemory()
        db.close()
        db.close()
        #expect(!db.isOpen)
        #expect(throws: StoreError.self) { try db.execute("SELECT 1") }
    }

    @Test func closingInsideARowLoopIsSafe() throws {
        let db = try Database.openInMemory(migrations: [])
        try db.executeScript("CREATE TABLE t (n INTEGER) STRICT; INSERT INTO t VALUES (1), (2), (3);")
        var seen = [Int64]()
        try db.forEachRow("SELECT n FROM t ORDER BY n") { row in
            seen.append(row.int("n") ?? 0)
            db.close()
        }
        #expect(seen == [1, 2, 3])
        #expect(!db.isOpen)
    }

    @Test func uniqueViolationIsAConstraintError() throws {
        let db = try Database.openInMemory()
        try db.execute("INSERT INTO settings VALUES ('a', '1')")
        do {
            try db.execute("INSERT INTO settings VALUES ('a', '2')")
            Issue.record("duplicate key accepted")
        } catch StoreError.constraint(let message) {
            #expect(message.contains("UNIQUE"))
        }
    }

    @Test func aLockHeldTooLongIsBusy() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("busy.sqlite").path
            let holder = try Database.open(path: path)
            let waiter = try Database.open(path: path)
            try waiter.setBusyTimeout(milliseconds: 50)
            try holder.execute("BEGIN IMMEDIATE")
            #expect(throws: StoreError.busy) { try waiter.execute("INSERT INTO settings VALUES ('k', 'v')") }
            #expect(throws: StoreError.busy) { try waiter.transaction {} }
            try holder.execute("ROLLBACK")
            try waiter.execute("INSERT INTO settings VALUES ('k', 'v')")
        }
    }
}
