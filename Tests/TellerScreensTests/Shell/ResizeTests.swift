import Testing
import TerminalUI
@testable import TellerScreens

/// The "please enlarge" guard below 80x24, and redrawing after a resize.
struct ResizeTests {
    @Test func smallTerminalShowsPleaseEnlargeAndResizingBackRedraws() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        let menu = w.screen

        w.terminal.resize(width: 60, height: 20)
        w.app.runPendingKeys()
        w.expectScreen("""










         Please enlarge the terminal to at least 80×24 (now 60×20).









        """)

        // Keys other than quit are ignored while too small.
        w.press(.character("1"), .control("g"), .function(2))
        #expect(w.lines[10] == " Please enlarge the terminal to at least 80×24 (now 60×20).")

        let before = w.terminal.cellsWritten
        w.terminal.resize(width: 80, height: 24)
        w.app.runPendingKeys()
        #expect(w.screen == menu)
        #expect(w.terminal.cellsWritten - before >= 80 * 24)  // the whole frame is drawn again
        #expect(w.title == "Main menu")
    }

    @Test func tooNarrowOrTooShortAloneIsEnough() throws {
        let w = try Workstation()
        w.terminal.resize(width: 79, height: 40)
        w.app.runPendingKeys()
        #expect(w.screen.contains("Please enlarge the terminal to at least 80×24 (now 79×40)."))
        w.terminal.resize(width: 120, height: 23)
        w.app.runPendingKeys()
        #expect(w.screen.contains("Please enlarge the terminal to at least 80×24 (now 120×23)."))
    }

    @Test func pleaseEnlargeIsTranslated() throws {
        let w = try Workstation(language: .chinese)
        w.terminal.resize(width: 40, height: 10)
        w.app.runPendingKeys()
        #expect(w.screen.contains("请将终端窗口放大到至少 80×24"))
    }

    @Test func largerTerminalUsesTheRoom() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        w.terminal.resize(width: 120, height: 30)
        w.app.runPendingKeys()
        #expect(w.lines.count == 30)
        #expect(w.title == "Main menu")
        #expect(w.lines[0].contains("DEMO01 Training Branch 培训网点"))
        #expect(w.footer.hasPrefix("Enter Select"))
    }

    @Test func ctrlQStillQuitsWhileTooSmall() throws {
        let w = try Workstation()
        w.terminal.resize(width: 60, height: 20)
        w.press(.control("q"))
        #expect(w.app.isRunning == false)
    }
}
