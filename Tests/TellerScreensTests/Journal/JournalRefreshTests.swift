import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13: the electronic journal re-reads when another terminal commits
/// (as the queue does), without a key, keeping the entry that was selected.
@Suite struct JournalRefreshTests {
    @Test func anEntryPostedOnAnotherTerminalShowsOnTheNextFrame() throws {
        let station = try Workstation()
        let accounts = try station.demoAccounts()
        let teller = try station.demoOperator("teller")
        let first = try station.transfer(by: teller, amount: 10_000, from: accounts[0], to: accounts[1].number)
        try station.signIn(as: "super")
        try station.openCashItem("Electronic journal")
        let screen = try #require(station.app.topScreen as? JournalScreen)
        #expect(screen.lines.first?.entry.id == first)

        let other = try station.otherTerminal()
        try IdentityService(other).verifyPIN(customerID: accounts[1].customerID, pin: "258036",
                                             service: TransferService.verificationService(accountNumber: accounts[1].number), by: teller)
        let second = try TransferService(other).transfer(TransferRequest(fromAccountNumber: accounts[1].number,
                                                                         toAccountNumber: accounts[0].number, amount: 5_000),
                                                         key: UUID().uuidString, by: teller).entryID
        station.app.draw()
        #expect(screen.lines.first?.entry.id == second)
        #expect(station.screen.contains("50.00"))
    }
}
