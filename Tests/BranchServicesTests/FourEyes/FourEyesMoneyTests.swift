import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 12: a verification belongs to the operator, terminal and visit that
/// made it; cash between vault and drawer takes a second person; non-CNY
/// payments to other banks are refused and limits apply in the account's
/// currency; an approval's reason never holds the approver's PIN.
@Suite struct FourEyesMoneyTests {
    @Test func aVerificationCountsOnlyForTheOperatorAndTerminalThatMadeIt() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000)
        let target = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(account, by: branch.teller)  // teller A on terminal 1
        let request = TransferRequest(fromAccountNumber: account.number, toAccountNumber: target.number, amount: 10_000)
        let terminal2 = try branch.fixture.open(terminal: "tty2")
        let footprint = try branch.footprint()
        // Teller B on terminal 2: refused.
        #expect(failure { try TransferService(terminal2).transfer(request, key: branch.newKey(), by: branch.teller2) }?.key
                == .customerNotVerified)
        // Teller B on terminal 1: refused.
        #expect(failure { try TransferService(branch.context).transfer(request, key: branch.newKey(), by: branch.teller2) }?.key
                == .customerNotVerified)
        // The same teller at another terminal: refused.
        #expect(failure { try TransferService(terminal2).transfer(request, key: branch.newKey(), by: branch.teller) }?.key
                == .customerNotVerified)
        #expect(try branch.footprint() == footprint)
        #expect(try TransferService(terminal2).assess(request, by: branch.teller).verificationService != nil)
        // Where it was made, by whom it was made: allowed.
        #expect(try TransferService(branch.context).assess(request, by: branch.teller).verificationService == nil)
        _ = try TransferService(branch.context).transfer(request, key: branch.newKey(), by: branch.teller)
        let row = try #require(try branch.context.database.queryOne(
            "SELECT operator_id, terminal FROM identity_verifications WHERE customer_id = ? ORDER BY id DESC", [.integer(account.customerID)]))
        #expect(row.int("operator_id") == branch.teller.id)
        #expect(row.string("terminal") == "tty1")
    }

    @Test func aVerificationBelongsToTheVisit() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)  // no ticket served
        // The teller now serves the customer's ticket: a new visit, the earlier check does not carry over.
        let queue = QueueService(branch.context)
        let counter = try queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try queue.issue(type: .cash, priority: nil, customerID: account.customerID, needs: QueueBranch.cashNeeds, by: branch.supervisor)
        #expect(try queue.callNext(counterID: counter.id, by: branch.teller) != nil)
        let request = CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000))
        #expect(failure { try CashService(branch.context).withdraw(request, key: branch.newKey(), by: branch.teller) }?.key
                == .customerNotVerified)
        try branch.verifyForWithdrawal(account)
        _ = try CashService(branch.context).withdraw(request, key: branch.newKey(), by: branch.teller)
    }

    @Test func cashBetweenVaultAndDrawerNeedsASecondPerson() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer(float: CashBreakdown([.yuan100: 10]))
        let drawers = DrawerService(branch.context)
        let footprint = try branch.footprint()
        #expect(failure { try drawers.buy(cash(10_000), key: branch.newKey(), approval: nil, by: branch.teller) }?.key
                == .drawerMoveNeedsApproval)
        #expect(failure { try drawers.sell(cash(10_000), key: branch.newKey(), approval: nil, by: branch.teller) }?.key
                == .drawerMoveNeedsApproval)
        // An approval given for someone else's work does not do.
        #expect(failure { try drawers.buy(cash(10_000), key: branch.newKey(), approval: try branch.approval(for: branch.teller2),
                                          by: branch.teller) }?.key == .approvalForSomeoneElse)
        #expect(try branch.footprint() == footprint)
        let bought = try drawers.buy(cash(10_000), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        let sold = try drawers.sell(cash(10_000), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try branch.entry(bought.entryID).approverID == branch.supervisor.id)
        #expect(try branch.entry(sold.entryID).approverID == branch.supervisor.id)
        try branch.expectCleanBooks()
    }

    @Test func aForeignCurrencyPaymentToAnotherBankIsRefused() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000, currency: .usd)
        try branch.verifyForTransfer(account)
        let payee = ExternalPayee(name: "Acme Ltd", bank: "Bank of Elsewhere", accountNumber: "6222000011112222")
        let request = TransferRequest(fromAccountNumber: account.number, payee: payee, amount: 10_000)
        let footprint = try branch.footprint()
        let refused = failure { try TransferService(branch.context).transfer(request, key: branch.newKey(), by: branch.teller) }
        #expect(refused == LocalizedMessage(.transferForeignExternalRefused, "USD"))
        #expect(failure { try TransferService(branch.context).assess(request, by: branch.teller) } == refused)
        #expect(try branch.footprint() == footprint)
        #expect(try branch.internalBalance("clearing:USD") == 0)
        // CNY to another bank still goes.
        let cny = try branch.account(customer: 1, balance: 1_000_000)
        try branch.verifyForTransfer(cny)
        _ = try TransferService(branch.context).transfer(TransferRequest(fromAccountNumber: cny.number, payee: payee, amount: 10_000),
                                                         key: branch.newKey(), by: branch.teller)
    }

    @Test func transferLimitsApplyInTheAccountsCurrency() throws {
        let branch = try LedgerBranch()
        let usd = try branch.account(balance: 50_000_000, currency: .usd)
        let usdTarget = try branch.account(customer: 1, balance: 0, currency: .usd)
        let transfers = TransferService(branch.context)
        // USD 80,000.00 is under the CNY single limit at face value (500,000.00) but over it in USD (÷7 = 71,428.57).
        let request = TransferRequest(fromAccountNumber: usd.number, toAccountNumber: usdTarget.number, amount: 8_000_000)
        let standard = try transfers.assess(request, by: branch.supervisor)
        #expect(standard.approvalReasons.contains(LocalizedMessage(.approvalAboveSingleLimit, "71,428.57")))
        #expect(standard.oneTimeCodeRequired)  // 50,000.00 CNY → USD 7,142.85
        #expect(CashRules.standard.transferLimits(in: .usd) == TransferLimits(single: 7_142_857, daily: 14_285_714, oneTimeCode: 714_285))
        #expect(CashRules.standard.transferLimits(in: .cny).single == 50_000_000)

        // The branch sets USD figures of its own, in USD cents.
        let rules = CashRulesService(branch.context)
        try rules.set("transfer.single_limit.USD", minorUnits: 10_000_000, by: branch.admin)
        try rules.set("transfer.otp_threshold.USD", minorUnits: 9_000_000, by: branch.admin)
        let configured = try transfers.assess(request, by: branch.supervisor)
        #expect(!configured.approvalReasons.contains { $0.key == .approvalAboveSingleLimit })
        #expect(!configured.oneTimeCodeRequired)
        #expect(CashRulesService(branch.context).rules().transferLimits(in: .usd).daily == 14_285_714)  // not set: converted
        #expect(failure { try rules.set("transfer.single_limit.XYZ", minorUnits: 1, by: branch.admin) }?.key == .cashRuleUnknown)
    }

    @Test func anApprovalReasonNeverHoldsTheApproversPIN() throws {
        let branch = try LedgerBranch()
        let auth = branch.staff.auth
        for reason in ["pin 802468 oops", "802468", "8024 68 99", "  123456789 "] {
            #expect(failure { try auth.approve(username: "zhang.min", pin: supervisorPIN, reason: reason, maker: branch.teller) }?.key
                    == .approvalReasonHoldsPIN, "\(reason)")
        }
        // The PIN typed is refused in the reason even when it is the wrong PIN.
        #expect(failure { try auth.approve(username: "zhang.min", pin: "135799", reason: "float 135799", maker: branch.teller) }?.key
                == .approvalReasonHoldsPIN)
        let trail = try branch.context.database.query("SELECT detail FROM audit_log").compactMap { $0.string("detail") }
        #expect(!trail.contains { $0.contains("802468") || $0.contains("135799") })
        _ = try auth.approve(username: "zhang.min", pin: supervisorPIN, reason: "counted with the teller, account 6222 0200", maker: branch.teller)
    }
}
