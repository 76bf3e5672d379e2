import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// From a customer's panel: the statement of their accounts, and for
/// supervisors freezing an account and lifting the freeze with a reason.
@Suite struct CustomerPanelMoneyTests {
    /// Opens the panel of the first demo customer (two CNY accounts).
    private func openPanel(_ station: Workstation, as username: String) throws -> [String] {
        let accounts = try station.demoAccounts()
        try station.signIn(as: username)
        try station.open(.customers)
        station.type("张伟")
        station.press(.enter, .enter)
        #expect(station.app.topScreen is CustomerPanelScreen)
        return accounts.filter { $0.customerID == accounts[0].customerID }.map(\.number)
    }

    @Test func theStatementKeyOpensTheCustomersAccountsInTurn() throws {
        let station = try Workstation()
        let numbers = try openPanel(station, as: "teller")
        #expect(numbers.count == 2)
        station.press(.character("s"))
        #expect(station.app.topScreen is StatementScreen)
        #expect(station.screen.contains(AccountNumber.masked(numbers[0])))
        station.press(.character("n"))
        #expect(station.screen.contains(AccountNumber.masked(numbers[1])))
        station.press(.character("n"))
        #expect(station.screen.contains(AccountNumber.masked(numbers[0])))
    }

    @Test func aSupervisorFreezesAnAccountAndLiftsTheFreezeWithAReason() throws {
        let station = try Workstation()
        let numbers = try openPanel(station, as: "super")
        let supervisor = try #require(station.session.signedIn)
        station.press(.character("z"))
        #expect(station.app.topScreen is AccountStatusScreen)
        // Issue 13: account, action, type (judicial), amount (empty: whole), expiry (empty: until lifted), document,
        // the account a closing's balance goes to (not for a freeze), reason.
        station.press(.enter, .enter, .enter, .enter, .enter, .enter, .enter, .enter)
        #expect(station.screen.contains("Enter the ordering document's number"))
        station.type("(2026)沪0101执17号")
        station.press(.enter, .enter)
        station.type("court order 2026/17")
        station.press(.enter)
        #expect(station.messageLine.contains("is frozen"))
        #expect(try LedgerQueryService(station.context).account(number: numbers[0], by: supervisor).status == .frozen)
        let freeze = try #require(try AccountFreezeService(station.context).freezes(accountNumber: numbers[0], by: supervisor).last)
        #expect(freeze.type == .judicial && freeze.amount == nil && freeze.documentNumber == "(2026)沪0101执17号")
        station.press(.character("z"))
        station.press(.enter, .right, .enter, .enter, .enter, .enter, .enter, .enter)
        station.type("order withdrawn")
        station.press(.enter)
        #expect(station.messageLine.contains("is lifted"))
        #expect(try LedgerQueryService(station.context).account(number: numbers[0], by: supervisor).status == .active)
    }

    /// Issue 13: a supervisor closes an account from the status form, its balance transferred to the
    /// customer's other account once the customer is verified; the history stays.
    @Test func anAccountClosesWithItsBalanceTransferredAfterVerification() throws {
        let station = try Workstation()
        let numbers = try openPanel(station, as: "super")
        let supervisor = try #require(station.session.signedIn)
        let query = LedgerQueryService(station.context)
        let closing = try query.account(number: numbers[0], by: supervisor)
        let other = try query.account(number: numbers[1], by: supervisor)
        station.press(.character("z"))
        station.press(.enter, .right, .right, .enter, .enter, .enter, .enter, .enter)
        station.type(numbers[1])
        station.press(.enter, .enter)
        #expect(station.title.hasPrefix("Verify"))
        #expect(try query.account(number: numbers[0], by: supervisor).status == .active)
        station.press(.tab)
        station.type(station.oneTimeCode)
        station.press(.control("s"))
        #expect(station.messageLine.contains("is closed; its history stays on file"))
        #expect(try query.account(number: numbers[0], by: supervisor).status == .closed)
        #expect(try query.account(number: numbers[1], by: supervisor).balance == other.balance + closing.balance)
        #expect(try query.statement(accountID: closing.id, by: supervisor).count > 1)
        #expect(try BooksService(station.context).verify(by: nil).isClean)
    }

    @Test func tellersHaveNoFreezeKey() throws {
        let station = try Workstation()
        _ = try openPanel(station, as: "teller")
        station.press(.character("z"))
        #expect(station.app.topScreen is CustomerPanelScreen)
    }

    @Test func aDormantAccountIsReactivatedAfterTheCustomersPIN() throws {
        let station = try Workstation()
        let dormantNumber = try station.context.database.queryOne("SELECT number FROM accounts WHERE status = 'dormant'")?.string("number")
        let dormant = try #require(dormantNumber)
        try station.signIn(as: "teller")
        try station.open(.customers)
        station.type("刘洋")
        station.press(.enter, .enter)
        #expect(station.app.topScreen is CustomerPanelScreen)
        station.press(.character("a"))
        #expect(station.app.topScreen is VerifyCustomerScreen)
        #expect(station.screen.contains("reactivation of " + AccountNumber.masked(dormant)))
        station.press(.tab)
        station.type("258036")
        station.press(.control("s"))
        #expect(station.app.topScreen is CustomerPanelScreen)
        #expect(station.messageLine.contains("reactivated"))
        let teller = try #require(station.session.signedIn)
        #expect(try LedgerQueryService(station.context).account(number: dormant, by: teller).status == .active)
    }
}
