import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The approval rules: the system approves within the automatic limit, one
/// supervisor above it, two different ones above the committee threshold;
/// the entrant never decides (in code and in the schema); a decline ends it;
/// and the contract's proof refuses forged, changed and expired approvals.
@Suite struct LoanApprovalTests {
    @Test func withinTheAutomaticLimitTheSystemApproves() throws {
        let branch = try LoanBranch()
        let (application, submission) = try branch.submitted(50_000)
        #expect(submission.status == .approved && submission.assessment.recommendation == .approve)
        #expect(application.approvalsNeeded == 0)
        let decisions = try branch.approvals.decisions(applicationID: application.id, by: branch.teller)
        #expect(decisions.count == 1 && decisions[0].decision == .automatic && decisions[0].approverID == nil)
        #expect(decisions[0].reason == "within automatic limit")
        try branch.requireApproved(application)
        #expect(try branch.approvals.inbox(by: branch.supervisor).isEmpty)
    }

    @Test func aboveItOneSupervisorDecidesWithAReason() throws {
        let branch = try LoanBranch()
        let (application, submission) = try branch.submitted(50_001)
        #expect(submission.status == .referred && application.approvalsNeeded == 1)
        let inbox = try branch.approvals.inbox(by: branch.supervisor)
        #expect(inbox.count == 1 && inbox[0].cannotDecide == nil && inbox[0].assessment == submission.assessment)
        #expect(inbox[0].enteredByName == branch.teller.displayName)
        #expect(try branch.approvals.inbox(by: branch.teller).first?.cannotDecide?.key == StringKey.approvalNotSupervisor)
        #expect(refusal { try branch.requireApproved(application) }?.key == StringKey.loanApprovalMissing)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "ok", by: branch.supervisor) }?
            .key == StringKey.approvalReasonMissing)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "802468",
                                                         by: branch.supervisor) }?.key == StringKey.approvalReasonHoldsPIN)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "income checked",
                                                         by: branch.teller) }?.key == StringKey.approvalNotSupervisor)
        let status = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "income checked",
                                                 by: branch.supervisor)
        #expect(status == .approved)
        try branch.requireApproved(try branch.applications.application(id: application.id, by: branch.teller))
        #expect(try branch.context.auditActions().contains("loan.application.decision"))
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "again",
                                                         by: branch.supervisor2) }?.key == StringKey.loanDecisionNotAwaiting)
    }

    @Test func aboveTheCommitteeThresholdTwoDifferentApproversAreNeeded() throws {
        let branch = try LoanBranch()
        let (application, submission) = try branch.submitted(250_000)
        #expect(submission.status == .committee && application.approvalsNeeded == 2)
        #expect(try branch.approvals.decide(applicationID: application.id, approve: true, reason: "first look",
                                            by: branch.supervisor) == .committee)
        #expect(refusal { try branch.requireApproved(application) }?.key == StringKey.loanApprovalMissing)
        #expect(try branch.approvals.inbox(by: branch.supervisor).first?.cannotDecide?.key == StringKey.loanDecisionAlreadyDecided)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "second look",
                                                         by: branch.supervisor) }?.key == StringKey.loanDecisionAlreadyDecided)
        #expect(try branch.approvals.decide(applicationID: application.id, approve: true, reason: "committee agrees",
                                            by: branch.supervisor2) == .approved)
        let approved = try branch.applications.application(id: application.id, by: branch.teller)
        try branch.requireApproved(approved)
        // An approver who has since left no longer counts.
        try branch.bank.staff.administration.setActive(branch.supervisor2, false, by: branch.admin)
        #expect(refusal { try branch.requireApproved(approved) }?.key == StringKey.loanApprovalMissing)
    }

    @Test func aDeclineEndsIt() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(250_000)
        _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "fine by me", by: branch.supervisor)
        #expect(try branch.approvals.decide(applicationID: application.id, approve: false, reason: "income not stable",
                                            by: branch.supervisor2) == .declined)
        #expect(refusal { try branch.requireApproved(application) }?.key == StringKey.loanApprovalMissing)
        #expect(try branch.approvals.decisions(applicationID: application.id, by: branch.teller).map(\.decision) == [.approve, .decline])
    }

    @Test func theEntrantNeverDecidesInCodeOrInTheSchema() throws {
        let branch = try LoanBranch()
        // A supervisor may enter an application (they have the loan desk); then they may not decide it.
        let (application, _) = try branch.submitted(100_000, by: branch.supervisor)
        #expect(application.enteredBy == branch.supervisor.id)
        #expect(try branch.approvals.inbox(by: branch.supervisor).first?.cannotDecide?.key == StringKey.loanDecisionOwnApplication)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "my own",
                                                         by: branch.supervisor) }?.key == StringKey.loanDecisionOwnApplication)
        let db = branch.context.database
        let hash = LoanApplicationService.requestHash(application)
        #expect(throws: StoreError.self) {
            try db.execute("""
                INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
                VALUES (?, ?, ?, 'approve', 'straight into the file', ?, 0)
                """, [.integer(application.id), .integer(branch.supervisor.id), .integer(branch.supervisor.id), .text(hash)])
        }
        // Nor by naming someone else as the entrant.
        #expect(throws: StoreError.self) {
            try db.execute("""
                INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
                VALUES (?, ?, ?, 'approve', 'straight into the file', ?, 0)
                """, [.integer(application.id), .integer(branch.teller.id), .integer(branch.supervisor.id), .text(hash)])
        }
        #expect(try branch.context.count("loan_approvals") == 0)
    }

    @Test func whoeverTypedTheDraftMayNotDecideEvenIfAnotherSubmitted() throws {
        let branch = try LoanBranch()
        let draft = try branch.complete(try branch.personal(100_000), by: branch.supervisor)
        _ = try branch.applications.submit(applicationID: draft.id, by: branch.teller)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: draft.id, approve: true, reason: "typed it myself",
                                                         by: branch.supervisor) }?.key == StringKey.loanDecisionOwnApplication)
        #expect(try branch.approvals.decide(applicationID: draft.id, approve: true, reason: "checked", by: branch.supervisor2) == .approved)
    }

    @Test func aForgedApprovalIsRefused() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(100_000)
        let db = branch.context.database
        // A decision row typed into the file, with the right hash, and the status moved by hand: no audit line.
        try db.execute("""
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            VALUES (?, ?, ?, 'approve', 'straight into the file', ?, ?)
            """, [.integer(application.id), .integer(branch.teller.id), .integer(branch.supervisor.id),
                  .text(LoanApplicationService.requestHash(application)), .integer(Int64(branch.context.clock.now().timeIntervalSince1970 * 1000))])
        try db.execute("UPDATE loan_applications SET status = 'approved' WHERE id = ?", [.integer(application.id)])
        let refused = refusal { try branch.requireApproved(application) }
        #expect(refused?.key == StringKey.loanApprovalMissing)
        if let refused { expectBothLanguages(refused, contain: [application.number, "0", "1"]) }
    }

    @Test func anApprovalForOtherFiguresIsRefused() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(100_000)
        _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "income checked", by: branch.supervisor)
        // The amount raised by hand after the approval.
        try branch.context.database.execute("UPDATE loan_applications SET amount = amount * 2 WHERE id = ?", [.integer(application.id)])
        let changed = try branch.applications.application(id: application.id, by: branch.teller)
        let refused = refusal { try branch.requireApproved(changed) }
        #expect(refused?.key == StringKey.loanApprovalChanged)
        if let refused { expectBothLanguages(refused, contain: [application.number]) }
        // Nor may a hand-set status ride on an automatic approval row with a wrong hash.
        let (auto, _) = try branch.submitted(20_000, customer: 2)
        try branch.context.database.execute("UPDATE loan_applications SET request_hash = 'forged' WHERE id = ?", [.integer(auto.id)])
        #expect(refusal { try branch.requireApproved(auto) }?.key == StringKey.loanApprovalChanged)
    }

    @Test func anExpiredApprovalIsRefused() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(100_000)
        _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "income checked", by: branch.supervisor)
        let approved = try branch.applications.application(id: application.id, by: branch.teller)
        branch.bank.clock.advance(by: 30 * 86_400)
        try branch.requireApproved(approved)
        branch.bank.clock.advance(by: 86_400 + 60)
        let refused = refusal { try branch.requireApproved(approved) }
        #expect(refused?.key == StringKey.loanApprovalExpired)
        if let refused { expectBothLanguages(refused, contain: ["31", "30"]) }
    }
}
