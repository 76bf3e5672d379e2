import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13: the administrator's settings hold the complaint deadlines the
/// README promises, validated field by field and together, and nothing is
/// saved while any of them is refused.
struct ComplaintDeadlineSettingsScreenTests {
    private func openAsAdmin(_ language: Language = .english) throws -> Workstation {
        let w = try Workstation(language: language)
        try w.signIn(as: "admin")
        try w.open(.settings)
        return w
    }

    /// Focus the deadline field `index` (0 simple … 3 due soon) and replace its value.
    private func setDeadline(_ w: Workstation, _ index: Int, _ value: String) {
        for _ in 0..<(6 + index) { w.press(.tab) }
        w.press(.control("u"))
        w.type(value)
    }

    @Test func theDeadlinesShowWithTheirValuesAndFit() throws {
        for language in Language.allCases {
            let w = try openAsAdmin(language)
            let s = Strings(language)
            for (key, value) in [(StringKey.complaintSettingSimpleDays, "15"), (.complaintSettingExtendedDays, "30"),
                                 (.complaintSettingExceptionalDays, "60"), (.complaintSettingDueSoonDays, "3")] {
                #expect(w.lines.contains { $0.contains(s(key)) && $0.hasSuffix(" " + value) }, "\(language) \(key)\n\(w.screen)")
            }
            for line in w.lines { #expect(DisplayWidth.of(line) <= 80) }
        }
    }

    @Test func anAdministratorChangesADeadline() throws {
        let w = try openAsAdmin()
        setDeadline(w, 0, "10")
        w.press(.enter)
        #expect(w.messageLine == " Saved.")
        #expect(ComplaintService(w.context).deadlines().simpleDays == 10)
        #expect(try w.context.database.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'settings.complaint_deadlines'") == 1)
    }

    @Test func inconsistentDaysAreRefusedAndNothingIsSaved() throws {
        let w = try openAsAdmin()
        // Idle lock changed too: it must not be saved while the deadlines are refused.
        w.press(.tab, .tab, .tab, .tab, .control("u"))
        w.type("2")
        for _ in 0..<3 { w.press(.tab) }  // extended days
        w.press(.control("u"))
        w.type("5")
        w.press(.enter)
        #expect(w.title == "Settings")
        #expect(w.messageLine == " " + Strings(.english)(.complaintDeadlinesInvalid))
        #expect(ComplaintService(w.context).deadlines() == .standard)
        #expect(BranchSettingsService(w.context).security().idleMinutes == 5)
        w.press(.control("u"))
        w.type("0")
        w.press(.enter)
        #expect(w.title == "Settings")
        #expect(w.screen.contains("! Complaint days: extended: "))
        #expect(ComplaintService(w.context).deadlines() == .standard)
    }
}
