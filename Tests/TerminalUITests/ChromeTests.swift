import Testing
@testable import TerminalUI

/// The command table of an imaginary deposit screen: one table feeds
/// dispatch, the footer and the help overlay.
let depositCommands: [KeyCommand] = [
    KeyCommand(id: "help", keys: [.function(1), .character("?")], title: "Help"),
    KeyCommand(id: "back", keys: [.escape], title: "Back"),
    KeyCommand(id: "next", keys: [.tab, .backTab], title: "Next field"),
    KeyCommand(id: "save", keys: [.control("s")], title: "Save"),
    KeyCommand(id: "search", keys: [.function(3)], title: "Find customer"),
    KeyCommand(id: "print", keys: [.function(9)], title: "Print voucher"),
    KeyCommand(id: "refresh", keys: [.function(5), .control("r"), .control("l")], title: "Refresh",
               help: "Reload the balances", inFooter: false),
]

@Suite("Footer and KeyCommand")
struct FooterTests {
    @Test func footerIsGeneratedFromTheCommandTable() {
        var buffer = CellBuffer(width: 80, height: 3)
        Footer.render(depositCommands, into: &buffer, row: 2)
        // "F9 Print voucher" does not fit in 80 columns and is dropped whole;
        // "Refresh" is not a footer command at all.
        #expect(buffer.text() == """


            F1/? Help  Esc Back  Tab/S-Tab Next field  ^S Save  F3 Find customer
            """)
        #expect(!buffer.line(2).contains("Print"))
    }

    @Test func footerRoles() {
        var buffer = CellBuffer(width: 40, height: 1)
        Footer.render(depositCommands, into: &buffer, row: 0)
        #expect(buffer.text() == "F1/? Help  Esc Back")
        #expect(roleMap(buffer) == "KKKKfffffffKKKffffffffffffffffffffffffff")
    }

    @Test func aCommandThatEndsExactlyAtTheEdgeIsShown() {
        let commands = [KeyCommand(id: "back", keys: [.escape], title: "Back"), KeyCommand(id: "open", keys: [.enter], title: "Open")]
        var buffer = CellBuffer(width: 20, height: 1)  // "Esc Back  Enter Open" is exactly 20 cells
        Footer.render(commands, into: &buffer, row: 0)
        #expect(buffer.text() == "Esc Back  Enter Open")
        var narrower = CellBuffer(width: 19, height: 1)
        Footer.render(commands, into: &narrower, row: 0)
        #expect(narrower.text() == "Esc Back")
    }

    @Test func wideScreensShowMoreCommands() {
        var buffer = CellBuffer(width: 100, height: 1)
        Footer.render(depositCommands, into: &buffer, row: 0)
        #expect(buffer.text() == "F1/? Help  Esc Back  Tab/S-Tab Next field  ^S Save  F3 Find customer  F9 Print voucher")
    }

    @Test func chineseTitlesCountTwoCells() {
        let commands = [
            KeyCommand(id: "help", keys: [.function(1)], title: "帮助"),
            KeyCommand(id: "back", keys: [.escape], title: "返回"),
            KeyCommand(id: "save", keys: [.control("s")], title: "保存"),
        ]
        var buffer = CellBuffer(width: 20, height: 1)
        Footer.render(commands, into: &buffer, row: 0)
        #expect(buffer.text() == "F1 帮助  Esc 返回")
        #expect(roleMap(buffer) == "KKfffffffKKKffffffff")
    }

    @Test func dispatchUsesTheSameTable() {
        #expect(depositCommands.command(for: .character("?"))?.id == "help")
        #expect(depositCommands.command(for: .function(1))?.id == "help")
        #expect(depositCommands.command(for: .backTab)?.id == "next")
        #expect(depositCommands.command(for: .control("l"))?.id == "refresh")  // not in the footer, still works
        #expect(depositCommands.command(for: .function(12)) == nil)
    }

    @Test func keyLabelShowsAtMostTwoKeys() {
        #expect(depositCommands[0].keyLabel == "F1/?")
        #expect(depositCommands[6].keyLabel == "F5/^R")
        #expect(depositCommands[1].help == "Back")  // help defaults to the title
        #expect(depositCommands[6].help == "Reload the balances")
    }
}

@Suite("HelpOverlay")
struct HelpOverlayTests {
    @Test func listsEveryCommandIncludingThoseNotInTheFooter() {
        let global = [
            KeyCommand(id: "jump", keys: [.control("g")], title: "Go to", help: "Jump to any screen"),
            KeyCommand(id: "theme", keys: [.function(12)], title: "Theme", help: "Next colour theme", inFooter: false),
        ]
        let screen = Array(depositCommands.prefix(2)) + [depositCommands[6]]
        var buffer = CellBuffer(width: 50, height: 14)
        HelpOverlay().render(title: "Help", sections: [("Deposit", screen), ("Everywhere", global)], emptyNote: "none",
                             closeHint: "Esc closes help", into: &buffer, area: Rect(x: 0, y: 0, width: 50, height: 14))
        // The box takes the whole area it is given.
        #expect(buffer.text() == """
            ┌─ Help ─────────────────────────────────────────┐
            │ Deposit                                        │
            │ F1 ?      Help                                 │
            │ Esc       Back                                 │
            │ F5 ^R ^L  Reload the balances                  │
            │                                                │
            │ Everywhere                                     │
            │ ^G        Jump to any screen                   │
            │ F12       Next colour theme                    │
            │                                                │
            │                                                │
            │                                                │
            │ Esc closes help                                │
            └────────────────────────────────────────────────┘
            """)
        #expect(roleRow(buffer, 1) == "B.HHHHHHH........................................B")
        #expect(roleRow(buffer, 4) == "B.KKKKKKKK.......................................B")
    }

    @Test func longExplanationsWrapUnderTheirOwnColumn() {
        let commands = [KeyCommand(id: "a", keys: [.character("a")], title: "Approve",
                                   help: "Approve the highlighted application, giving a reason the customer can read later")]
        var buffer = CellBuffer(width: 40, height: 10)
        HelpOverlay().render(title: "Help", sections: [("Reviews", commands)], emptyNote: "none", closeHint: "Esc",
                             into: &buffer, area: Rect(x: 0, y: 0, width: 40, height: 10))
        let lines = buffer.text().components(separatedBy: "\n")
        #expect(lines[2] == "│ a  Approve the highlighted           │")
        #expect(lines[3] == "│    application, giving a reason the  │")
        #expect(lines[4] == "│    customer can read later           │")
        #expect(!buffer.text().contains("…"))
    }

    @Test func tooManyCommandsScrollAndTheCloseHintStays() {
        let area = Rect(x: 0, y: 0, width: 40, height: 7)
        let sections = [("Deposit", depositCommands)]
        let lines = HelpOverlay.layout(sections, emptyNote: "none", area: area)
        #expect(lines.count == 8)  // the heading and seven commands
        var help = HelpOverlay()
        var buffer = CellBuffer(width: 40, height: 7)
        help.render(title: "Help", sections: sections, emptyNote: "none", closeHint: "Esc closes help", into: &buffer, area: area)
        #expect(buffer.text() == """
            ┌─ Help ───────────────────────────────┐
            │ Deposit                              │
            │ F1 ?       Help                      │
            │ Esc        Back                      │
            │ Tab S-Tab  Next field                │
            │ Esc closes help  (1–4/8)             │
            └──────────────────────────────────────┘
            """)
        #expect(help.handle(.pageDown, lineCount: lines.count, pageHeight: HelpOverlay.pageHeight(in: area)) == .stay)
        #expect(help.handle(.end, lineCount: lines.count, pageHeight: HelpOverlay.pageHeight(in: area)) == .stay)
        #expect(help.scroll == 4)
        help.render(title: "Help", sections: sections, emptyNote: "none", closeHint: "Esc closes help", into: &buffer, area: area)
        #expect(buffer.line(4).contains("Refresh") == false)
        #expect(buffer.line(4).contains("Reload the balances"))
        #expect(buffer.line(5).contains("(5–8/8)"))
        #expect(help.handle(.up, lineCount: lines.count, pageHeight: 4) == .stay)
        #expect(help.scroll == 3)
        #expect(help.handle(.home, lineCount: lines.count, pageHeight: 4) == .stay)
        #expect(help.scroll == 0)
        #expect(help.handle(.character("x"), lineCount: lines.count, pageHeight: 4) == .close)
        #expect(help.handle(.escape, lineCount: lines.count, pageHeight: 4) == .close)
        #expect(help.handle(.function(1), lineCount: lines.count, pageHeight: 4) == .close)
    }

    @Test func aSectionWithoutCommandsSaysSo() {
        let lines = HelpOverlay.layout([("Board", []), ("Everywhere", [depositCommands[0]])], emptyNote: "No keys of its own",
                                       area: Rect(x: 0, y: 0, width: 60, height: 20))
        #expect(lines.prefix(3) == [.heading("Board"), .note("No keys of its own"), .blank])
    }
}

@Suite("StatusLine")
struct StatusLineTests {
    let segments = ["Teller 王芳", "Counter 3", "Main St branch"]

    func render(width: Int, alert: String?) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: 1)
        StatusLine.render(segments: segments, alert: alert, right: "2024-05-01 09:30", into: &buffer)
        return buffer
    }

    @Test func alertBadgeSegmentsAndRightAlignedText() {
        let buffer = render(width: 70, alert: "TRAINING")
        #expect(buffer.text() == " TRAINING  Teller 王芳 │ Counter 3 │ Main St branch   2024-05-01 09:30")
        #expect(roleMap(buffer) == "AAAAAAAAAA" + String(repeating: "s", count: 60))
    }

    @Test func withoutAnAlert() {
        let buffer = render(width: 60, alert: nil)
        #expect(buffer.text() == "Teller 王芳 │ Counter 3 │ Main St branch    2024-05-01 09:30")
        #expect(roleMap(buffer) == String(repeating: "s", count: 60))
    }

    @Test func truncationKeepsTheBadge() {
        #expect(render(width: 40, alert: "TRAINING").text() == " TRAINING  Teller 王芳… 2024-05-01 09:30")
        #expect(render(width: 30, alert: "TRAINING").text() == " TRAINING  T… 2024-05-01 09:30")
        // Too narrow for the right text: the badge still wins.
        let narrow = render(width: 20, alert: "TRAINING")
        #expect(narrow.text() == " TRAINING")
        #expect(roleMap(narrow) == "AAAAAAAAAAssssssssss")
    }

    @Test func emptySegmentsAreSkipped() {
        var buffer = CellBuffer(width: 30, height: 1)
        StatusLine.render(segments: ["A", "", "B"], alert: nil, right: "R", into: &buffer)
        #expect(buffer.text() == "A │ B                        R")
    }
}
