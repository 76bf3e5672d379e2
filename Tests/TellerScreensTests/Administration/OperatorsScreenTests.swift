import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The Operators screen: adding through the form (with its validation
/// messages), deactivating through the confirm dialog, and who may get there.
struct OperatorsScreenTests {
    func adminOnOperators() throws -> Workstation {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.operators)
        #expect(w.title == "Operators")
        return w
    }

    /// The screen line showing `username`'s row, if any.
    func row(_ w: Workstation, _ username: String) -> String? {
        w.lines.first { $0.hasPrefix(" \(username) ") }
    }

    /// Moves the table highlight onto `username`'s row (the first row starts highlighted).
    func highlight(_ w: Workstation, _ username: String) throws {
        let lines = w.lines
        let header = try #require(lines.firstIndex { $0.hasPrefix(" ID ") })
        let target = try #require(lines.firstIndex { $0.hasPrefix(" \(username) ") })
        w.press(.home)
        for _ in 0..<(target - header - 1) { w.press(.down) }
        #expect(w.terminal.screen[2, target].role == .selection)
    }

    @Test func listsEveryOperatorWithRoleAndState() throws {
        let w = try adminOnOperators()
        #expect(w.lines[3] == " ID           Name                       Role           State        Language")
        for login in DemoBranch.logins {
            let line = try #require(row(w, login.username))
            #expect(line.contains(login.displayName))
            #expect(line.contains(w.session.roleName(login.role)))
            #expect(line.contains("active"))
        }
        // Esc, F1 and F10 keep their place; what does not fit beside them is in F1.
        #expect(w.footer.hasPrefix("a/Ins Add  p Reset PIN  u Unlock"))
        #expect(w.footer.contains("Esc Back") && w.footer.contains("F1/? Help") && w.footer.contains("F10 Sign out"))
    }

    @Test func addOperatorShowsValidationUnderTheFieldsThenSucceeds() throws {
        let w = try adminOnOperators()
        w.press(.character("a"))
        #expect(w.title == "Add operator")
        #expect(w.lines[3] == "  ID")
        #expect(w.lines[4].contains("Use 3 to 20 letters, digits"))  // the hint under the focused field

        w.type("9x")
        w.press(.tab)
        w.type("New Person")
        w.press(.tab, .right)  // role: Teller -> Supervisor
        w.press(.tab)
        w.type("482915")
        w.press(.tab)
        w.type("482916")
        w.press(.enter)

        #expect(w.title == "Add operator")
        let lines = w.lines
        #expect(lines[3] == "  ID                 9x")
        #expect(lines[4].hasPrefix("                     ! Use 3 to 20 letters, digits"))
        #expect(lines[5] == "  Name               New Person")
        #expect(lines[6].isEmpty)
        #expect(lines[7] == "  Role               < Supervisor >")
        #expect(lines[9] == "  PIN                ******")
        #expect(lines[10].isEmpty)
        #expect(lines[11] == "  PIN again          ******")
        #expect(lines[12] == "                     ! The two PINs are different. Type the same PIN twice.")

        // The first problem has focus: fix the ID, then the second PIN.
        w.press(.control("u"))
        w.type("newbie")
        #expect(!w.lines[4].contains("!"))  // typing clears the field's message
        w.press(.tab, .tab, .tab, .tab, .control("u"))
        w.type("482915")
        w.press(.enter)

        #expect(w.title == "Operators")
        #expect(w.messageLine == " Operator newbie added.")
        let added = try #require(row(w, "newbie"))
        #expect(added.contains("New Person"))
        #expect(added.contains("Supervisor"))
        #expect(added.contains("active"))

        // The new operator can sign in with the PIN chosen.
        w.press(.function(10))
        w.signIn("newbie", "482915")
        #expect(w.session.signedIn?.username == "newbie")
        #expect(w.session.signedIn?.role == .supervisor)
    }

    @Test func addOperatorRefusesATakenIDAndAWeakPIN() throws {
        let w = try adminOnOperators()
        w.press(.character("a"))
        w.type("teller")
        w.press(.tab)
        w.type("Someone")
        w.press(.tab, .tab)
        w.type("123456")
        w.press(.tab)
        w.type("123456")
        w.press(.enter)
        #expect(w.title == "Add operator")
        #expect(w.lines[9] == "  PIN                ******")
        #expect(w.lines[10].contains("! "))  // too easy to guess

        w.press(.control("u"))
        w.type("482915")
        w.press(.tab, .control("u"))
        w.type("482915")
        w.press(.enter)
        #expect(w.title == "Add operator")
        #expect(w.lines[4].contains("! "))  // the ID is taken: the message sits under the ID
        #expect(!w.messageLine.isEmpty)
    }

    @Test func escapeLeavesTheFormWithoutAdding() throws {
        let w = try adminOnOperators()
        w.press(.character("a"))
        w.type("ghost")
        w.press(.escape)
        #expect(w.screen.contains("Leave this form?"))
        w.confirmYes()
        #expect(w.title == "Operators")
        #expect(row(w, "ghost") == nil)
    }

    @Test func questionMarkInTheFormIsTyped() throws {
        let w = try adminOnOperators()
        w.press(.character("a"), .tab)
        w.type("Who?")
        #expect(w.lines[5] == "  Name               Who?")
        #expect(!w.screen.contains("┌─ Help ─"))
    }

    @Test func deactivateAsksFirstEscapeCancelsTabEnterConfirms() throws {
        let w = try adminOnOperators()
        try highlight(w, "teller2")
        w.press(.character("d"))
        #expect(w.screen.contains("┌─ (De)activate ─"))
        #expect(w.screen.contains("│ Deactivate teller2? They will not be │"))
        #expect(w.screen.contains("│ able to sign in. "))
        #expect(w.screen.contains("[ Yes ]   [ No ]"))

        w.press(.escape)
        #expect(w.title == "Operators")  // Esc closed the dialog, not the screen
        #expect(!w.screen.contains("(De)activate ─"))
        #expect(try #require(row(w, "teller2")).contains("active"))
        #expect(!(try #require(row(w, "teller2")).contains("deactivated")))

        // Enter alone answers the highlighted "No".
        w.press(.character("d"), .enter)
        #expect(!(try #require(row(w, "teller2")).contains("deactivated")))

        w.press(.character("d"), .tab, .enter)
        #expect(w.messageLine == " teller2 deactivated.")
        #expect(try #require(row(w, "teller2")).contains("deactivated"))

        // A deactivated operator cannot sign in.
        w.press(.function(10))
        w.signIn("teller2", "135791")
        #expect(w.session.signedIn == nil)
        #expect(w.messageLine == " This operator has been deactivated. Ask an administrator.")
    }

    @Test func reactivateAsksTheOtherQuestion() throws {
        let w = try adminOnOperators()
        try highlight(w, "guide")
        w.press(.character("d"), .tab, .enter)
        #expect(w.messageLine == " guide deactivated.")
        try highlight(w, "guide")
        w.press(.character("d"))
        #expect(w.screen.contains("│ Reactivate guide?"))
        w.press(.tab, .enter)
        #expect(w.messageLine == " guide reactivated.")
        #expect(!(try #require(row(w, "guide")).contains("deactivated")))
    }

    @Test func tellerCannotReachTheOperatorsScreen() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        #expect(!w.screen.contains("Operators"))
        // The Operators key (the same for every role) does nothing for a teller.
        let operatorsKey = MenuHotkeys.key(for: .operators)
        w.press(.character(operatorsKey))
        #expect(w.title == "Main menu")

        w.press(.control("g"))
        #expect(!w.paletteItems.isEmpty)
        #expect(!w.paletteItems.contains { $0.hasSuffix("  Operators") })
        #expect(!w.screen.contains("Operators"))
        // Nor in the palette: the palette stays open and nothing opens.
        w.press(.character(operatorsKey))
        #expect(!w.paletteItems.isEmpty)
        #expect(w.title == "Main menu")
        w.press(.escape)
        // Every destination the palette offers is something other than Operators.
        for destination in Destination.available(to: .teller) {
            w.press(.control("g"), .character("0"))
            #expect(w.title == "Main menu")
            w.press(.control("g"), .character(MenuHotkeys.key(for: destination)))
            #expect(w.title != "Operators")
            #expect(w.title != "Main menu")
        }

        // The service refuses too, even if a screen tried.
        let teller = try #require(w.session.signedIn)
        #expect(throws: LocalizedMessage.self) { try OperatorAdministration(w.context).list(by: teller) }
    }

    @Test func supervisorMayUnlockButNotManage() throws {
        let w = try Workstation()
        // Lock the teller out first.
        w.signIn("teller", "000001")
        for _ in 1...4 { w.type("000001"); w.press(.enter) }
        // Sign-in words the locking PIN as any wrong PIN (issue 12); the lock is in the file.
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        #expect(try OperatorAdministration(w.context).list(by: try AuthenticationService(w.context).signIn(username: "admin", pin: "864200"))
                    .first { $0.username == "teller" }?.lockedUntil != nil)
        w.press(.backTab, .control("u"))
        w.type("super")
        w.press(.tab)
        w.type("802468")
        w.press(.enter)
        #expect(w.session.signedIn?.username == "super")

        try w.open(.operators)
        #expect(w.title == "Operators")
        #expect(w.footer.hasPrefix("u Unlock  F1/? Help"))
        #expect(try #require(row(w, "teller")).contains("locked"))
        w.press(.character("a"))
        #expect(w.title == "Operators")  // no add for a supervisor
        w.press(.character("d"))
        #expect(!w.screen.contains("(De)activate"))
        try highlight(w, "teller")
        w.press(.character("u"))
        #expect(w.messageLine == " teller unlocked.")
        #expect(try #require(row(w, "teller")).contains("active"))
    }
}
