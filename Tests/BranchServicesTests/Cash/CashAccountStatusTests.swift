import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Abnormal accounts are refused with a message saying why and what can be
/// done; a supervisor freezes and lifts, a teller reactivates a dormant
/// account once the customer's identity was checked.
struct CashAccountStatusTests {
    private func attempts(_ branch: LedgerBranch, on account: AccountRecord, other: AccountRecord) -> [LocalizedMessage?] {
        let cashService = CashService(branch.context)
        let transfers = TransferService(branch.context)
        return [
            failure { try cashService.deposit(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                              key: branch.newKey(), by: branch.teller) },
            failure { try cashService.withdraw(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                               key: branch.newKey(), by: branch.teller) },
            failure { try transfers.transfer(TransferRequest(fromAccountNumber: account.number, toAccountNumber: other.number,
                                                             amount: 1_000), key: branch.newKey(), by: branch.teller) },
            failure { try transfers.transfer(TransferRequest(fromAccountNumber: other.number, toAccountNumber: account.number,
                                                             amount: 1_000), key: branch.newKey(), by: branch.teller) },
            failure { try cashService.assessDeposit(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                                    by: branch.teller) },
        ]
    }

    @Test(arguments: [(AccountStatus.frozen, StringKey.accountFrozen), (.dormant, .accountDormant), (.closed, .accountClosed)])
    func abnormalAccountsAreRefusedWithTheirOwnMessage(status: AccountStatus, key: StringKey1) throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000, status: status)
        let other = try branch.account(customer: 1, balance: 100_000)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        try branch.verifyForTransfer(account)
        try branch.verifyForTransfer(other)
        let footprint = try branch.footprint()
        for refusal in attempts(branch, on: account, other: other) {
            #expect(refusal == LocalizedMessage(key, AccountNumber.masked(account.number)))
        }
        #expect(try branch.footprint() == footprint)
        #expect(try branch.balance(account) == 100_000)
    }

    @Test func theThreeMessagesSayDifferentThingsInBothLanguages() {
        for language in [Language.english, .chinese] {
            let strings = Strings(language)
            let texts = [StringKey.accountFrozen, .accountDormant, .accountClosed].map { LocalizedMessage($0, "621234****5678").text(in: strings) }
            #expect(Set(texts).count == 3)
            #expect(texts.allSatisfy { $0.contains("621234****5678") })
        }
    }

    @Test func insufficientFundsSaysWhatIsAvailable() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 12_340)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        let refusal = failure {
            try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 12_350, cash: cash(12_350)),
                                                     key: branch.newKey(), by: branch.teller)
        }
        #expect(refusal == LocalizedMessage(.insufficientFunds, AccountNumber.masked(account.number), "123.40"))
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 12_340, cash: cash(12_340)),
                                                     key: branch.newKey(), by: branch.teller)
        #expect(try branch.balance(account) == 0)
        try branch.expectCleanBooks()
    }

    @Test func aDormantAccountIsReactivatedAfterAnIdentityCheck() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000, status: .dormant)
        try branch.openDrawer()
        let statuses = AccountStatusService(branch.context)
        #expect(failure { try statuses.reactivate(accountNumber: account.number, by: branch.teller) }?.key == .customerNotVerified)
        #expect(try branch.stored(account).status == .dormant)
        // A verification for another service does not count.
        try branch.verifyForWithdrawal(account)
        #expect(failure { try statuses.reactivate(accountNumber: account.number, by: branch.teller) }?.key == .customerNotVerified)
        try IdentityService(branch.context).verifyPIN(customerID: account.customerID, pin: customerPIN,
                                                      service: AccountStatusService.reactivationService(accountNumber: account.number),
                                                      by: branch.teller)
        try statuses.reactivate(accountNumber: account.number, by: branch.teller)
        #expect(try branch.stored(account).status == .active)
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                                     key: branch.newKey(), by: branch.teller)
        #expect(try branch.balance(account) == 99_000)
        #expect(try branch.context.auditActions().contains("account.status"))
        // Reactivating an active account is refused.
        #expect(failure { try statuses.reactivate(accountNumber: account.number, by: branch.teller) }?.key == .accountStatusChangeRefused)
    }

    @Test func onlyASupervisorFreezesAndLifts() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let statuses = AccountStatusService(branch.context)
        let forbidden = LocalizedMessage(.errorForbidden, Permission.approve.rawValue)
        #expect(failure { try statuses.freeze(accountNumber: account.number, reason: "court order", by: branch.teller) } == forbidden)
        #expect(failure { try statuses.freeze(accountNumber: account.number, reason: "court order", by: branch.admin) } == forbidden)
        #expect(failure { try statuses.freeze(accountNumber: account.number, reason: "", by: branch.supervisor) }?.key
                == .approvalReasonMissing)
        #expect(try branch.stored(account).status == .active)
        try statuses.freeze(accountNumber: account.number, reason: "court order 2026-17", by: branch.supervisor)
        #expect(try branch.stored(account).status == .frozen)
        #expect(failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                                    key: branch.newKey(), by: branch.teller)
        }?.key == .accountFrozen)
        #expect(failure { try statuses.lift(accountNumber: account.number, reason: "order lifted", by: branch.teller) } == forbidden)
        try statuses.lift(accountNumber: account.number, reason: "order lifted", by: branch.supervisor)
        _ = try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                                    key: branch.newKey(), by: branch.teller)
        #expect(try branch.balance(account) == 101_000)
        #expect(failure { try statuses.lift(accountNumber: account.number, reason: "again", by: branch.supervisor) }?.key
                == .accountStatusChangeRefused)
    }

    @Test func aClosedAccountCannotBeFrozenOrReactivated() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 0, status: .closed)
        let statuses = AccountStatusService(branch.context)
        #expect(failure { try statuses.freeze(accountNumber: account.number, reason: "court order", by: branch.supervisor) }?.key
                == .accountStatusChangeRefused)
        #expect(failure { try statuses.reactivate(accountNumber: account.number, by: branch.teller) }?.key == .accountStatusChangeRefused)
        #expect(failure { try statuses.freeze(accountNumber: "620000000000000000", reason: "court order", by: branch.supervisor) }?.key
                == .accountNotFound)
    }
}
