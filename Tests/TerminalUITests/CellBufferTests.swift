import Testing
@testable import TerminalUI

@Suite("CellBuffer")
struct CellBufferTests {
    /// A buffer filled with dots, so padding written as spaces is visible.
    func dotted(width: Int, height: Int = 1) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        buffer.fill(buffer.bounds, role: .normal, character: ".")
        return buffer
    }

    @Test func mixedChineseAndEnglishLineUpInColumns() {
        var buffer = CellBuffer(width: 20, height: 3)
        #expect(buffer.write("取款 Cash 100元", x: 0, y: 0, role: .normal) == 15)
        buffer.write("户名", x: 0, y: 1, role: .label)
        buffer.write("Name", x: 0, y: 2, role: .label)
        buffer.write("|", x: 5, y: 1, role: .border)
        buffer.write("|", x: 5, y: 2, role: .border)
        #expect(buffer.text() == """
            取款 Cash 100元
            户名 |
            Name |
            """)
        #expect(buffer[0, 0] == Cell("取", kind: .lead))
        #expect(buffer[1, 0] == Cell(" ", kind: .continuation))
        #expect(buffer[5, 0].character == "C")
        #expect(buffer[13, 0] == Cell("元", kind: .lead))
        #expect(buffer[14, 0].kind == .continuation)
        #expect(roleRow(buffer, 1) == "LLLL.B..............")
    }

    @Test func wideCharacterStraddlingTheRightEdgeBecomesASpace() {
        var buffer = dotted(width: 5)
        buffer.write("ab中文", x: 0, y: 0, role: .normal)
        // 中 fills cells 2-3; 文 would need cells 4-5 but only 4 exists.
        #expect(buffer.line(0) == "ab中 ")
        #expect(buffer.text() == "ab中")
        #expect(buffer[4, 0] == Cell(" "))
    }

    @Test func wideCharacterStraddlingMaxWidthBecomesASpace() {
        var buffer = dotted(width: 10)
        let written = buffer.write("中文字", x: 1, y: 0, role: .normal, maxWidth: 5)
        #expect(written == 5)
        #expect(buffer.text() == ".中文 ....")
        #expect(DisplayWidth.of(buffer.line(0)) == 10)
    }

    @Test func lineNeverShowsHalfCharacters() {
        var buffer = dotted(width: 7, height: 3)
        buffer.write("一二三四", x: 0, y: 0, role: .normal)
        buffer.write("一二三四", x: 1, y: 1, role: .normal)
        buffer.write("一二三四", x: -1, y: 2, role: .normal)
        #expect(buffer.text() == """
            一二三
            .一二三
             二三四
            """)
        for y in 0..<buffer.height {
            #expect(DisplayWidth.of(buffer.line(y)) == buffer.width)
        }
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0, role: .normal)
        buffer.write("x", x: 0, y: 0, role: .error)
        #expect(buffer.text() == "x 文")
        #expect(buffer[1, 0] == Cell(" "))
        #expect(buffer[2, 0] == Cell("文", kind: .lead))
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0, role: .normal)
        buffer.write("y", x: 1, y: 0, role: .error)
        #expect(buffer.line(0) == " y文  ")
        #expect(buffer[0, 0] == Cell(" "))
        #expect(roleRow(buffer, 0) == ".E....")
    }

    @Test func wideCharacterOverTwoHalvesBlanksBothNeighbours() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0, role: .normal)
        buffer.write("字", x: 1, y: 0, role: .normal)
        #expect(buffer.line(0) == " 字   ")
        #expect(buffer.cells.map(\.kind) == [.narrow, .lead, .continuation, .narrow, .narrow, .narrow])
    }

    @Test func writingOffTheLeftEdgeClipsAndKeepsTheRest() {
        var buffer = dotted(width: 6, height: 4)
        buffer.write("abcdef", x: -2, y: 0, role: .normal)
        buffer.write("中文ab", x: -1, y: 1, role: .normal)  // 中 loses its left half: a space remains
        buffer.write("abcdefghijkl", x: -2, y: 2, role: .normal)  // no maxWidth: runs to the right edge
        buffer.write("abcdef", x: -2, y: 3, role: .normal, maxWidth: 4)  // maxWidth counts from x
        #expect(buffer.text() == """
            cdef..
             文ab.
            cdefgh
            cd....
            """)
    }

    @Test func writingOutsideTheBufferChangesNothing() {
        var buffer = dotted(width: 4, height: 2)
        let before = buffer
        #expect(buffer.write("abc", x: 0, y: -1, role: .error) == 0)
        #expect(buffer.write("abc", x: 0, y: 2, role: .error) == 0)
        buffer.write("abc", x: 4, y: 0, role: .error)
        buffer.write("abc", x: -3, y: 1, role: .error)
        #expect(buffer == before)
    }

    @Test func controlCharactersAreShownAsQuestionMarksAndCombiningMarksStay() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.write("a\tb\u{7F}c", x: 0, y: 0, role: .normal)
        buffer.write("e\u{301}x", x: 6, y: 0, role: .normal)
        #expect(buffer.text() == "a?b?c " + "e\u{301}x")
        #expect(buffer[6, 0].character == Character("e\u{301}"))
        #expect(buffer[7, 0].character == "x")
    }

    @Test func c1ControlCharactersAreNeverSentRaw() {
        // U+009B is CSI on terminals that honour 8-bit controls; it must not reach the screen.
        var buffer = CellBuffer(width: 8, height: 1)
        buffer.write("a\u{9B}31m\u{85}b", x: 0, y: 0, role: .normal)
        #expect(buffer.text() == "a?31m?b")
        #expect(buffer.cells.allSatisfy { cell in !cell.character.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) } })
    }

    @Test func writeInRectPadsOrTruncatesWithAnEllipsis() {
        var buffer = dotted(width: 12, height: 2)
        buffer.write("储蓄账户余额", in: Rect(x: 1, y: 0, width: 8, height: 1), role: .label)
        buffer.write("中", in: Rect(x: 1, y: 1, width: 8, height: 1), role: .label, alignment: .right)
        #expect(buffer.text() == """
            .储蓄账… ...
            .      中...
            """)
        #expect(roleMap(buffer) == """
            .LLLLLLLL...
            .LLLLLLLL...
            """)
    }

    @Test func fillAndRestyle() {
        var buffer = CellBuffer(width: 8, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 10, height: 5), role: .border, character: "#")
        buffer.write("中文", x: 2, y: 0, role: .normal)
        buffer.restyle(Rect(x: 0, y: 0, width: 4, height: 1), role: .selection)
        #expect(buffer.text() == """
              中文
             #######
             #######
            """)
        #expect(roleMap(buffer) == """
            SSSS....
            .BBBBBBB
            .BBBBBBB
            """)
    }

    @Test func emptyBufferIsSafe() {
        var buffer = CellBuffer(width: 0, height: 0)
        #expect(buffer.write("abc", x: 0, y: 0, role: .normal) == 0)
        #expect(buffer.text() == "")
        #expect(buffer.line(5) == "")
        #expect(buffer[3, 3] == .blank)
    }
}
