import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// The electronic journal: tellers see only their own entries, the filter
/// form checks its fields, and a supervisor reverses another operator's
/// entry once — the second attempt shows the service's refusal.
@Suite struct JournalScreenTests {
    @Test func aTellerSeesOnlyTheirOwnEntries() throws {
        let station = try Workstation()
        let accounts = try station.demoAccounts()
        let teller = try station.demoOperator("teller")
        let supervisor = try station.demoOperator("super")
        let own = try station.transfer(by: teller, amount: 12_300, from: accounts[0], to: accounts[1].number)
        let other = try station.transfer(by: supervisor, amount: 45_600, from: accounts[1], to: accounts[2].number)
        try station.signIn(as: "teller")
        try station.openCashItem("Electronic journal")
        let screen = try #require(station.app.topScreen as? JournalScreen)
        #expect(station.screen.contains("You see only your own entries"))
        #expect(screen.lines.map(\.entry.id) == [own])
        #expect(screen.lines.allSatisfy { $0.maker == "teller" })
        #expect(station.screen.contains("123.00"))
        #expect(!station.screen.contains("456.00"))
        #expect(!station.screen.contains(" \(other) "))
        // Asking for the supervisor's account still shows only the teller's own entries.
        station.press(.character("f"))
        #expect(!station.screen.contains("Operator ID"))
        station.press(.tab, .tab, .tab)
        station.type(accounts[2].number)
        station.press(.control("s"))
        #expect(screen.lines.isEmpty)
        #expect(station.screen.contains("No entries match."))
    }

    @Test func theFilterFormExplainsBadValues() throws {
        let station = try Workstation()
        try station.signIn(as: "super")
        try station.openCashItem("Electronic journal")
        station.press(.character("f"))
        station.type("2026-02-30")
        station.press(.control("s"))
        #expect(station.screen.contains("Enter a real date as YYYY-MM-DD"))
        station.press(.backspace, .backspace)
        station.type("28")
        station.press(.tab, .tab)
        station.type("12.345")
        station.press(.control("s"))
        #expect(station.screen.contains("At most 2 decimals."))
        station.press(.backspace)
        station.press(.tab, .tab)
        station.type("nobody")
        station.press(.control("s"))
        #expect(station.screen.contains("No teller or supervisor with the ID nobody."))
    }

    @Test func aSupervisorReversesATellersEntryOnceAndTheSecondTryIsRefused() throws {
        let station = try Workstation()
        let accounts = try station.demoAccounts()
        let teller = try station.demoOperator("teller")
        let entry = try station.transfer(by: teller, amount: 25_000, from: accounts[0], to: accounts[1].number)
        try station.signIn(as: "super")
        try station.openCashItem("Electronic journal")
        let screen = try #require(station.app.topScreen as? JournalScreen)
        #expect(station.screen.contains("All operators' entries"))
        #expect(screen.lines.first?.entry.id == entry)
        station.press(.character("r"))
        #expect(station.title.contains("Reverse entry \(entry)"))
        station.press(.enter)
        #expect(station.screen.contains("This field is required."))
        station.type("wrong payee account")
        station.press(.enter)
        #expect(station.screen.contains("Reverse entry \(entry) of 250.00?"))
        station.confirmYes()
        let reversal = try #require(screen.lines.first { $0.entry.reversesID == entry }).entry.id
        #expect(station.messageLine.contains("Entry \(entry) reversed by entry \(reversal)."))
        #expect(screen.lines.first { $0.entry.id == entry }?.reversedBy == reversal)
        // The original is now the second line; reversing it again is refused with the service's words.
        let row = try #require(screen.lines.firstIndex { $0.entry.id == entry })
        for _ in 0..<row { station.press(.down) }
        #expect(station.screen.contains("reversed by \(reversal)"))
        // Issue 13: refused at once, before a reason is asked for.
        station.press(.character("r"))
        #expect(station.messageLine.contains("Entry \(entry) was already reversed by entry \(reversal)."))
        #expect(station.app.topScreen is JournalScreen)
        #expect(try BooksService(station.context).verify(by: nil).isClean)
    }

    @Test func aSupervisorCannotReverseTheirOwnEntry() throws {
        let station = try Workstation()
        let accounts = try station.demoAccounts()
        let supervisor = try station.demoOperator("super")
        _ = try station.transfer(by: supervisor, amount: 10_000, from: accounts[0], to: accounts[1].number)
        try station.signIn(as: "super")
        try station.openCashItem("Electronic journal")
        station.press(.character("r"))
        #expect(station.messageLine.contains("You cannot reverse an operation you entered or approved"))
        #expect(station.app.topScreen is JournalScreen)
    }

    @Test func tellersHaveNoReverseKey() throws {
        let station = try Workstation()
        try station.signIn(as: "teller")
        try station.openCashItem("Electronic journal")
        #expect(!station.footer.contains("Reverse"))
        station.press(.character("r"))
        #expect(station.app.topScreen is JournalScreen)
    }
}
