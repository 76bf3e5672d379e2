import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Limits that call a supervisor (daily cash out, single and daily transfer)
/// and the one-time code a transfer needs from the threshold up.
struct TransferLimitTests {
    @Test func theWithdrawalDailyLimitNeedsApproval() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("withdrawal.daily_limit", minorUnits: 100_000, by: branch.admin)
        let account = try branch.account(balance: 1_000_000)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        let service = CashService(branch.context)
        _ = try service.withdraw(CashRequest(accountNumber: account.number, amount: 60_000, cash: cash(60_000)), key: branch.newKey(),
                                 by: branch.teller)
        let second = CashRequest(accountNumber: account.number, amount: 40_000, cash: cash(40_000))
        #expect(try service.assessWithdrawal(second, by: branch.teller).approvalReasons.isEmpty)
        _ = try service.withdraw(second, key: branch.newKey(), by: branch.teller)
        let over = CashRequest(accountNumber: account.number, amount: 10, cash: cash(10))
        #expect(try service.assessWithdrawal(over, by: branch.teller).approvalReasons
                == [LocalizedMessage(.approvalAboveDailyLimit, "1,000.00", "1,000.00")])
        let footprint = try branch.footprint()
        #expect(failure { try service.withdraw(over, key: branch.newKey(), by: branch.teller) }?.key == .approvalRequired)
        #expect(try branch.footprint() == footprint)
        _ = try service.withdraw(over, key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try branch.balance(account) == 899_990)
        try branch.expectCleanBooks()
    }

    @Test func aReversedWithdrawalDoesNotCountTowardTheDailyLimit() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("withdrawal.daily_limit", minorUnits: 100_000, by: branch.admin)
        let account = try branch.account(balance: 1_000_000)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        let service = CashService(branch.context)
        let first = try service.withdraw(CashRequest(accountNumber: account.number, amount: 100_000, cash: cash(100_000)),
                                         key: branch.newKey(), by: branch.teller)
        _ = try ReversalService(branch.context).reverse(entryID: first.entryID, reason: "paid in error", key: branch.newKey(),
                                                        by: branch.supervisor)
        let again = CashRequest(accountNumber: account.number, amount: 100_000, cash: cash(100_000))
        #expect(try service.assessWithdrawal(again, by: branch.teller).approvalReasons.isEmpty)
    }

    @Test func theTransferSingleLimitNeedsApproval() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("transfer.single_limit", minorUnits: 100_000, by: branch.admin)
        let from = try branch.account(balance: 1_000_000)
        let to = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(from)
        let service = TransferService(branch.context)
        let atLimit = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 100_000)
        #expect(try service.assess(atLimit, by: branch.teller).approvalReasons.isEmpty)
        let over = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 100_001)
        #expect(try service.assess(over, by: branch.teller).approvalReasons == [LocalizedMessage(.approvalAboveSingleLimit, "1,000.00")])
        let footprint = try branch.footprint()
        #expect(failure { try service.transfer(over, key: branch.newKey(), by: branch.teller) }?.key == .approvalRequired)
        #expect(try branch.footprint() == footprint)
        let posted = try service.transfer(over, key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(posted.balanceAfter == 899_999)
        #expect(try branch.balance(to) == 100_001)
        try branch.expectCleanBooks()
    }

    @Test func theTransferDailyLimitCountsInternalAndExternalTransfers() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("transfer.daily_limit", minorUnits: 150_000, by: branch.admin)
        let from = try branch.account(balance: 1_000_000)
        let to = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(from)
        let service = TransferService(branch.context)
        _ = try service.transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 100_000),
                                 key: branch.newKey(), by: branch.teller)
        let payee = ExternalPayee(name: "Zhou Fang", bank: "Jinan Rural Bank", accountNumber: "6217001234567890")
        _ = try service.transfer(TransferRequest(fromAccountNumber: from.number, payee: payee, amount: 50_000), key: branch.newKey(),
                                 by: branch.teller)
        let over = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 10)
        #expect(try service.assess(over, by: branch.teller).approvalReasons
                == [LocalizedMessage(.approvalAboveDailyLimit, "1,500.00", "1,500.00")])
        #expect(failure { try service.transfer(over, key: branch.newKey(), by: branch.teller) }?.key == .approvalRequired)
        // Another account of the same customer has its own daily limit.
        let sibling = try branch.account(customer: 0, balance: 100_000)
        try branch.verifyForTransfer(sibling)
        let fromSibling = TransferRequest(fromAccountNumber: sibling.number, toAccountNumber: to.number, amount: 10)
        #expect(try service.assess(fromSibling, by: branch.teller).approvalReasons.isEmpty)
    }

    @Test func aOneTimeCodeIsRequiredFromTheThresholdUp() throws {
        let branch = try LedgerBranch()
        let from = try branch.account(balance: 20_000_000)
        let to = try branch.account(customer: 1, balance: 0)
        let service = TransferService(branch.context)
        let below = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 4_999_999)
        let at = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 5_000_000)
        #expect(try service.assess(below, by: branch.teller).oneTimeCodeRequired == false)
        #expect(try service.assess(at, by: branch.teller).oneTimeCodeRequired)
        // Unverified: refused.
        #expect(failure { try service.transfer(below, key: branch.newKey(), by: branch.teller) }?.key == .customerNotVerified)
        try branch.verifyForTransfer(from)
        #expect(try service.assess(below, by: branch.teller).verificationService == nil)
        #expect(try service.assess(at, by: branch.teller).verificationService == TransferService.verificationService(accountNumber: from.number))
        _ = try service.transfer(below, key: branch.newKey(), by: branch.teller)
        let footprint = try branch.footprint()
        #expect(failure { try service.transfer(at, key: branch.newKey(), by: branch.teller) }?.key == .transferNeedsOneTimeCode)
        #expect(try branch.footprint() == footprint)
        try branch.verifyForTransfer(from, oneTimeCode: true)
        _ = try service.transfer(at, key: branch.newKey(), by: branch.teller)
        #expect(try branch.balance(to) == 9_999_999)
        try branch.expectCleanBooks()
    }

    @Test func aVerificationCountsOnlyForItsAccountAndForThirtyMinutes() throws {
        let branch = try LedgerBranch()
        let from = try branch.account(balance: 1_000_000)
        let other = try branch.account(customer: 0, balance: 1_000_000)
        let to = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(other)
        let service = TransferService(branch.context)
        let request = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 1_000)
        #expect(failure { try service.transfer(request, key: branch.newKey(), by: branch.teller) }?.key == .customerNotVerified)
        try branch.verifyForTransfer(from)
        branch.clock.advance(by: 31 * 60)
        #expect(failure { try service.transfer(request, key: branch.newKey(), by: branch.teller) }?.key == .customerNotVerified)
        // A withdrawal verification is not a transfer verification.
        try branch.verifyForWithdrawal(from)
        #expect(failure { try service.transfer(request, key: branch.newKey(), by: branch.teller) }?.key == .customerNotVerified)
    }

    @Test func externalTransfersGoThroughClearingAndSaveThePayee() throws {
        let branch = try LedgerBranch()
        let from = try branch.account(balance: 1_000_000)
        try branch.verifyForTransfer(from)
        let payee = ExternalPayee(name: "Sun Hao 孙浩", bank: "Bank of Shenyang", accountNumber: "6222 0212 3456 7890")
        let posted = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: from.number, payee: payee, amount: 25_000, savePayee: true), key: branch.newKey(),
            by: branch.teller)
        #expect(posted.kind == .externalTransfer)
        #expect(try branch.internalBalance("clearing:CNY") == -25_000)
        let saved = try TransferService(branch.context).payees(customerID: from.customerID, by: branch.teller)
        #expect(saved.map(\.accountNumber) == ["6222021234567890"])
        #expect(saved.first?.name == "Sun Hao 孙浩")
        for (bad, key) in [(ExternalPayee(name: " ", bank: "Bank", accountNumber: "6222021234567890"), StringKey.payeeNameInvalid),
                           (ExternalPayee(name: "Sun", bank: "B", accountNumber: "6222021234567890"), .payeeBankInvalid),
                           (ExternalPayee(name: "Sun", bank: "Bank", accountNumber: "6222-0212"), .payeeAccountInvalid),
                           (ExternalPayee(name: "Sun", bank: "Bank", accountNumber: "1234567"), .payeeAccountInvalid)] {
            let refusal = failure {
                try TransferService(branch.context).transfer(TransferRequest(fromAccountNumber: from.number, payee: bad, amount: 100),
                                                             key: branch.newKey(), by: branch.teller)
            }
            #expect(refusal?.key == key)
        }
        try branch.expectCleanBooks()
    }

    @Test func transfersRefuseTheSameAccountOtherCurrenciesAndMissingAccounts() throws {
        let branch = try LedgerBranch()
        let from = try branch.account(balance: 1_000_000)
        let dollars = try branch.account(customer: 1, balance: 0, currency: .usd)
        try branch.verifyForTransfer(from)
        let service = TransferService(branch.context)
        #expect(failure {
            try service.transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: from.number, amount: 100),
                                 key: branch.newKey(), by: branch.teller)
        }?.key == .transferSameAccount)
        #expect(failure {
            try service.transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: dollars.number, amount: 100),
                                 key: branch.newKey(), by: branch.teller)
        } == LocalizedMessage(.currencyMismatch, AccountNumber.masked(dollars.number), "USD"))
        #expect(failure {
            try service.transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: "620000000000000000", amount: 100),
                                 key: branch.newKey(), by: branch.teller)
        }?.key == .accountNotFound)
        for amount: Int64 in [0, -5, AmountParser.maximumMinorUnits + 1] {
            #expect(failure {
                try service.transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: dollars.number, amount: amount),
                                     key: branch.newKey(), by: branch.teller)
            }?.key == .amountTooLarge)
        }
        let payee = try branch.account(customer: 1, balance: 0)
        #expect(failure {
            try service.transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: payee.number, amount: 1_000_001),
                                 key: branch.newKey(), by: branch.teller)
        } == LocalizedMessage(.insufficientFunds, AccountNumber.masked(from.number), "10,000.00"))
        #expect(try branch.balance(payee) == 0)
    }
}
