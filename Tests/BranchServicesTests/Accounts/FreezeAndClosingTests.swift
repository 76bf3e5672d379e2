import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: freezes carry a type, an amount, an expiry and the ordering
/// document; a partial freeze holds its amount out of what can be paid; an
/// account closes by paying out or transferring the whole balance in the
/// entry that closes it, never with anything pending, and keeps its history.
struct FreezeAndClosingTests {
    private func order(_ account: AccountRecord, _ type: FreezeType = .judicial, amount: Int64? = nil,
                       until: String? = nil) -> FreezeOrder {
        FreezeOrder(accountNumber: account.number, type: type, amount: amount, expiresOn: until.flatMap(BusinessDate.init),
                    documentNumber: "(2026)沪0101执123号", reason: "court order")
    }

    @Test func aPartialFreezeHoldsItsAmountAndTheRestCanBePaid() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        let freezes = AccountFreezeService(branch.context)
        let id = try freezes.place(order(account, amount: 60_000), by: branch.supervisor)
        #expect(try branch.stored(account).status == .active)
        let refusal = failure { try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 50_000,
                                                                                      cash: cash(50_000)), key: branch.newKey(), by: branch.teller) }
        #expect(refusal == LocalizedMessage(.insufficientFunds, AccountNumber.masked(account.number), "400.00"))
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 40_000, cash: cash(40_000)),
                                                     key: branch.newKey(), by: branch.teller)
        try freezes.lift(freezeID: id, reason: "court released it", by: branch.supervisor)
        #expect(try freezes.freezes(accountNumber: account.number, by: branch.teller).first?.liftedBy == branch.supervisor.id)
        try branch.expectCleanBooks()
    }

    @Test func aWholeFreezeFreezesTheAccountAndExpiresWhenTheDayOpensAfterIt() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        let freezes = AccountFreezeService(branch.context)
        try freezes.place(order(account, .customer, until: "2026-01-06"), by: branch.supervisor)
        #expect(try branch.stored(account).status == .frozen)
        try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-06")!, by: branch.supervisor)
        #expect(try branch.stored(account).status == .frozen)  // in force through its last day
        try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-07")!, by: branch.supervisor)
        #expect(try branch.stored(account).status == .active)
        #expect(try branch.context.auditActions().contains("account.freeze_lift"))
        try branch.expectCleanBooks()
    }

    @Test func aFreezeNeedsItsDocumentASupervisorAndAFutureExpiry() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        let freezes = AccountFreezeService(branch.context)
        var noDocument = order(account)
        noDocument.documentNumber = " "
        #expect(failure { try freezes.place(noDocument, by: branch.supervisor) }?.key == .freezeDocumentMissing)
        #expect(failure { try freezes.place(order(account), by: branch.teller) }?.key == .errorForbidden)
        #expect(failure { try freezes.place(order(account, until: "2026-01-05"), by: branch.supervisor) }?.key == .freezeExpiryPast)
        #expect(failure { try freezes.lift(freezeID: 99, reason: "no such", by: branch.supervisor) }?.key == .freezeNotFound)
        #expect(try branch.stored(account).status == .active)
    }

    @Test func closingTransfersTheWholeBalanceInTheEntryThatClosesIt() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        let other = try branch.account(balance: 0)
        try branch.verifyForTransfer(account)
        let closing = AccountClosingService(branch.context)
        _ = try closing.assess(accountNumber: account.number, by: branch.teller)
        let posted = try #require(try closing.close(accountNumber: account.number, payout: .transfer(toAccountNumber: other.number),
                                                    key: branch.newKey(), by: branch.teller))
        #expect(posted.amount == 100_000)
        #expect(try branch.stored(account).status == .closed)
        #expect(try branch.balance(other) == 100_000)
        // The history stays: the statement still reads, and nothing more moves.
        #expect(try LedgerQueryService(branch.context).statement(accountID: account.id, by: branch.teller).count == 2)
        #expect(failure { try closing.assess(accountNumber: account.number, by: branch.teller) }?.key == .accountClosed)
        try branch.expectCleanBooks()
    }

    @Test func closingPaysOutCashOrClosesAnEmptyAccountAfterTheCustomerIsVerified() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 12_300)
        let empty = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        let closing = AccountClosingService(branch.context)
        // Not the whole balance: refused.
        var part = CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000))
        part.closesAccount = true
        #expect(failure { try CashService(branch.context).withdraw(part, key: branch.newKey(), by: branch.teller) }?.key == .closingWholeBalance)
        _ = try closing.close(accountNumber: account.number, payout: .cash(cash(12_300)), key: branch.newKey(), by: branch.teller)
        #expect(try branch.stored(account).status == .closed && branch.balance(account) == 0)
        #expect(failure { try closing.close(accountNumber: empty.number, payout: .none, key: branch.newKey(), by: branch.teller) }?.key
            == .customerNotVerified)
        let service = AccountClosingService.verificationService(accountNumber: empty.number)
        try IdentityService(branch.context).verifyPIN(customerID: empty.customerID, pin: customerPIN, service: service, by: branch.teller)
        _ = try closing.close(accountNumber: empty.number, payout: .none, key: branch.newKey(), by: branch.teller)
        #expect(try branch.stored(empty).status == .closed)
        try branch.expectCleanBooks()
    }

    @Test func nothingClosesWithAFreezeInForceOrAnOverdraftInUse() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try AccountFreezeService(branch.context).place(order(account, .bank, amount: 1_000), by: branch.supervisor)
        let footprint = try branch.footprint()
        #expect(failure { try AccountClosingService(branch.context).assess(accountNumber: account.number, by: branch.teller) }?.key
            == .closingFrozen)
        try branch.verifyForTransfer(account)
        let other = try branch.account(balance: 0)
        #expect(failure { try AccountClosingService(branch.context).close(accountNumber: account.number, payout: .transfer(toAccountNumber: other.number),
                                                                          key: branch.newKey(), by: branch.teller) }?.key == .closingFrozen)
        #expect(try branch.footprint() == footprint)
        #expect(try branch.stored(account).status == .active)
    }
}
