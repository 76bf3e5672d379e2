import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

@Suite struct AuditServiceTests {
    /// A branch with a handful of audited operations, closed again so the
    /// `sqlite3` tool is the only one touching the file.
    private func busyBranch(_ fixture: BranchFixture) throws -> Int {
        let branch = try StaffedBranch(fixture)
        _ = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") }
        try branch.auth.recordSignOut(for: branch.teller)
        let count = try branch.context.count("audit_log")
        branch.context.database.close()
        return count
    }

    @Test func anIntactChainVerifies() throws {
        let fixture = try BranchFixture()
        let written = try busyBranch(fixture)
        let context = try fixture.open()
        let result = try AuditService(context).verify(by: nil)
        #expect(result.records == written)
        #expect(result.records >= 6)
        #expect(result.breaches.isEmpty)
        let admin = try AuthenticationService(context).signIn(username: "admin", pin: adminPIN)
        #expect(try AuditService(context).verify(by: admin).breaches.isEmpty)
    }

    @Test func editingARowBehindTheProgramsBackIsDetected() throws {
        let fixture = try BranchFixture()
        let written = try busyBranch(fixture)
        // The trigger refuses a plain UPDATE…
        #expect(throws: CLIError.self) { try sqliteCLI(fixture.path, "UPDATE audit_log SET detail='x' WHERE seq=2;") }
        // …so a forger drops it first.
        try sqliteCLI(fixture.path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail='x' WHERE seq=2;")
        #expect(try sqliteCLI(fixture.path, "SELECT detail FROM audit_log WHERE seq=2;") == "x")

        let context = try fixture.open()
        let result = try AuditService(context).verify(by: nil)
        #expect(result.records == written)
        #expect(result.breaches == [.hashMismatch(seq: 2)])
        #expect(result.breaches.first?.description.contains("2") == true)
    }

    @Test func rewritingARowAndItsHashBreaksTheNextLink() throws {
        let fixture = try BranchFixture()
        _ = try busyBranch(fixture)
        // A cleverer forger also rewrites the hash of the edited row; the next row's link still gives it away.
        try sqliteCLI(fixture.path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail='x', hash=printf('%064d', 7) WHERE seq=2;")
        let result = try AuditService(try fixture.open()).verify(by: nil)
        #expect(result.breaches.contains(.hashMismatch(seq: 2)))
        #expect(result.breaches.contains(.brokenLink(seq: 3)))
    }

    @Test func deletingARowIsDetected() throws {
        let fixture = try BranchFixture()
        let written = try busyBranch(fixture)
        #expect(throws: CLIError.self) { try sqliteCLI(fixture.path, "DELETE FROM audit_log WHERE seq=3;") }
        try sqliteCLI(fixture.path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq=3;")

        let result = try AuditService(try fixture.open()).verify(by: nil)
        #expect(result.records == written - 1)
        #expect(result.breaches.contains(.missingRows(afterSeq: 2, nextSeq: 4)))
        #expect(result.breaches.contains(.brokenLink(seq: 4)))
        #expect(!result.breaches.isEmpty)
    }

    @Test func newEntriesAfterATamperDoNotHideIt() throws {
        let fixture = try BranchFixture()
        _ = try busyBranch(fixture)
        try sqliteCLI(fixture.path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail='x' WHERE seq=2;")
        let context = try fixture.open()
        _ = try AuthenticationService(context).signIn(username: "zhang.min", pin: supervisorPIN)
        #expect(try AuditService(context).verify(by: nil).breaches == [.hashMismatch(seq: 2)])
    }

    @Test func recentIsNewestFirstForThoseWhoMayRead() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let supervisor = try branch.auth.signIn(username: "zhang.min", pin: supervisorPIN)
        let entries = try AuditService(branch.context).recent(limit: 3, by: supervisor)
        #expect(entries.count == 3)
        #expect(entries.map(\.seq) == entries.map(\.seq).sorted(by: >))
        #expect(entries.first?.action == "login.success")
        #expect(entries.first?.operatorID == branch.supervisor.id)
        #expect(entries.first?.at == fixture.clock.now())
        #expect(try AuditService(branch.context).recent(limit: 100, by: branch.admin).count == branch.context.count("audit_log"))
        let guide = try branch.administration.add(username: "wang.fang", displayName: "Wang Fang", role: .guide, pin: "802461",
                                                  by: branch.admin)
        #expect(failure { try AuditService(branch.context).recent(limit: 3, by: guide) }?.key == .errorForbidden)
    }

    @Test func operatorNamesMapIdsToUsernames() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let names = AuditService(branch.context).operatorNames()
        #expect(names == [branch.admin.id: "admin", branch.teller.id: "li.wei", branch.supervisor.id: "zhang.min"])
    }
}
