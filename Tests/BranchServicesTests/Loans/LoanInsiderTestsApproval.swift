import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A dishonest insider at the approvers' inbox and the contract: every way
/// round the four-eyes rule and the approval proof we could think of.
struct LoanInsiderApprovalTests {
    @Test func aTellerCallingDecideBelowTheScreenIsRefusedAndNothingIsStored() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(100_000)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "looks fine",
                                                         by: branch.bank.teller2) }?.key == StringKey.approvalNotSupervisor)
        #expect(try branch.context.count("loan_approvals") == 0)
        #expect(try branch.applications.application(id: application.id, by: branch.teller).status == application.status)
    }

    @Test func theSameSupervisorTwiceOnACommitteeCountsOnceEvenWithARowTypedIntoTheFile() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(250_000)
        #expect(try branch.approvals.decide(applicationID: application.id, approve: true, reason: "first look", by: branch.supervisor)
            == .committee)
        // A second row of the same approver copied by hand is refused by the store (one decision per approver).
        #expect(throws: (any Error).self) {
            try sqliteCLI(branch.bank.fixture.path, """
                INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
                SELECT application_id, entered_by, approver_id, decision, 'again', application_hash, at FROM loan_approvals;
                """)
        }
        // The status set by hand: one approver of the two needed still refuses the contract.
        try sqliteCLI(branch.bank.fixture.path, "UPDATE loan_applications SET status = 'approved' WHERE id = \(application.id)")
        let stored = try branch.applications.application(id: application.id, by: branch.teller)
        #expect(refusal { try branch.requireApproved(stored) }?.key == StringKey.loanApprovalMissing)
    }

    @Test func aDeclineIsFinalAndALaterApproveIsRefused() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(100_000)
        #expect(try branch.approvals.decide(applicationID: application.id, approve: false, reason: "income too low",
                                            by: branch.supervisor) == .declined)
        #expect(refusal { _ = try branch.approvals.decide(applicationID: application.id, approve: true, reason: "overrule",
                                                         by: branch.supervisor2) }?.key == StringKey.loanDecisionNotAwaiting)
        // A hand-set status over a decline: the decline row still refuses the contract.
        try sqliteCLI(branch.bank.fixture.path, "UPDATE loan_applications SET status = 'approved' WHERE id = \(application.id)")
        let forced = try branch.applications.application(id: application.id, by: branch.teller)
        #expect(refusal { try branch.requireApproved(forced) }?.key == StringKey.loanApprovalMissing)
    }

    @Test func aForgedApprovalWithAForgedAuditLineIsRefused() throws {
        let branch = try LoanBranch()
        let (application, _) = try branch.submitted(100_000)
        let hash = LoanApplicationService.requestHash(application)
        // The insider types the decision row and its audit line too, but cannot make the keyed hash.
        try sqliteCLI(branch.bank.fixture.path, """
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            VALUES (\(application.id), \(branch.teller.id), \(branch.supervisor.id), 'approve', 'forged', '\(hash)',
                    \(Int64(branch.context.clock.now().timeIntervalSince1970 * 1000)));
            INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash)
            SELECT max(seq) + 1, 0, \(branch.supervisor.id), 'x', 'loan.application.decision', '\(application.number)',
                'approval ' || (SELECT max(id) FROM loan_approvals) || ' approve hash \(hash): forged',
                (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), printf('%064d', 0) FROM audit_log;
            UPDATE loan_applications SET status = 'approved' WHERE id = \(application.id);
            """)
        let forged = try branch.applications.application(id: application.id, by: branch.teller)
        #expect(refusal { try branch.requireApproved(forged) }?.key == StringKey.loanApprovalMissing)
        // And the audit chain names the line.
        #expect(try !BooksService(branch.context).verify(by: nil).isClean)
    }

    @Test func theAccountOrCollateralChangedAfterApprovalRefusesTheContract() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let other = try desk.branch.account(customer: 1, balance: 0)
        let id = try desk.approvedApplication(account: account)
        try desk.verifyForContract(id)
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loan_applications SET account_id = \(other.id) WHERE id = \(id)")
        #expect(throws: LocalizedMessage.self) {
            try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        }
        try sqliteCLI(desk.branch.fixture.path, """
            UPDATE loan_applications SET account_id = \(account.id) WHERE id = \(id);
            UPDATE loan_collateral SET appraised_value = appraised_value * 10 WHERE application_id = \(id);
            """)
        #expect(throws: LocalizedMessage(.loanApprovalChanged, try desk.applicationNumber(id))) {
            try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.count("loans") == 0)
    }

    @Test func aWithdrawnOrDeclinedApplicationIsNeverSignedAndSigningTwiceMakesOneLoan() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let declined = try desk.approvedApplication(account: account, decide: false)
        _ = try LoanApprovalService(desk.context).decide(applicationID: declined, approve: false, reason: "no income", by: desk.supervisor)
        try desk.verifyForContract(declined)
        #expect(throws: LocalizedMessage(.loanApplicationNotApproved, try desk.applicationNumber(declined), "declined")) {
            try LoanContractService(desk.context).sign(applicationID: declined, key: desk.branch.newKey(), by: desk.teller)
        }
        let id = try desk.approvedApplication(account: account)
        try desk.verifyForContract(id)
        let first = try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        let second = try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        #expect(first.id == second.id && first.contractNumber == second.contractNumber)
        #expect(try desk.count("loans") == 1)
    }
}
