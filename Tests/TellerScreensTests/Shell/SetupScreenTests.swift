import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// First-run setup on an empty file: the form, a mismatched PIN, and a
/// branch created whose administrator can then sign in.
struct SetupScreenTests {
    /// Fills the setup form from the top; the business date keeps its default.
    func fill(_ w: Workstation, code: String, name: String, admin: String, adminName: String, pin: String, pinAgain: String) {
        w.type(code)
        w.press(.tab)
        w.type(name)
        w.press(.tab, .tab)
        w.type(admin)
        w.press(.tab)
        w.type(adminName)
        w.press(.tab)
        w.type(pin)
        w.press(.tab)
        w.type(pinAgain)
    }

    @Test func emptyFileShowsTheSetupScreen() throws {
        let w = try Workstation(seeded: false)
        #expect(w.session.branch == nil)
        #expect(w.title == "First-run setup")
        #expect(w.lines[0].hasPrefix("Not signed in │ English"))
        #expect(!w.lines[0].contains("TRAINING"))
        let screen = w.screen
        #expect(screen.contains("No branch file was found at"))
        #expect(screen.contains(w.path))
        #expect(screen.contains("only you know."))  // the whole introduction is shown
        for label in ["Branch code", "Branch name", "Business date", "Administrator ID", "Administrator name", "PIN", "PIN again"] {
            #expect(w.lines.contains { $0.hasPrefix("  \(label) ") || $0 == "  \(label)" }, "\(label) field")
        }
        // The business date starts at today's date.
        #expect(w.lines.contains("  Business date        \(w.businessDate)"))
        #expect(w.footer.hasPrefix("Enter/^S Confirm  Tab/S-Tab Next field  Esc Quit  F1/? Help  F2 中文"))
    }

    @Test func mismatchedPINsShowTheMessageUnderTheField() throws {
        let w = try Workstation(seeded: false)
        fill(w, code: "BR01", name: "Main Street", admin: "boss", adminName: "Wu Boss", pin: "482915", pinAgain: "482916")
        w.press(.enter)
        #expect(w.title == "First-run setup")
        let lines = w.lines
        let again = try #require(lines.firstIndex { $0.hasPrefix("  PIN again ") })
        #expect(lines[again + 1].trimmingCharacters(in: .whitespaces) == "! The two PINs are different. Type the same PIN twice.")
        #expect(w.session.branch == nil)
        #expect(SetupService(w.context).needsSetup)
    }

    @Test func emptySubmissionMarksRequiredFields() throws {
        let w = try Workstation(seeded: false)
        w.press(.control("s"))
        #expect(w.title == "First-run setup")
        #expect(w.screen.components(separatedBy: "! This field is required.").count - 1 == 6)  // all but the date
        #expect(w.session.branch == nil)
    }

    @Test func validSubmissionLeadsToSignInAndTheAdministratorCanSignIn() throws {
        let w = try Workstation(seeded: false)
        fill(w, code: "BR01", name: "Main Street", admin: "boss", adminName: "Wu Boss", pin: "482915", pinAgain: "482916")
        w.press(.enter)
        // Focus is on the second PIN: type it again.
        w.press(.control("u"))
        w.type("482915")
        w.press(.enter)

        #expect(w.title == "Sign in")
        #expect(w.messageLine == " Branch BR01 created. Sign in as boss.")
        #expect(w.lines[0].hasPrefix("Not signed in │ English │ Business date \(w.businessDate) │ BR01 Main Street"))
        #expect(!w.screen.contains("TRAINING"))
        #expect(!w.screen.contains("Demo operators"))
        #expect(w.screen.contains("Esc or F10 quits."))
        #expect(w.session.branch?.isTraining == false)

        w.signIn("boss", "482915")
        #expect(w.session.signedIn?.username == "boss")
        #expect(w.session.signedIn?.role == .administrator)
        #expect(w.title == "Main menu")
        #expect(w.lines[3] == "  Welcome, Wu Boss (Administrator).")
        #expect(w.menuItems.contains { $0.hasSuffix("  Operators") })
    }

    @Test func setupCanBeDoneInChinese() throws {
        let w = try Workstation(seeded: false)
        w.press(.function(2))
        #expect(w.title == "首次设置")
        #expect(!w.screen.contains("Branch code"))
        w.type("?")  // a text field has focus: `?` is typed, not help
        #expect(!w.screen.contains("┌─"))
    }

    @Test func escapeOnSetupQuits() throws {
        let w = try Workstation(seeded: false)
        w.press(.escape)
        #expect(w.app.isRunning == false)
    }
}
