import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The Settings screen: language and theme for everyone, the branch's
/// security settings for administrators, shown with their current values.
struct SettingsScreenTests {
    @Test func administratorSeesTheCurrentSecuritySettings() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.settings)
        #expect(w.title == "Settings")
        // An administrator's fields (the complaint deadlines too, issue 13) are one to a line to fit 24 rows.
        #expect(w.lines[3] == "  Language                     < English >")
        #expect(w.lines[5] == "  Wrong PINs before lockout    5")
        #expect(w.lines[6] == "  Lockout (minutes)            30")
        #expect(w.lines[7] == "  Idle lock (minutes)          5")
    }

    @Test func savingUnchangedSettingsSucceeds() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.settings)
        w.press(.enter)
        #expect(w.messageLine == " Saved.")
        #expect(w.title == "Main menu")
    }

    @Test func administratorChangesTheIdleLock() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.settings)
        w.press(.tab, .tab, .tab, .tab, .control("u"))
        w.type("2")
        w.press(.enter)
        #expect(w.messageLine == " Saved.")
        #expect(BranchSettingsService(w.context).security().idleMinutes == 2)
        // The new timeout applies from the next sign-in.
        w.press(.function(10))
        try w.signIn(as: "admin")
        w.clock.advance(by: 2 * 60)
        w.app.checkIdle()
        w.app.draw()
        #expect(w.title == "Terminal locked")
        #expect(w.screen.contains("Locked after 2 minutes without a key press."))
    }

    @Test func outOfRangeValueIsRefusedUnderTheField() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.settings)
        w.press(.tab, .tab, .control("u"))
        w.type("99")
        w.press(.enter)
        #expect(w.title == "Settings")
        #expect(w.lines[13].contains("! "))  // the compact form's message line, below its ten fields
        #expect(BranchSettingsService(w.context).security().maxAttempts == 5)
    }

    @Test func tellerSeesOnlyLanguageAndTheme() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        try w.open(.settings)
        #expect(w.title == "Settings")
        #expect(!w.screen.contains("Wrong PINs before lockout"))
        // Choosing Chinese and saving switches the workstation and remembers it.
        w.press(.right, .enter)
        #expect(w.title == "主菜单")
        #expect(w.messageLine == " 已保存。")
        w.press(.function(10), .function(2))
        try w.signIn(as: "teller")
        #expect(w.title == "主菜单")
    }
}
