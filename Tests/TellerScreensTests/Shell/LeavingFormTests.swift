import BankCore
import BankStore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The global keys work on the cash forms as everywhere, and leaving a form
/// with typed work (Esc, Ctrl-G, F10) asks first, starting on No; locking
/// keeps the work.
@Suite struct LeavingFormTests {
    /// The teller on the deposit form with an account and an amount typed.
    private func halfFilledDeposit(amount: String = "123.45") throws -> (Workstation, AccountRecord) {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try w.openCashHubItem("1")
        #expect(w.title == "Cash deposit")
        w.fill(account.number)
        w.type(amount)
        return (w, account)
    }

    @Test func globalKeysWorkOnTheCashForms() throws {
        for item: Character in ["1", "2"] {
            let w = try Workstation()
            _ = try w.tellerWithOpenDrawer()
            try w.openCashHubItem(item)
            let title = w.title
            w.press(.function(2))
            #expect(w.title != title, "F2 switches the language")
            w.press(.function(2))
            #expect(w.title == title)
            w.press(.function(4))
            #expect(w.title == "Terminal locked")
            w.type("135790")
            w.press(.enter)
            #expect(w.title == title)
            w.press(.control("g"))
            #expect(!w.paletteItems.isEmpty)
            w.press(.escape)
            #expect(w.paletteItems.isEmpty)
            w.press(.escape)
            #expect(w.title == "Cash and transfers", "an empty form is left without a question")
            w.press(.character(item))
            w.press(.function(10))
            #expect(w.title == "Sign in")
        }
    }

    @Test func escOnAHalfFilledCashFormAsksAndNoKeepsTheWork() throws {
        let (w, account) = try halfFilledDeposit()
        w.press(.escape)
        #expect(w.screen.contains("Leave this form?"))
        w.press(.enter)  // starts on No (Stay)
        #expect(w.title == "Cash deposit")
        #expect(!w.screen.contains("Leave this form?"))
        #expect(w.screen.contains(account.number))
        #expect(w.screen.contains("123.45"))
        w.press(.escape)
        w.confirmYes()
        #expect(w.title == "Cash and transfers")
    }

    @Test func ctrlGAndSignOutAskBeforeLosingTheForm() throws {
        let (w, _) = try halfFilledDeposit()
        w.press(.control("g"))
        w.press(try w.paletteKey(.customers))
        #expect(w.screen.contains("Leave this form?"))
        w.press(.escape)  // Esc in the question is No
        #expect(w.title == "Cash deposit")
        #expect(w.screen.contains("123.45"))
        w.press(.function(10))
        #expect(w.screen.contains("Leave this form?"))
        w.press(.enter)
        #expect(w.session.signedIn != nil)
        w.press(.function(10))
        w.confirmYes()
        #expect(w.title == "Sign in")
    }

    @Test func theIdleLockKeepsTheForm() throws {
        let (w, account) = try halfFilledDeposit()
        w.clock.advance(by: 60 * 60)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Terminal locked")
        #expect(!w.screen.contains("123.45"))
        w.type("135790")
        w.press(.enter)
        #expect(w.title == "Cash deposit")
        #expect(w.screen.contains(account.number))
        #expect(w.screen.contains("123.45"))
    }

    @Test func afterPostingEscLeavesWithoutAsking() throws {
        let (w, _) = try halfFilledDeposit(amount: "100")
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        #expect(w.hasLine("Check with the customer, then post"))
        w.press(.enter)
        #expect(w.messageLine.contains("Posted"))
        w.press(.escape)
        #expect(w.title == "Cash and transfers")
    }

    @Test func everyFormAsksNotOnlyTheCashOnes() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.open(.customers)
        w.press(.function(5))
        let title = w.title
        w.type("李")
        w.press(.escape)
        #expect(w.screen.contains("Leave this form?"))
        w.press(.enter)
        #expect(w.title == title)
        w.press(.escape)
        w.confirmYes()
        #expect(w.title != title)
    }
}
