import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Maker ≠ checker: above a teller's authority a supervisor approves at the
/// same terminal with their own ID, PIN and a reason; the approval must be
/// someone else's, fresh, from a role that may approve, within its limit.
struct CashApprovalTests {
    /// A branch where tellers may take in only CNY 1,000.00 on their own.
    private func smallAuthority() throws -> (LedgerBranch, AccountRecord) {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("limit.teller.deposit", minorUnits: 100_000, by: branch.admin)
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        return (branch, account)
    }

    @Test func postingAboveAuthorityWithoutApprovalIsRefusedAndWritesNothing() throws {
        let (branch, account) = try smallAuthority()
        let request = CashRequest(accountNumber: account.number, amount: 100_010, cash: cash(100_010))
        let needs = try CashService(branch.context).assessDeposit(request, by: branch.teller)
        #expect(needs.approvalReasons == [LocalizedMessage(.approvalAboveAuthority, "1,000.00")])
        let footprint = try branch.footprint()
        let audit = try branch.context.count("audit_log")
        let refusal = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), by: branch.teller) }
        #expect(refusal?.key == .approvalRequired)
        #expect(try branch.footprint() == footprint)
        #expect(try branch.context.count("audit_log") == audit)
        #expect(try branch.balance(account) == 0)
        // At the limit exactly no approval is needed.
        let atLimit = CashRequest(accountNumber: account.number, amount: 100_000, cash: cash(100_000))
        #expect(try CashService(branch.context).assessDeposit(atLimit, by: branch.teller).approvalReasons.isEmpty)
    }

    @Test func anApprovedPostingRecordsBothNames() throws {
        let (branch, account) = try smallAuthority()
        let request = CashRequest(accountNumber: account.number, amount: 150_000, cash: cash(150_000))
        let approval = try branch.approval(for: branch.teller, reason: "regular customer, counted twice")
        let posted = try CashService(branch.context).deposit(request, key: branch.newKey(), approval: approval, by: branch.teller)
        let entry = try branch.entry(posted.entryID)
        #expect(entry.makerID == branch.teller.id)
        #expect(entry.approverID == branch.supervisor.id)
        #expect(entry.approvalReason == "regular customer, counted twice")
        let line = try LedgerQueryService(branch.context).journal(JournalFilter(), by: branch.supervisor).first { $0.entry.id == posted.entryID }
        #expect(line?.maker == "li.wei")
        #expect(line?.approver == "zhang.min")
        #expect(try branch.context.auditActions().contains("approval.granted"))
        try branch.expectCleanBooks()
    }

    @Test func theMakerCannotApproveTheirOwnWork() throws {
        let (branch, _) = try smallAuthority()
        let refusal = failure { try branch.approval(by: "li.wei", pin: tellerPIN, for: branch.teller) }
        #expect(refusal?.key == .cashApprovalOwnWork)
        // A supervisor entering above their own authority cannot approve themselves either.
        let selfCheck = failure { try branch.approval(by: "zhang.min", pin: supervisorPIN, for: branch.supervisor) }
        #expect(selfCheck?.key == .cashApprovalOwnWork)
    }

    @Test func aTellerCannotApprove() throws {
        let (branch, _) = try smallAuthority()
        let refusal = failure { try branch.approval(by: "chen.jing", pin: LedgerBranch.teller2PIN, for: branch.teller) }
        #expect(refusal == LocalizedMessage(.approvalNotSupervisor, "chen.jing"))
    }

    @Test func theServiceChecksAnApprovalAgainEvenIfAScreenMadeOneUp() throws {
        let (branch, account) = try smallAuthority()
        let request = CashRequest(accountNumber: account.number, amount: 150_000, cash: cash(150_000))
        let footprint = try branch.footprint()
        let byTeller = SupervisorApproval(approverID: branch.teller2.id, approverName: "chen.jing", reason: "made up",
                                          grantedAt: branch.clock.now(), makerID: branch.teller.id)
        let teller = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), approval: byTeller, by: branch.teller) }
        #expect(teller == LocalizedMessage(.approvalNotSupervisor, "chen.jing"))
        let byMaker = SupervisorApproval(approverID: branch.teller.id, approverName: "li.wei", reason: "made up",
                                         grantedAt: branch.clock.now(), makerID: branch.teller.id)
        let maker = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), approval: byMaker, by: branch.teller) }
        #expect(maker?.key == .cashApprovalOwnWork)
        #expect(try branch.footprint() == footprint)
    }

    @Test func anApprovalAboveTheSupervisorsApprovalLimitIsRefused() throws {
        let (branch, account) = try smallAuthority()
        try CashRulesService(branch.context).set("limit.supervisor.approve", minorUnits: 200_000, by: branch.admin)
        let footprint = try branch.footprint()
        let request = CashRequest(accountNumber: account.number, amount: 200_010, cash: cash(200_010))
        let refusal = failure {
            try CashService(branch.context).deposit(request, key: branch.newKey(), approval: try branch.approval(for: branch.teller),
                                                    by: branch.teller)
        }
        #expect(refusal == LocalizedMessage(.approvalAboveLimit, "zhang.min", "2,000.00"))
        #expect(try branch.footprint() == footprint)
        let within = CashRequest(accountNumber: account.number, amount: 200_000, cash: cash(200_000))
        _ = try CashService(branch.context).deposit(within, key: branch.newKey(), approval: try branch.approval(for: branch.teller),
                                                    by: branch.teller)
        #expect(try branch.balance(account) == 200_000)
    }

    @Test func anExpiredApprovalIsRefused() throws {
        let (branch, account) = try smallAuthority()
        let approval = try branch.approval(for: branch.teller)
        branch.clock.advance(by: 6 * 60)
        let footprint = try branch.footprint()
        let request = CashRequest(accountNumber: account.number, amount: 150_000, cash: cash(150_000))
        let refusal = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), approval: approval, by: branch.teller) }
        #expect(refusal?.key == .approvalExpired)
        #expect(try branch.footprint() == footprint)
        // Within five minutes it is still good.
        let fresh = try branch.approval(for: branch.teller)
        branch.clock.advance(by: 4 * 60)
        _ = try CashService(branch.context).deposit(request, key: branch.newKey(), approval: fresh, by: branch.teller)
    }

    @Test func anApproverWhoWasDeactivatedMeanwhileIsRefused() throws {
        let (branch, account) = try smallAuthority()
        let approval = try branch.approval(for: branch.teller)
        try branch.staff.administration.setActive(branch.supervisor, false, by: branch.admin)
        let request = CashRequest(accountNumber: account.number, amount: 150_000, cash: cash(150_000))
        let refusal = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), approval: approval, by: branch.teller) }
        #expect(refusal?.key == .approvalNotSupervisor)
    }

    @Test func aWrongSupervisorPINIsRefusedAndCounted() throws {
        let (branch, _) = try smallAuthority()
        let refusal = failure { try branch.approval(by: "zhang.min", pin: "999999", for: branch.teller) }
        #expect(refusal?.key == .loginBadCredentials)  // as for an unknown ID
        // Counted for this supervisor at this terminal, not on their sign-in.
        let zhang = try #require(try branch.context.stored("zhang.min"))
        #expect(try branch.context.operators.approvalFailures(operatorID: zhang.id, terminal: branch.context.terminal).failedAttempts == 1)
        #expect(zhang.failedAttempts == 0)
        let noReason = failure { try branch.approval(for: branch.teller, reason: " ") }
        #expect(noReason?.key == .approvalReasonMissing)
    }
}
