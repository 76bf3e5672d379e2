import BankStore
import Foundation
import Testing
import TestSupport

/// The one busy-retry policy, on two real connections to one real file: while
/// one holds the write lock the other's write tries again per the policy,
/// telling its caller after each failed attempt, and then either gets through
/// once the lock is released or gives up with `.busy` after the policy's last
/// attempt. Nothing here depends on timing: SQLite's own wait is switched off
/// (lock wait 0) and there is no pause, so only the counts matter.
@Suite struct BusyRetryPolicyTests {
    /// Three attempts, each failing at once when the file is locked.
    let threeQuickAttempts = BusyRetryPolicy(lockWaitMilliseconds: 0, pause: 0...0, attempts: 3, totalWait: .infinity)

    /// Two connections to one new file, the first holding its write lock.
    func withLockedFile(_ body: (_ holder: Database, _ writer: Database) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("busy.sqlite").path
            let holder = try Database.open(path: path)
            let writer = try Database.open(path: path)
            try holder.execute("BEGIN IMMEDIATE")
            try body(holder, writer)
        }
    }

    @Test func aWriteWaitsForTheLockAndGetsThroughWhenItIsReleased() throws {
        try withLockedFile { holder, writer in
            var waits: [Int] = []
            var bodyRuns = 0
            try writer.transaction(retrying: threeQuickAttempts, onWait: { wait in
                waits.append(wait.attempt)
                if wait.attempt == 2 { try? holder.execute("COMMIT") }  // the other terminal finishes
            }) {
                bodyRuns += 1
                try writer.execute("INSERT INTO settings VALUES ('k', 'v')")
            }
            #expect(waits == [1, 2])
            #expect(bodyRuns == 1)
            #expect(try holder.scalarInt("SELECT count(*) FROM settings WHERE key = 'k'") == 1)
        }
    }

    @Test func aWriteGivesUpBusyAfterThePolicysLastAttempt() throws {
        try withLockedFile { holder, writer in
            var waits: [Int] = []
            var bodyRuns = 0
            #expect(throws: StoreError.busy) {
                try writer.transaction(retrying: threeQuickAttempts, onWait: { waits.append($0.attempt) }) { bodyRuns += 1 }
            }
            #expect(waits == [1, 2])  // told after attempts 1 and 2; the third was the last
            #expect(bodyRuns == 0)
            #expect(!writer.isInTransaction)
            // Once the other terminal is done the file takes writes again.
            try holder.execute("ROLLBACK")
            try writer.execute("INSERT INTO settings VALUES ('k', 'v')")
        }
    }

    @Test func theTotalWaitEndsTheRetriesToo() throws {
        let policy = BusyRetryPolicy(lockWaitMilliseconds: 0, pause: 0...0, attempts: .max, totalWait: 0)
        var attempts = 0
        #expect(throws: StoreError.busy) {
            try policy.run { _ in attempts += 1; throw StoreError.busy }
        }
        #expect(attempts == 1)
    }

    @Test func nonBusyFailuresAreNotRetried() throws {
        var attempts = 0
        #expect(throws: StoreError.diskFull(detail: "full")) {
            try threeQuickAttempts.run { _ in attempts += 1; throw StoreError.diskFull(detail: "full") }
        }
        #expect(attempts == 1)
    }
}
