import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// The account statement: header with the masked account, pages of lines
/// with running balance read by key from either end.
@Suite struct StatementScreenTests {
    /// The demo account with a year of transfers (61 lines: the opening balance and 60 transfers).
    private func openBusyAccount(_ station: Workstation) throws -> (screen: StatementScreen, number: String) {
        try station.signIn(as: "teller")
        let number = try #require(try station.demoAccounts().first?.number)
        try station.openCashItem("Account statement")
        station.type(number)
        station.press(.enter)
        let screen = try #require(station.app.topScreen as? StatementScreen)
        return (screen, number)
    }

    @Test func theHeaderMasksTheAccountAndTheNewestPageComesFirst() throws {
        let station = try Workstation()
        let (screen, number) = try openBusyAccount(station)
        #expect(station.screen.contains(AccountNumber.masked(number)))
        #expect(!station.screen.contains(number))
        #expect(station.screen.contains("CNY"))
        #expect(station.screen.contains("active"))
        #expect(station.screen.contains("Balance: "))
        #expect(screen.lines.count == StatementScreen.pageSize)
        let ids = screen.lines.map(\.postingID)
        #expect(ids == ids.sorted(by: >))
        let newest = try #require(screen.lines.first)
        #expect(station.screen.contains(AmountParser.format(newest.balanceAfter)))
    }

    @Test func pagesOlderAndBackAndJumpsToEitherEnd() throws {
        let station = try Workstation()
        let (screen, _) = try openBusyAccount(station)
        let first = screen.lines
        station.press(.pageDown)
        let second = screen.lines
        #expect(second.count == StatementScreen.pageSize)
        #expect(try #require(second.first).postingID < (try #require(first.last)).postingID)
        // Each line's balance follows from the one before it (older).
        for (newer, older) in zip(second, second.dropFirst()) {
            #expect(newer.balanceAfter == older.balanceAfter + newer.change)
        }
        station.press(.pageUp)
        #expect(screen.lines == first)
        station.press(.end)
        let oldest = screen.lines
        #expect(oldest.last?.kind == .openingBalance)
        station.press(.pageDown)
        #expect(station.messageLine.contains("No older lines"))
        #expect(screen.lines == oldest)
        station.press(.pageUp)
        #expect(try #require(screen.lines.last).postingID > (try #require(oldest.first)).postingID)
        station.press(.home)
        #expect(screen.lines == first)
        station.press(.pageUp)
        #expect(station.messageLine.contains("No newer lines"))
    }

    @Test func anUnknownAccountIsRefusedOnTheField() throws {
        let station = try Workstation()
        try station.signIn(as: "teller")
        try station.openCashItem("Account statement")
        station.type("123")
        station.press(.enter)
        #expect(station.screen.contains("Enter the account number"))
        station.type("456789012345678")
        station.press(.enter)
        #expect(station.app.topScreen is StatementScreen)
        #expect(station.screen.contains("Account number"))
        #expect(station.screen.contains("!"))
    }
}
