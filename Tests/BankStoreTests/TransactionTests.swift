import BankStore
import Foundation
import Testing
import TestSupport

/// Transactions are all or nothing; nested ones are savepoints.
@Suite struct TransactionTests {
    struct Refused: Error {}

    @Test func aThrowRollsEverythingBack() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tx.sqlite").path
            let db = try Database.open(path: path)
            #expect(throws: Refused.self) {
                try db.transaction {
                    try db.execute("INSERT INTO settings VALUES ('a', '1')")
                    try db.execute("INSERT INTO settings VALUES ('b', '2')")
                    #expect(db.isInTransaction)
                    throw Refused()
                }
            }
            #expect(!db.isInTransaction)
            #expect(try db.scalarInt("SELECT count(*) FROM settings") == 0)
            db.close()
            #expect(try sqliteCLI(path, "SELECT count(*) FROM settings;") == "0")
        }
    }

    @Test func aReturnCommits() throws {
        let db = try Database.openInMemory()
        let value = try db.transaction {
            try db.execute("INSERT INTO settings VALUES ('a', '1')")
            return 42
        }
        #expect(value == 42)
        #expect(!db.isInTransaction)
        #expect(try db.scalarInt("SELECT count(*) FROM settings") == 1)
    }

    @Test func aFailedNestedTransactionUndoesOnlyItself() throws {
        let db = try Database.openInMemory()
        try db.transaction {
            try db.execute("INSERT INTO settings VALUES ('outer', '1')")
            do {
                try db.transaction {
                    try db.execute("INSERT INTO settings VALUES ('inner', '2')")
                    throw Refused()
                }
            } catch is Refused {}
            #expect(db.isInTransaction)
            try db.transaction { try db.execute("INSERT INTO settings VALUES ('second', '3')") }
        }
        let keys = try db.query("SELECT key FROM settings ORDER BY key").compactMap { $0.string("key") }
        #expect(keys == ["outer", "second"])
    }

    @Test func aNestedSuccessIsUndoneWhenTheOuterFails() throws {
        let db = try Database.openInMemory()
        #expect(throws: Refused.self) {
            try db.transaction {
                try db.transaction { try db.execute("INSERT INTO settings VALUES ('inner', '1')") }
                throw Refused()
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM settings") == 0)
    }

    @Test func aConstraintFailureRollsBackEarlierWrites() throws {
        let db = try Database.openInMemory()
        #expect(throws: StoreError.self) {
            try db.transaction {
                try db.execute("INSERT INTO settings VALUES ('a', '1')")
                try db.execute("INSERT INTO settings VALUES ('a', '2')")
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM settings") == 0)
    }

    @Test func joinsATransactionBegunWithRawSQL() throws {
        let db = try Database.openInMemory()
        try db.execute("BEGIN IMMEDIATE")
        try db.transaction { try db.execute("INSERT INTO settings VALUES ('a', '1')") }
        #expect(db.isInTransaction)
        try db.execute("ROLLBACK")
        #expect(try db.scalarInt("SELECT count(*) FROM settings") == 0)
    }
}
