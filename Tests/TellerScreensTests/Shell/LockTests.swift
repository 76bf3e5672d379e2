import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The idle lock and the lock panel: a wrong PIN, the right PIN back to the
/// same screen, F10 to sign out.
struct LockTests {
    /// Signs in as the administrator and opens the Operators screen.
    func adminOnOperators() throws -> Workstation {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.operators)
        #expect(w.title == "Operators")
        return w
    }

    @Test func idleTimeoutLocksTheTerminal() throws {
        let w = try adminOnOperators()
        w.clock.advance(by: 5 * 60 - 1)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Operators")

        w.clock.advance(by: 2)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Terminal locked")
        #expect(w.screen.contains("┌─ Terminal locked ─"))
        #expect(w.screen.contains("│ Locked after 5 minutes without a key press."))
        #expect(w.screen.contains("│ Locked for Zhao Lei 赵磊 (admin). Enter the PIN to"))
        // Nothing of the screen underneath shows while locked.
        #expect(!w.screen.contains("teller2"))
        #expect(!w.screen.contains("Administrator  active"))
        #expect(w.footer == "Enter Confirm  F10 Sign out  F1/? Help  F2 中文")
        #expect(w.session.signedIn?.username == "admin")
    }

    @Test func keyPressesKeepTheTerminalUnlocked() throws {
        let w = try adminOnOperators()
        w.clock.advance(by: 4 * 60)
        w.press(.down)
        w.clock.advance(by: 4 * 60)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Operators")
    }

    @Test func nobodySignedInMeansNoIdleLock() throws {
        let w = try Workstation()
        w.clock.advance(by: 60 * 60)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Sign in")
    }

    @Test func wrongPINShowsAnErrorAndTheRightPINReturnsToTheSameScreen() throws {
        let w = try adminOnOperators()
        w.press(.down, .down)  // highlight the third operator
        let before = w.screen
        w.clock.advance(by: 6 * 60)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Terminal locked")

        w.type("111111")
        #expect(w.screen.contains("│ PIN           ******"))
        w.press(.enter)
        #expect(w.title == "Terminal locked")
        #expect(w.screen.contains("│ Operator ID or PIN is wrong. 4 attempts left before"))
        #expect(!w.screen.contains("******"))  // the PIN field was cleared

        w.type("864200")
        w.press(.enter)
        #expect(w.title == "Operators")
        #expect(w.session.signedIn?.username == "admin")
        // Same screen, same highlighted row; only the clock moved on.
        let lines = w.lines, beforeLines = before.components(separatedBy: "\n")
        #expect(Array(lines.dropFirst()) == Array(beforeLines.dropFirst()))
    }

    @Test func helpAndLanguageWorkOnTheLockPanel() throws {
        let w = try adminOnOperators()
        w.press(.function(4))
        #expect(w.title == "Terminal locked")
        #expect(!w.screen.contains("Locked after"))  // locked by key, not by idle
        w.press(.function(1))
        #expect(w.screen.contains("│ Keys on this screen"))
        #expect(w.screen.contains("Sign out and return to the sign-in screen"))
        #expect(!w.screen.contains("^G"))  // go to is not offered while locked
        w.press(.escape)
        #expect(!w.screen.contains("Keys on this screen"))
        w.press(.function(2))
        #expect(w.title == "终端已锁定")
        w.press(.function(2))
        #expect(w.title == "Terminal locked")
        // Go-to and other global keys do nothing while locked.
        w.press(.control("g"), .escape, .function(3))
        #expect(w.title == "Terminal locked")
        #expect(w.paletteItems.isEmpty)
        w.type("864200")
        w.press(.enter)
        #expect(w.title == "Operators")
    }

    @Test func f10OnTheLockPanelSignsOut() throws {
        let w = try adminOnOperators()
        w.clock.advance(by: 5 * 60)
        w.app.checkIdle()
        w.press(.function(10))
        #expect(w.session.signedIn == nil)
        #expect(w.title == "Sign in")
        #expect(w.app.isRunning)
        // The next operator starts fresh at the main menu.
        try w.signIn(as: "super")
        #expect(w.title == "Main menu")
    }

    @Test func earlierMessagesAreNotShownOnOrAfterTheLock() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.settings)
        w.press(.enter)
        #expect(w.messageLine == " Saved.")
        w.press(.function(4))
        #expect(w.messageLine.isEmpty)
        w.press(.function(10))
        #expect(w.title == "Sign in")
        #expect(w.messageLine.isEmpty)
    }

    @Test func fiveWrongPINsAtTheLockPanelSignOut() throws {
        let w = try adminOnOperators()
        w.press(.function(4))
        for _ in 1...4 {
            w.type("111111")
            w.press(.enter)
            #expect(w.title == "Terminal locked")
        }
        w.type("111111")
        w.press(.enter)
        #expect(w.session.signedIn == nil)
        #expect(w.title == "Sign in")
        #expect(w.messageLine == " Too many wrong PINs: this operator is now locked for 30 minutes.")
    }
}
