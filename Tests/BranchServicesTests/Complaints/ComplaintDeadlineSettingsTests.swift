import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The deadline rules are configuration: an administrator changes them, they
/// apply to complaints registered afterwards and to the due-soon window, and
/// nonsense is refused.
struct ComplaintDeadlineSettingsTests {
    @Test func theStandardRulesApplyUntilChanged() throws {
        let branch = try ComplaintBranch()
        #expect(branch.service.deadlines() == .standard)
    }

    @Test func anAdministratorChangesTheRulesForNewComplaints() throws {
        let branch = try ComplaintBranch()
        let before = try branch.register()
        let rules = ComplaintDeadlines(simpleDays: 10, extendedDays: 20, exceptionalDays: 45, dueSoonDays: 2)
        try branch.service.setDeadlines(rules, by: branch.admin)
        #expect(branch.service.deadlines() == rules)
        #expect(try branch.context.auditActions().last == "settings.complaint_deadlines")

        let after = try branch.register()
        #expect(after.dueAt == branch.due(after, days: 10))
        // A complaint already registered keeps its deadline.
        #expect(try branch.stored(before).dueAt == branch.due(before, days: 15))
        // Extending uses the rules in force.
        try branch.service.extend(id: after.id, to: .extended, reason: "complex case", by: branch.supervisor)
        #expect(try branch.stored(after).dueAt == branch.due(after, days: 20))

        // Another branch connection (another terminal) sees the same rules.
        let other = try branch.ledger.fixture.open(terminal: "tty2")
        #expect(ComplaintService(other).deadlines() == rules)
        try branch.expectAuditIntact()
    }

    @Test func theDueSoonWindowComesFromTheRules() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        branch.clock.advance(by: 10 * ComplaintBranch.day)          // 5 days left
        #expect(try branch.service.list(.dueSoon, by: branch.teller).isEmpty)
        try branch.service.setDeadlines(ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 5),
                                        by: branch.admin)
        #expect(try branch.service.list(.dueSoon, by: branch.teller).map(\.id) == [complaint.id])
    }

    @Test func onlyAnAdministratorMayChangeTheRules() throws {
        let branch = try ComplaintBranch()
        let rules = ComplaintDeadlines(simpleDays: 10, extendedDays: 20, exceptionalDays: 45, dueSoonDays: 2)
        for outsider in [branch.supervisor, branch.teller, branch.guide] {
            #expect(failure { try branch.service.setDeadlines(rules, by: outsider) }?.key == .errorForbidden)
        }
        #expect(branch.service.deadlines() == .standard)
    }

    @Test func invalidRulesAreRefusedAndTheOldOnesStay() throws {
        let branch = try ComplaintBranch()
        for rules in [ComplaintDeadlines(simpleDays: 0, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 3),
                      ComplaintDeadlines(simpleDays: 15, extendedDays: 10, exceptionalDays: 60, dueSoonDays: 3),
                      ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 20, dueSoonDays: 3),
                      ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 366, dueSoonDays: 3),
                      ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 60, dueSoonDays: -1)] {
            #expect(failure { try branch.service.setDeadlines(rules, by: branch.admin) }?.key == .complaintDeadlinesInvalid, "\(rules)")
        }
        #expect(branch.service.deadlines() == .standard)
        #expect(try branch.count("audit_log", where: "action = 'settings.complaint_deadlines'") == 0)
    }

    @Test func nonsenseWrittenBehindTheProgramsBackFallsBackToTheStandardRules() throws {
        let branch = try ComplaintBranch()
        try branch.context.database.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('complaint.extended_days', '5')")
        #expect(branch.service.deadlines() == .standard)
        let complaint = try branch.register()
        #expect(complaint.dueAt == branch.due(complaint, days: 15))
    }
}
