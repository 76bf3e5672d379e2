import Testing
@testable import TerminalUI

/// The actions of an imaginary deposit screen.
enum DepositAction: Hashable, Sendable { case help, back, next, save, search, print, refresh }

/// The key table of the imaginary deposit screen: one table feeds dispatch,
/// the footer and the help overlay.
let depositTable = KeyTable<DepositAction>([
    KeyBinding(.help, keys: [.function(1), .character("?")], title: "Help"),
    KeyBinding(.back, keys: [.escape], title: "Back"),
    KeyBinding(.next, keys: [.tab, .backTab], title: "Next field"),
    KeyBinding(.save, keys: [.control("s")], title: "Save"),
    KeyBinding(.search, keys: [.function(3)], title: "Find customer"),
    KeyBinding(.print, keys: [.function(9)], title: "Print voucher"),
    KeyBinding(.refresh, keys: [.function(5), .control("r"), .control("l")], title: "Refresh",
               help: "Reload the balances", inFooter: false),
])

/// The same table as the footer and help read it.
let depositCommands = depositTable.commands

/// A quick table for a test: each row's action is its position.
func rows(_ bindings: [(keys: [Key], title: String, help: String, inFooter: Bool)]) -> [KeyCommand] {
    KeyTable(bindings.enumerated().map { KeyBinding($0.offset, keys: $0.element.keys, title: $0.element.title, help: $0.element.help,
                                                    inFooter: $0.element.inFooter) }).commands
}

/// One footer row per (keys, title).
func rows(_ bindings: [(keys: [Key], title: String)]) -> [KeyCommand] {
    rows(bindings.map { ($0.keys, $0.title, "", true) })
}

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
        let commands = rows([([.escape], "Back"), ([.enter], "Open")])
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
        let commands = rows([([.function(1)], "帮助"), ([.escape], "返回"), ([.control("s")], "保存")])
        var buffer = CellBuffer(width: 20, height: 1)
        Footer.render(commands, into: &buffer, row: 0)
        #expect(buffer.text() == "F1 帮助  Esc 返回")
        #expect(roleMap(buffer) == "KKfffffffKKKffffffff")
    }

    @Test func dispatchUsesTheSameTable() {
        #expect(depositTable.action(for: .character("?")) == .help)
        #expect(depositTable.action(for: .function(1)) == .help)
        #expect(depositTable.action(for: .backTab) == .next)
        #expect(depositTable.action(for: .control("l")) == .refresh)  // not in the footer, still works
        #expect(depositTable.action(for: .function(12)) == nil)
        #expect(depositTable.keys(for: .refresh) == [.function(5), .control("r"), .control("l")])
        #expect(depositTable.label(for: .save) == "^S")
        // The footer and help rows are the table's, in its order.
        #expect(depositCommands.map(\.title) == depositTable.bindings.map(\.title))
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
        let global = rows([([.control("g")], "Go to", "Jump to any screen", true), ([.function(12)], "Theme", "Next colour theme", false)])
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
        let commands = rows([([.character("a")], "Approve", "Approve the highlighted application, giving a reason the customer can read later", true)])
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
