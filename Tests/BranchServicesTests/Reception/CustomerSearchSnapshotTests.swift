import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Testing

/// A customer search only reads: it runs on a read snapshot, so a guide can
/// look a customer up while another terminal holds the write lock.
@Suite struct CustomerSearchSnapshotTests {
    @Test func searchWorksWhileAnotherTerminalHoldsTheWriteLock() throws {
        let branch = try QueueBranch()
        let zhang = try branch.customers.register(ReceptionQueueServiceTests.zhang(), by: branch.guide)
        let other = try branch.fixture.open(terminal: "queue/tty2")
        try other.database.execute("BEGIN IMMEDIATE")
        defer { try? other.database.execute("ROLLBACK") }
        // Under a write transaction this would wait for the lock and, after the
        // retry deadline, fail with "busy"; a read snapshot answers at once.
        #expect(try branch.customers.search("秀英", by: branch.guide).map(\.id) == [zhang.id])
        #expect(try branch.customers.search(zhang.phone, by: branch.guide).map(\.id) == [zhang.id])
    }
}
