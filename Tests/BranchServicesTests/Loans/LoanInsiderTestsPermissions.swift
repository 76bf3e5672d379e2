import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Every public loan service method called straight, below the screens, by
/// each role: the service itself refuses whoever the role table does not allow.
struct LoanInsiderPermissionTests {
    private typealias Call = (name: String, allowed: Set<Role>, run: (Operator) throws -> Void)

    private static let desk: Set<Role> = [.teller, .supervisor, .trainer]
    private static let refusals: Set<String> = [StringKey.errorForbidden.rawValue, StringKey.approvalNotSupervisor.rawValue]

    @Test func eachRoleIsRefusedByTheServiceWhereTheRoleTableSaysSo() throws {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.activeLoan(balance: 1_000_000)
        let referred = try desk.approvedApplication(account: try desk.branch.account(balance: 0), decide: false)
        let admin = OperatorAdministration(desk.context)
        var people: [Role: Operator] = [.teller: desk.branch.teller2, .supervisor: desk.branch.supervisor2, .administrator: desk.branch.admin]
        people[.guide] = try admin.add(username: "wang.fang", displayName: "Wang Fang 王芳", role: .guide, pin: "246819", by: desk.branch.admin)
        people[.trainer] = try admin.add(username: "liu.yang", displayName: "Liu Yang 刘洋", role: .trainer, pin: "975319",
                                         by: desk.branch.admin)
        let input = try LoanApplicationService(desk.context).input(applicationID: referred, by: desk.teller)
        let context = desk.context, key = { desk.branch.newKey() }
        let calls: [Call] = [
            ("products", Self.desk.union([.administrator]), { _ = try LoanProductService(context).products(by: $0) }),
            ("product.save", [.administrator], { _ = try LoanProductService(context).save(ServicingBranch.product, by: $0) }),
            ("saveDraft", Self.desk, { _ = try LoanApplicationService(context).saveDraft(input, by: $0) }),
            ("application", Self.desk, { _ = try LoanApplicationService(context).application(id: referred, by: $0) }),
            ("preview", Self.desk, { _ = try LoanApplicationService(context).preview(input, by: $0) }),
            ("assessment", Self.desk, { _ = try LoanApplicationService(context).assessment(applicationID: referred, by: $0) }),
            ("drafts", Self.desk, { _ = try LoanApplicationService(context).drafts(by: $0) }),
            ("withdraw", Self.desk, { try LoanApplicationService(context).withdraw(applicationID: 999_999, reason: "changed mind", by: $0) }),
            ("inbox", Self.desk, { _ = try LoanApprovalService(context).inbox(by: $0) }),
            ("decide", [.supervisor], { _ = try LoanApprovalService(context).decide(applicationID: referred, approve: false,
                                                                                     reason: "permission probe", by: $0) }),
            ("waiting", Self.desk, { _ = try LoanContractService(context).waiting(customerID: loan.customerID, by: $0) }),
            ("sign", Self.desk, { _ = try LoanContractService(context).sign(applicationID: referred, key: key(), by: $0) }),
            ("disburse", Self.desk, { _ = try LoanDisbursalService(context).disburse(loanID: loan.id, payout: .account, key: key(), by: $0) }),
            ("position", Self.desk, { _ = try LoanRepaymentService(context).position(loanID: loan.id, by: $0) }),
            ("repay", Self.desk, { _ = try LoanRepaymentService(context).repay(loanID: loan.id, amount: 1, from: .account, key: key(), by: $0) }),
            ("repayEarly", Self.desk, { _ = try LoanRepaymentService(context).repayEarly(loanID: loan.id, prepayment: 1, choice: .shortenTerm,
                                                                                        from: .account, key: key(), by: $0) }),
            ("statement", Self.desk, { _ = try LoanRepaymentService(context).statement(loanID: loan.id, by: $0) }),
            ("portfolio", [.supervisor, .trainer], { _ = try LoanMonitoringService(context).portfolio(by: $0) }),
        ]
        for role in Role.allCases {
            let who = try #require(people[role])
            for call in calls {
                var key: String?
                do { try call.run(who) } catch let message as LocalizedMessage { key = message.key.rawValue } catch { key = "\(error)" }
                let refusedForRole = key.map(Self.refusals.contains) ?? false
                #expect(refusedForRole == !call.allowed.contains(role), "\(call.name) by \(role): \(key ?? "done")")
            }
        }
        // The refused calls moved nothing: the books are as the permitted ones left them.
        #expect(try desk.branch.balance(account) <= 1_000_000 + 12_000_000)
        try desk.branch.expectCleanBooks()
    }
}
