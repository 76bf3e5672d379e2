import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: an approver's limit is assessed before anyone is asked, the
/// form names who can approve, an approval above the approver's own limit is
/// refused at the form (never granted and then refused at Enter), and every
/// refused attempt is audited.
struct ApprovalAuthorityTests {
    /// Tellers take in CNY 1,000.00 alone; supervisors approve up to 2,000.00;
    /// wang.qiang, the manager, has his own limit of 100,000.00.
    private func branchWithManager() throws -> (LedgerBranch, AccountRecord) {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        try CashRulesService(branch.context).set("limit.teller.deposit", minorUnits: 100_000, by: branch.admin)
        try CashRulesService(branch.context).set("limit.supervisor.approve", minorUnits: 200_000, by: branch.admin)
        try OperatorAdministration(branch.context).setApprovalLimit(of: branch.supervisor2, to: 10_000_000, by: branch.admin)
        return (branch, account)
    }

    private func refusedCount(_ branch: LedgerBranch) throws -> Int {
        try branch.context.auditActions().filter { $0 == "approval.refused" }.count
    }

    @Test func theAssessmentNamesTheAmountAndOnlyTheManagerMayApproveIt() throws {
        let (branch, account) = try branchWithManager()
        let request = CashRequest(accountNumber: account.number, amount: 500_000, cash: cash(500_000))
        let needs = try CashService(branch.context).assessDeposit(request, by: branch.teller)
        #expect(needs.approvalNeed == ApprovalNeed(amount: 500_000, currency: .cny))
        let authority = ApprovalAuthority(branch.context)
        #expect(authority.approvers(for: needs.approvalNeed!, maker: branch.teller).map(\.username) == ["wang.qiang"])
        // Typing the ordinary supervisor's ID is answered before the PIN, naming the manager.
        let before = authority.problem(approver: "zhang.min", need: needs.approvalNeed!, maker: branch.teller)
        #expect(before == LocalizedMessage(.cashApprovalAskOther, "zhang.min", "CNY", "5,000.00", "Wang Qiang 王强 (wang.qiang)"))
        #expect(authority.problem(approver: "WANG.QIANG", need: needs.approvalNeed!, maker: branch.teller) == nil)
        #expect(authority.problem(approver: "li.wei", need: needs.approvalNeed!, maker: branch.teller)?.key == .cashApprovalOwnWork)
    }

    @Test func anApprovalAboveTheApproversOwnLimitIsRefusedAtTheFormAndAudited() throws {
        let (branch, account) = try branchWithManager()
        let need = ApprovalNeed(amount: 500_000, currency: .cny)
        let refused = try refusedCount(branch)
        let granted = try branch.context.auditActions().filter { $0 == "approval.granted" }.count
        let refusal = failure {
            try branch.staff.auth.approve(username: "zhang.min", pin: supervisorPIN, reason: "known customer", maker: branch.teller,
                                          need: need)
        }
        #expect(refusal == LocalizedMessage(.cashApprovalAboveOwnLimit, "zhang.min", "2,000.00", "Wang Qiang 王强 (wang.qiang)"))
        #expect(try refusedCount(branch) == refused + 1)
        #expect(try branch.context.auditActions().filter { $0 == "approval.granted" }.count == granted)
        // The manager's approval posts, and the audit trail names him rather than a bare number.
        let approval = try branch.staff.auth.approve(username: "wang.qiang", pin: LedgerBranch.supervisor2PIN, reason: "known customer",
                                                     maker: branch.teller, need: need)
        let request = CashRequest(accountNumber: account.number, amount: 500_000, cash: cash(500_000))
        let posted = try CashService(branch.context).deposit(request, key: branch.newKey(), approval: approval, by: branch.teller)
        #expect(try branch.entry(posted.entryID).approverID == branch.supervisor2.id)
        let detail = try branch.context.database.query("SELECT detail FROM audit_log WHERE action = 'ledger.deposit'").last?.string("detail")
        #expect(detail?.contains("approved by wang.qiang (operator \(branch.supervisor2.id)): known customer") == true)
        try branch.expectCleanBooks()
    }

    @Test func anAmountNobodyMayApproveIsRefusedBeforeAnyoneIsAskedAndWritesNothing() throws {
        let (branch, account) = try branchWithManager()
        let request = CashRequest(accountNumber: account.number, amount: 20_000_000, cash: cash(20_000_000))
        let footprint = try branch.footprint()
        let assessed = failure { try CashService(branch.context).assessDeposit(request, by: branch.teller) }
        #expect(assessed == LocalizedMessage(.cashApprovalNobody, "CNY", "200,000.00", "100,000.00"))
        // A screen that skipped the assessment gets the same answer from the post.
        let posted = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), by: branch.teller) }
        #expect(posted?.key == .cashApprovalNobody)
        #expect(try branch.footprint() == footprint)
    }

    @Test func anApprovalTakenWithoutTheAmountStillCannotPostAboveTheLimit() throws {
        let (branch, account) = try branchWithManager()
        // A screen that asked without the amount: the approval is granted, but the service checks the limit again.
        let approval = try branch.approval(for: branch.teller)
        let request = CashRequest(accountNumber: account.number, amount: 500_000, cash: cash(500_000))
        let refusal = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), approval: approval, by: branch.teller) }
        #expect(refusal == LocalizedMessage(.approvalAboveLimit, "zhang.min", "2,000.00"))
        #expect(try branch.balance(account) == 0)
    }

    @Test func ownWorkAndATellersAttemptAreAuditedAsRefused() throws {
        let (branch, _) = try branchWithManager()
        let refused = try refusedCount(branch)
        #expect(failure { try branch.approval(by: "li.wei", pin: tellerPIN, for: branch.teller) }?.key == .cashApprovalOwnWork)
        #expect(failure { try branch.approval(by: "chen.jing", pin: LedgerBranch.teller2PIN, for: branch.teller) }
            == LocalizedMessage(.approvalNotSupervisor, "chen.jing"))
        #expect(try refusedCount(branch) == refused + 2)
    }

    @Test func onlyAnAdministratorSetsAnApprovalLimitAndOnlyForAnApprover() throws {
        let branch = try LedgerBranch()
        let admin = OperatorAdministration(branch.context)
        #expect(failure { try admin.setApprovalLimit(of: branch.supervisor2, to: 1, by: branch.supervisor) }?.key == .errorForbidden)
        #expect(failure { try admin.setApprovalLimit(of: branch.teller, to: 1, by: branch.admin) }
            == LocalizedMessage(.approvalNotSupervisor, branch.teller.username))
        #expect(failure { try admin.setApprovalLimit(of: branch.admin, to: 1, by: branch.admin) }?.key == .cashApprovalOwnWork)
        try admin.setApprovalLimit(of: branch.supervisor2, to: 123_400, by: branch.admin)
        #expect(try branch.context.stored("wang.qiang")?.approvalLimit == 123_400)
        try admin.setApprovalLimit(of: branch.supervisor2, to: nil, by: branch.admin)
        #expect(try branch.context.stored("wang.qiang")?.approvalLimit == nil)
        #expect(try branch.context.auditActions().filter { $0 == "operator.approval_limit" }.count == 2)
    }
}
