import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Every operation carries a key fixed when the teller confirms: the same key
/// again returns the first result and moves nothing; the same key with other
/// content is refused.
struct LedgerIdempotencyTests {
    @Test func sameKeyTwiceReturnsTheFirstResultAndMovesMoneyOnce() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let request = CashRequest(accountNumber: account.number, amount: 12_340, cash: cash(12_340))
        let key = branch.newKey()
        let first = try CashService(branch.context).deposit(request, key: key, by: branch.teller)
        let drawerAfterFirst = try branch.drawerCash()
        let footprint = try branch.footprint()
        let second = try CashService(branch.context).deposit(request, key: key, by: branch.teller)
        #expect(!first.replayed)
        #expect(second.replayed)
        #expect(second.entryID == first.entryID)
        #expect(second.balanceAfter == 112_340)
        #expect(second.voucherSequence == first.voucherSequence)
        #expect(try branch.balance(account) == 112_340)
        #expect(try branch.drawerCash() == drawerAfterFirst)
        #expect(try branch.footprint() == footprint)
        try branch.expectCleanBooks()
    }

    @Test func sameKeyWithAnotherAmountIsRefusedAndMovesNothing() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let key = branch.newKey()
        let first = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: key, by: branch.teller)
        let footprint = try branch.footprint()
        let refusal = failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 20_000, cash: cash(20_000)),
                                                    key: key, by: branch.teller)
        }
        #expect(refusal?.key == .idempotencyConflict)
        #expect(refusal?.arguments.first == String(first.entryID))
        #expect(try branch.balance(account) == 110_000)
        #expect(try branch.footprint() == footprint)
        try branch.expectCleanBooks()
    }

    @Test func aKeyUsedForOneKindOfOperationCannotPostAnother() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        let other = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer()
        let key = branch.newKey()
        _ = try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 5_000, cash: cash(5_000)),
                                                    key: key, by: branch.teller)
        try branch.verifyForTransfer(account)
        let refusal = failure {
            try TransferService(branch.context).transfer(TransferRequest(fromAccountNumber: account.number,
                                                                         toAccountNumber: other.number, amount: 5_000),
                                                         key: key, by: branch.teller)
        }
        #expect(refusal?.key == .idempotencyConflict)
        #expect(try branch.balance(other) == 0)
    }

    @Test func transfersAndReversalsAreIdempotentToo() throws {
        let branch = try LedgerBranch()
        let from = try branch.account(balance: 100_000)
        let to = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(from)
        let request = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 30_000)
        let key = branch.newKey()
        let first = try TransferService(branch.context).transfer(request, key: key, by: branch.teller)
        let again = try TransferService(branch.context).transfer(request, key: key, by: branch.teller)
        #expect(again.replayed && again.entryID == first.entryID && again.balanceAfter == 70_000)
        #expect(try branch.balance(to) == 30_000)

        let reversalKey = branch.newKey()
        let reversal = try ReversalService(branch.context).reverse(entryID: first.entryID, reason: "wrong payee", key: reversalKey,
                                                                   by: branch.supervisor)
        let repeated = try ReversalService(branch.context).reverse(entryID: first.entryID, reason: "wrong payee", key: reversalKey,
                                                                   by: branch.supervisor)
        #expect(repeated.replayed && repeated.entryID == reversal.entryID)
        #expect(try branch.balance(from) == 100_000)
        #expect(try branch.balance(to) == 0)
        try branch.expectCleanBooks()
    }

    @Test func aRefusedAttemptDoesNotUseUpItsKey() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("limit.teller.deposit", minorUnits: 100_000, by: branch.admin)
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        let request = CashRequest(accountNumber: account.number, amount: 200_000, cash: cash(200_000))
        let key = branch.newKey()
        #expect(failure { try CashService(branch.context).deposit(request, key: key, by: branch.teller) }?.key == .approvalRequired)
        // The screen asks the supervisor and posts again with the key fixed at confirmation.
        let posted = try CashService(branch.context).deposit(request, key: key, approval: try branch.approval(for: branch.teller),
                                                             by: branch.teller)
        #expect(!posted.replayed)
        #expect(try branch.balance(account) == 200_000)
    }

    @Test func theVoucherIsWrittenOnceAndNamesBothPeople() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("limit.teller.deposit", minorUnits: 100_000, by: branch.admin)
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        let request = CashRequest(accountNumber: account.number, amount: 200_000, cash: cash(200_000))
        let key = branch.newKey()
        let approval = try branch.approval(for: branch.teller)
        let posted = try CashService(branch.context).deposit(request, key: key, approval: approval, by: branch.teller)
        let path = try #require(posted.voucherPath)
        let body = try String(contentsOfFile: path, encoding: .utf8)
        #expect(body.contains(AccountNumber.masked(account.number)))
        #expect(!body.contains(account.number))
        #expect(body.contains("Teller 柜员: li.wei"))
        #expect(body.contains("Approved by 授权: zhang.min"))
        #expect(body.contains("CNY 2,000.00"))
        try FileManager.default.removeItem(atPath: path)
        let again = try CashService(branch.context).deposit(request, key: key, approval: approval, by: branch.teller)
        #expect(again.voucherPath == path)
        #expect(!FileManager.default.fileExists(atPath: path))  // a repeat does not print again
        #expect(try branch.context.database.scalarInt("SELECT count(*) FROM vouchers WHERE kind = 'deposit'") == 1)
    }

    @Test(arguments: ["short", "", "has a space in it", String(repeating: "k", count: 101), "ключ-не-ascii"])
    func keysMustBeEightToAHundredPrintableASCIICharacters(key: String) throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let footprint = try branch.footprint()
        let refusal = failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 5_000, cash: cash(5_000)),
                                                    key: key, by: branch.teller)
        }
        #expect(refusal?.key == .idempotencyKeyInvalid)
        #expect(try branch.footprint() == footprint)
    }
}
