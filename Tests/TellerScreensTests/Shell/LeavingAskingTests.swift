import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13: keys that left without asking, menu keys that moved with the
/// role, and a paste that froze the screen.
struct LeavingAskingTests {
    /// Signs the teller in, takes counter 1 and calls the first waiting ticket; back on the main menu.
    static func tellerWithACustomerCalled(_ language: Language = .english) throws -> (Workstation, String) {
        let w = try Workstation(language: language)
        let queue = QueueService(w.context)
        try w.signIn(as: "teller")
        let teller = try #require(w.session.signedIn)
        let counter = try queue.openCounter(number: 1, serves: [.cash], by: teller)
        let called = try #require(try queue.callNext(counterID: counter.id, by: teller))
        return (w, called.displayNumber)
    }

    @Test func signingOutFromTheMenuWithACustomerCalledAsks() throws {
        let (w, number) = try Self.tellerWithACustomerCalled()
        #expect(w.title == "Main menu")
        w.press(.character("s"))
        #expect(w.screen.contains("Sign out with a customer called?"))
        #expect(w.screen.contains("Ticket \(number) is called to your"))
        #expect(w.session.signedIn != nil)
        w.press(.enter)  // starts on No
        #expect(w.session.signedIn != nil)
        #expect(w.title == "Main menu")
        w.press(.character("s"))
        w.press(.left, .enter)
        #expect(w.session.signedIn == nil)
        #expect(w.title == "Sign in")
    }

    @Test func quittingFromTheMenuWithACustomerCalledAsksInChineseToo() throws {
        let (w, number) = try Self.tellerWithACustomerCalled(.chinese)
        w.press(.character("q"))
        #expect(w.screen.contains("有客户已叫号，确定退出？"))
        #expect(w.screen.contains(number))
        #expect(w.app.isRunning)
        w.press(.escape)  // Esc always means no
        #expect(w.app.isRunning)
        w.press(.character("q"), .left, .enter)
        #expect(!w.app.isRunning)
    }

    @Test func f10WithACustomerCalledAsksToo() throws {
        let (w, _) = try Self.tellerWithACustomerCalled()
        w.press(.function(10))
        #expect(w.screen.contains("Sign out with a customer called?"))
        w.press(.enter)
        #expect(w.session.signedIn != nil)
    }

    @Test func withNoCustomerCalledTheMenuKeysLeaveAtOnce() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        w.press(.character("s"))
        #expect(w.session.signedIn == nil)
    }

    @Test func escOnTheSignInScreenWithTextTypedAsks() throws {
        let w = try Workstation()
        w.type("adm")
        w.press(.escape)
        #expect(w.app.isRunning)
        #expect(w.screen.contains("Quit teller?"))
        w.press(.enter)  // No: the typed ID is still there
        #expect(w.app.isRunning)
        #expect(w.screen.contains("adm"))
        w.press(.escape, .left, .enter)
        #expect(!w.app.isRunning)
        // With nothing typed, Esc quits at once as before.
        let empty = try Workstation()
        empty.press(.escape)
        #expect(!empty.app.isRunning)
    }

    @Test func escFromThePanelOfANewCustomerGoesBackToTheList() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.open(.customers)
        let list = w.title
        w.press(.function(5))
        let id = "110105" + "19800101" + "123"
        let number = id + String(try #require(ResidentIDNumber.checkDigit(for: id)))
        w.type("李新客")
        w.press(.tab, .tab)
        w.type(number)
        w.press(.tab, .tab)
        w.type("13800138000")
        w.press(.tab, .tab)
        w.type("1980-01-01")
        w.press(.control("s"))
        #expect(w.messageLine.contains("李新客"), "registration failed: \(w.messageLine)")
        let panel = w.title
        #expect(panel != list)
        w.press(.escape)
        #expect(w.title == list)
        w.press(.escape)
        #expect(w.title == "Main menu")
    }

    @Test func everyDestinationKeepsItsKeyWhateverTheRole() throws {
        var seen: [Destination: Character] = [:]
        for login in DemoBranch.logins {
            let w = try Workstation()
            try w.signIn(as: login.username)
            for destination in Destination.available(to: login.role) {
                let title = w.session.destinationTitle(destination)
                let item = try #require(w.menuItems.first { $0.hasSuffix("  " + title) })
                let key = try #require(item.first)
                if let earlier = seen[destination] { #expect(earlier == key, "\(destination) moved for \(login.username)") }
                seen[destination] = key
            }
        }
        // Complaints is 7 for every role that has it.
        #expect(seen[.complaints] == "7")
        #expect(Set(seen.values).count == seen.count)
    }

    @Test func aThousandPastedCharactersCostAFewFramesNotAThousand() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.open(.customers)
        let frames = w.terminal.framesPresented
        w.terminal.type(text: String(repeating: "王", count: 1_000))
        w.app.runPendingKeys()
        #expect(w.terminal.framesPresented - frames <= 2)
        #expect(!w.terminal.hasPendingKeys)
        // The real loop does the same: every waiting key is handled before the next frame.
        let before = w.terminal.framesPresented
        w.terminal.type(text: String(repeating: "x", count: 1_000))
        w.terminal.type(.control("q"))
        w.app.run(pollMilliseconds: 0)
        #expect(!w.app.isRunning)
        #expect(w.terminal.framesPresented - before <= 2)
    }
}

/// Issue 13: labels are shortened by design, never cut by the edge, at 80×24 in both languages.
struct LabelsFitTests {
    @Test(arguments: [Language.english, .chinese])
    func theCounterShowsEveryLabelWhole(_ language: Language) throws {
        let (w, _) = try LeavingAskingTests.tellerWithACustomerCalled(language)
        try w.open(.counter)
        let documents = w.session.needLabel("documents")
        #expect(w.screen.contains(documents + " "), "\(w.screen)")
        #expect(!w.lines.dropLast().contains { $0.contains("…") }, "\(w.screen)")
    }

    @Test(arguments: [Language.english, .chinese])
    func theReviewsListShowsItsHeadingsWhole(_ language: Language) throws {
        let w = try Workstation(language: language)
        try w.signIn(as: "super")
        try w.open(.reviews)
        #expect(w.screen.contains(w.session.strings(.panelRisk)), "\(w.screen)")
        #expect(!w.lines.dropLast().contains { $0.contains("…") }, "\(w.screen)")
    }
}

/// Issue 13: F1 lists what each key really does, on every screen.
struct HelpContentTests {
    @Test func theCustomerListDescribesEachKeyOnItsOwnRow() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.open(.customers)
        w.press(.function(1))
        #expect(w.hasLine("Enter", "Search for what you typed"), "\(w.screen)")
        #expect(w.hasLine("↓ ↑ PgDn PgUp", "Highlight another customer in the results"), "\(w.screen)")
        #expect(w.hasLine("F5", "Register a new customer"), "\(w.screen)")
        #expect(w.screen.contains("Keys everywhere"))
    }

    @Test(arguments: [Language.english, .chinese])
    func theLobbyBoardsHelpIsNotEmpty(_ language: Language) throws {
        let w = try Workstation(language: language)
        try w.signIn(as: "guide")
        try w.open(.lobby)
        w.press(.function(1))
        let s = w.session.strings
        // The explanation wraps under its own column; its start stands beside the key.
        let first = String(s(.uiBoardBackLong).prefix(8))
        #expect(w.hasLine("Esc", first), "\(w.screen)")
        #expect(w.screen.contains(s(.helpEverywhere)))
        #expect(w.hasLine("F10", s(.keySignOutLong)), "\(w.screen)")
    }
}
