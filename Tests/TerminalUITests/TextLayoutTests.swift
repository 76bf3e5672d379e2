import Testing
@testable import TerminalUI

@Suite("TextLayout")
struct TextLayoutTests {
    @Test func truncateLeavesShortTextAlone() {
        #expect(TextLayout.truncate("Hello", width: 10) == "Hello")
        #expect(TextLayout.truncate("Hello", width: 5) == "Hello")
        #expect(TextLayout.truncate("中文", width: 4) == "中文")
    }

    @Test func truncateEndsWithAnEllipsisThatCountsOneCell() {
        #expect(TextLayout.truncate("Hello world", width: 8) == "Hello w…")
        #expect(DisplayWidth.of(TextLayout.truncate("Hello world", width: 8)) == 8)
        #expect(TextLayout.truncate("Hello", width: 1) == "…")
        #expect(TextLayout.truncate("Hello", width: 0) == "")
        #expect(TextLayout.truncate("Hello", width: -3) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // 7 cells: 中华人 (6) + … (1).
        #expect(TextLayout.truncate("中华人民共和国", width: 7) == "中华人…")
        // 6 cells: 人 would need cells 5-6, so it is dropped and the result is one cell short.
        #expect(TextLayout.truncate("中华人民共和国", width: 6) == "中华…")
        #expect(DisplayWidth.of(TextLayout.truncate("中华人民共和国", width: 6)) == 5)
        #expect(TextLayout.truncate("账户 Account", width: 7) == "账户 A…")
        #expect(TextLayout.truncate("账户 Account", width: 6) == "账户 …")
        #expect(TextLayout.truncate("中文", width: 1) == "…")
        #expect(TextLayout.truncate("中文", width: 2) == "…")
    }

    @Test func fitPadsToExactWidthInEveryAlignment() {
        #expect(TextLayout.fit("中文", width: 6) == "中文  ")
        #expect(TextLayout.fit("中文", width: 6, alignment: .right) == "  中文")
        #expect(TextLayout.fit("中文", width: 7, alignment: .center) == " 中文  ")
        #expect(TextLayout.fit("OK", width: 6, alignment: .center) == "  OK  ")
        // Truncated to 7 cells and padded to 8.
        #expect(TextLayout.fit("储蓄账户余额", width: 8) == "储蓄账… ")
        #expect(TextLayout.fit("储蓄账户余额", width: 8, alignment: .right) == " 储蓄账…")
        for width in 0...9 {
            #expect(DisplayWidth.of(TextLayout.fit("储蓄 account 余额", width: width, alignment: .center)) == width)
        }
    }

    @Test func wrapBreaksChineseTextWithoutSpaces() {
        #expect(TextLayout.wrap("中文没有空格的句子也能换行", width: 10) == [
            "中文没有空",
            "格的句子也",
            "能换行",
        ])
        // An odd width never gets half a character.
        #expect(TextLayout.wrap("一二三", width: 5) == ["一二", "三"])
    }

    @Test func wrapBreaksMixedTextAtSpaces() {
        #expect(TextLayout.wrap("请输入 account number 后按 Enter", width: 12) == [
            "请输入",
            "account",
            "number 后按",
            "Enter",
        ])
        #expect(TextLayout.wrap("Withdraw 500.00 from account 6222", width: 16) == [
            "Withdraw 500.00",
            "from account",
            "6222",
        ])
    }

    @Test func wrapKeepsParagraphsAndCutsLongWords() {
        #expect(TextLayout.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        // "\r\n" is one Character in Swift; text pasted from Windows still breaks there.
        #expect(TextLayout.wrap("第一行\r\nline 2", width: 10) == ["第一行", "line 2"])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("anything", width: 0) == [])
    }
}
