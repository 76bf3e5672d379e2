import Testing
@testable import TerminalUI

/// A whole screen composed the way TellerScreens will do it (status line,
/// table, footer), presented to a `MemoryTerminal` and asserted as one block,
/// tig / Terminal.Gui style, with a role map for the colours.
@Suite("Whole screen")
struct WholeScreenTests {
    static let commands = rows([([.function(1)], "Help"), ([.escape], "Back"), ([.enter], "Open")])

    func draw(_ table: inout Table, size: Size) -> CellBuffer {
        var buffer = CellBuffer(width: size.width, height: size.height)
        StatusLine.render(segments: ["王芳", "Counter 3"], alert: "DEMO", right: "09:30", into: &buffer)
        table.render(into: &buffer, at: Rect(x: 0, y: 1, width: size.width, height: size.height - 2))
        Footer.render(Self.commands, into: &buffer, row: size.height - 1)
        return buffer
    }

    @Test func statusTableAndFooter() {
        let terminal = MemoryTerminal(width: 40, height: 8)
        var table = Table(columns: [TableColumn("No.", width: 3), TableColumn("Amount", width: 9, alignment: .right), TableColumn("Customer")],
                          rows: [["1", "1,200.00", "王小明"], ["2", "50.00", "Alice Brown"], ["3", "一百万元整", "欧阳娜娜的储蓄账户很长"]])
        terminal.present(draw(&table, size: terminal.size))
        #expect(terminal.text == """
             DEMO  王芳 │ Counter 3            09:30
            No.    Amount Customer
            1    1,200.00 王小明
            2       50.00 Alice Brown
            3   一百万元… 欧阳娜娜的储蓄账户很长


            F1 Help  Esc Back  Enter Open
            """)
        #expect(roleMap(terminal.screen) == """
            AAAAAAssssssssssssssssssssssssssssssssss
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH
            SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            ........................................
            ........................................
            ........................................
            ........................................
            KKfffffffKKKfffffffKKKKKffffffffffffffff
            """)

        // Moving the selection redraws only the two rows that changed role.
        let before = terminal.cellsWritten
        _ = table.handle(.down)
        terminal.present(draw(&table, size: terminal.size))
        #expect(terminal.cellsWritten - before == 80)
        #expect(roleRow(terminal.screen, 3) == String(repeating: "S", count: 40))

        // A resize redraws everything at the new size.
        terminal.resize(width: 30, height: 6)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        terminal.present(draw(&table, size: terminal.size))
        #expect(terminal.text == """
             DEMO  王芳 │ Counter 3  09:30
            No.    Amount Customer
            1    1,200.00 王小明
            2       50.00 Alice Brown
            3   一百万元… 欧阳娜娜的储蓄…
            F1 Help  Esc Back  Enter Open
            """)
    }
}
