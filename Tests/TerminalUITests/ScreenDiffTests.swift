import Testing
@testable import TerminalUI

@Suite("ScreenDiff and MemoryTerminal")
struct ScreenDiffTests {
    func frame() -> CellBuffer {
        var buffer = CellBuffer(width: 10, height: 3)
        buffer.write("Balance", x: 0, y: 0, role: .label)
        buffer.write("中文", x: 2, y: 1, role: .normal)
        return buffer
    }

    @Test func identicalFramesHaveNoRuns() {
        #expect(ScreenDiff.changes(from: frame(), to: frame()).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOne() {
        var new = frame()
        new.write("x", x: 7, y: 2, role: .normal)
        let runs = ScreenDiff.changes(from: frame(), to: new)
        #expect(runs == [CellRun(x: 7, y: 2, cells: [Cell("x")])])
    }

    @Test func roleChangeAloneIsAChange() {
        var new = frame()
        new.restyle(Rect(x: 0, y: 0, width: 1, height: 1), role: .selection)
        #expect(ScreenDiff.changes(from: frame(), to: new) == [CellRun(x: 0, y: 0, cells: [Cell("B", role: .selection)])])
    }

    @Test func changedWideCharacterRunIncludesItsContinuation() {
        var new = frame()
        new.write("字", x: 4, y: 1, role: .normal)  // replaces 文 in cells 4-5
        let runs = ScreenDiff.changes(from: frame(), to: new)
        #expect(runs == [CellRun(x: 4, y: 1, cells: [Cell("字", kind: .lead), Cell(" ", kind: .continuation)])])
    }

    @Test func changedContinuationIsRedrawnFromItsLead() {
        var new = frame()
        new.restyle(Rect(x: 3, y: 1, width: 1, height: 1), role: .error)  // only the right half of 中
        let runs = ScreenDiff.changes(from: frame(), to: new)
        #expect(runs.count == 1)
        #expect(runs.first?.x == 2)
        #expect(runs.first?.cells.map(\.kind) == [.lead, .continuation])
    }

    @Test func narrowTextReplacingAWideCharacterIsOneRun() {
        var new = frame()
        new.write("ab", x: 2, y: 1, role: .normal)
        let runs = ScreenDiff.changes(from: frame(), to: new)
        #expect(runs == [CellRun(x: 2, y: 1, cells: [Cell("a"), Cell("b")])])
    }

    @Test func sizeChangeOrNoPreviousFrameRedrawsEverything() {
        let bigger = CellBuffer(width: 12, height: 4)
        let runs = ScreenDiff.changes(from: frame(), to: bigger)
        #expect(runs.count == 4)
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 12 })
        #expect(runs.map(\.y) == [0, 1, 2, 3])
        let first = ScreenDiff.changes(from: nil, to: frame())
        #expect(first.reduce(0) { $0 + $1.cells.count } == 30)
    }

    /// A small deposit screen with an amount field.
    func depositScreen(amount: String) -> CellBuffer {
        var buffer = CellBuffer(width: 30, height: 6)
        buffer.write("Deposit", x: 0, y: 0, role: .title)
        buffer.write("Amount", x: 0, y: 2, role: .label)
        TextField(amount, filter: .amount).render(into: &buffer, at: Rect(x: 8, y: 2, width: 12, height: 1), focused: true)
        Footer.render(rows([([.escape], "Back")]), into: &buffer, row: 5)
        return buffer
    }

    @Test func memoryTerminalCountsCellsAndBytes() {
        let terminal = MemoryTerminal(width: 30, height: 6)
        terminal.present(depositScreen(amount: "12"))
        #expect(terminal.text == """
            Deposit

            Amount  12


            Esc Back
            """)
        #expect(terminal.framesPresented == 1)
        #expect(terminal.cellsWritten == 180)
        #expect(terminal.bytesLastFrame == 6 * 8 + 180)  // a run per row, all ASCII

        // One keystroke: one cell changes, a handful of bytes go out.
        terminal.present(depositScreen(amount: "125"))
        #expect(terminal.cellsWritten == 181)
        #expect(terminal.bytesLastFrame == 8 + 1)
        #expect(terminal.bytesLastFrame < 16)

        // Nothing changed: nothing written.
        terminal.present(depositScreen(amount: "125"))
        #expect(terminal.cellsWritten == 181)
        #expect(terminal.bytesLastFrame == 0)
        #expect(terminal.framesPresented == 3)

        // Invalidate (or a theme switch) forces a full frame.
        terminal.invalidate()
        terminal.present(depositScreen(amount: "125"))
        #expect(terminal.cellsWritten == 361)
        terminal.apply(theme: .monochrome)
        #expect(terminal.theme == .monochrome)
        terminal.present(depositScreen(amount: "125"))
        #expect(terminal.cellsWritten == 541)
    }

    @Test func wideCharacterKeystrokeCostsItsUTF8Bytes() {
        let terminal = MemoryTerminal(width: 10, height: 1)
        func frame(_ field: TextField) -> CellBuffer {
            var buffer = CellBuffer(width: 10, height: 1)
            field.render(into: &buffer, at: Rect(x: 0, y: 0, width: 10, height: 1), focused: true)
            return buffer
        }
        var field = TextField()
        terminal.present(frame(field))
        field.handle(.character("元"))
        terminal.present(frame(field))
        #expect(terminal.text == "元")
        #expect(terminal.bytesLastFrame == 8 + 3)  // one run: lead + continuation, 3 UTF-8 bytes
        #expect(terminal.cellsWritten == 12)
    }

    @Test func memoryTerminalQueuesKeysAndResizes() {
        let terminal = MemoryTerminal(width: 20, height: 5)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == nil)
        terminal.type(text: "5元")
        terminal.type(.enter)
        terminal.resize(width: 40, height: 10)
        #expect(terminal.hasPendingKeys)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("5"))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("元"))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .enter)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == nil)
        #expect(terminal.size == Size(width: 40, height: 10))
        terminal.shutdown()
        terminal.shutdown()
        #expect(terminal.isShutDown)
    }
}
