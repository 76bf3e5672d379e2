import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: refusals the assessment makes for the account itself (the
/// screen stops there and never posts) are in the refusal log, so the KPI
/// error rate counts them; Enter pressed again on the same refusal is one
/// attempt. And a USD account's cash refusal names a way that works.
struct AssessRefusalLogTests {
    private func refusals(_ branch: LedgerBranch) throws -> [String] {
        try branch.context.database.query("SELECT kind || ':' || reason AS r FROM operation_refusals ORDER BY id").map { $0.string("r") ?? "" }
    }

    @Test(arguments: [(AccountStatus.frozen, "accountFrozen"), (.dormant, "accountDormant")])
    func aFrozenOrDormantAccountRefusedAtTheAssessmentIsLogged(status: AccountStatus, reason: String) throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000, status: status)
        try branch.openDrawer()
        let request = CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000))
        #expect(failure { try CashService(branch.context).assessDeposit(request, by: branch.teller) }?.rawKey == reason)
        #expect(try refusals(branch) == ["deposit:\(reason)"])
        // The same refusal again a moment later is the same attempt.
        branch.clock.advance(by: 30)
        _ = failure { try CashService(branch.context).assessDeposit(request, by: branch.teller) }
        #expect(try refusals(branch).count == 1)
        // Later it is a new attempt.
        branch.clock.advance(by: 300)
        _ = failure { try CashService(branch.context).assessDeposit(request, by: branch.teller) }
        #expect(try refusals(branch).count == 2)
    }

    @Test func insufficientFundsAndOtherCurrencyAreLogged() throws {
        let branch = try LedgerBranch()
        let poor = try branch.account(balance: 500)
        let dollars = try branch.account(customer: 1, balance: 10_000, currency: .usd)
        try branch.openDrawer()
        _ = failure { try CashService(branch.context).assessWithdrawal(CashRequest(accountNumber: poor.number, amount: 1_000, cash: cash(1_000)),
                                                                       by: branch.teller) }
        _ = failure { try CashService(branch.context).assessDeposit(CashRequest(accountNumber: dollars.number, amount: 1_000, cash: cash(1_000)),
                                                                    by: branch.teller) }
        _ = failure { try TransferService(branch.context).assess(TransferRequest(fromAccountNumber: poor.number, toAccountNumber: dollars.number,
                                                                                 amount: 100), by: branch.teller) }
        #expect(try refusals(branch) == ["withdrawal:insufficientFunds", "deposit:cashOnlyCNY", "transfer:currencyMismatch"])
    }

    @Test func aFormProblemIsNotAnAccountRefusal() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer()
        _ = failure { try CashService(branch.context).assessDeposit(CashRequest(accountNumber: "6200000000000000000", amount: 1_000,
                                                                                cash: cash(1_000)), by: branch.teller) }
        #expect(try refusals(branch).isEmpty)
    }

    /// The USD refusal used to send the teller to "a transfer", which from a CNY account is refused too.
    /// Now it says what works (a transfer from another USD account here), and that does work.
    @Test func theUSDCashRefusalNamesAWayThatWorks() throws {
        let branch = try LedgerBranch()
        let dollars = try branch.account(customer: 1, balance: 10_000, currency: .usd)
        let moreDollars = try branch.account(customer: 1, balance: 50_000, currency: .usd)
        let yuan = try branch.account(customer: 1, balance: 50_000)
        try branch.openDrawer()
        let refusal = failure { try CashService(branch.context).assessDeposit(CashRequest(accountNumber: dollars.number, amount: 1_000,
                                                                                          cash: cash(1_000)), by: branch.teller) }
        #expect(refusal == LocalizedMessage(.cashOnlyCNY, "USD"))
        for language in [Language.english, .chinese] {
            #expect(refusal?.text(in: Strings(language)).contains("USD") == true)
        }
        #expect(!(refusal?.text(in: Strings(.english)).contains("Use a transfer instead") ?? true))
        #expect(failure { try TransferService(branch.context).assess(TransferRequest(fromAccountNumber: yuan.number, toAccountNumber: dollars.number,
                                                                                     amount: 1_000), by: branch.teller) }?.key == .currencyMismatch)
        try branch.verifyForTransfer(moreDollars)
        _ = try TransferService(branch.context).transfer(TransferRequest(fromAccountNumber: moreDollars.number, toAccountNumber: dollars.number,
                                                                         amount: 1_000), key: branch.newKey(), by: branch.teller)
        #expect(try branch.balance(dollars) == 11_000)
        try branch.expectCleanBooks()
    }
}

extension LocalizedMessage {
    var rawKey: String { key.rawValue }
}
