import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A write from a service while another terminal holds the branch file's
/// write lock: the context retries under its write policy, tells its observer
/// after each failed attempt and once more when the wait is over, and either
/// gets through when the lock is released or says the file is busy. Counts
/// and callbacks only: SQLite's own wait is switched off, there is no pause.
@Suite struct StoreWaitTests {
    let threeQuickAttempts = BusyRetryPolicy(lockWaitMilliseconds: 0, pause: 0...0, attempts: 3, totalWait: .infinity)

    @Test func aServiceWriteWaitsAndGetsThroughWhenTheOtherTerminalCommits() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let other = try fixture.open(terminal: "tty2")
        branch.context.writePolicy = threeQuickAttempts
        var heard: [StoreWait] = []
        branch.context.storeWaitObserver = { wait in
            heard.append(wait)
            if wait == .waiting(attempt: 2) { try? other.database.execute("COMMIT") }
        }
        try other.database.execute("BEGIN IMMEDIATE")
        let entries = try AuditService(branch.context).recent(limit: 1, by: branch.admin)
        #expect(entries.count == 1)
        #expect(heard == [.waiting(attempt: 1), .waiting(attempt: 2), .finished])
    }

    @Test func aServiceWriteGivesUpWithTheBusyMessage() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let other = try fixture.open(terminal: "tty2")
        branch.context.writePolicy = threeQuickAttempts
        var heard: [StoreWait] = []
        branch.context.storeWaitObserver = { heard.append($0) }
        try other.database.execute("BEGIN IMMEDIATE")
        #expect(failure { try AuditService(branch.context).recent(limit: 1, by: branch.admin) } == LocalizedMessage(.errorBusy))
        #expect(heard == [.waiting(attempt: 1), .waiting(attempt: 2), .finished])
        try other.database.execute("ROLLBACK")
        heard = []
        #expect(try AuditService(branch.context).recent(limit: 1, by: branch.admin).count == 1)
        #expect(heard.isEmpty)  // nothing to wait for: the observer is not bothered
    }

    @Test func theChangeMarkerMovesOnAnyTerminalsChangeOnly() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let other = try fixture.open(terminal: "tty2")
        let start = branch.context.changeMarker()
        _ = try AuditService(branch.context).recent(limit: 1, by: branch.admin)  // a write transaction that changes nothing
        #expect(branch.context.changeMarker() == start)
        try OperatorAdministration(other).setActive(branch.teller, false, by: branch.admin)
        let afterOther = branch.context.changeMarker()
        #expect(afterOther != start)
        try OperatorAdministration(branch.context).setActive(branch.teller, true, by: branch.admin)
        #expect(branch.context.changeMarker() != afterOther)
    }
}
