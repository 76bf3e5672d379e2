import Testing
@testable import TerminalUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test func asciiTakesOneCell() {
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character(" ")) == 1)
        #expect(DisplayWidth.of("Hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkIdeographsTakeTwoCells() {
        #expect(DisplayWidth.of(Character("中")) == 2)
        #expect(DisplayWidth.of("汉字") == 4)
        #expect(DisplayWidth.of("取款 100") == 8)
        #expect(DisplayWidth.of(Character("あ")) == 2)  // hiragana
        #expect(DisplayWidth.of(Character("한")) == 2)  // hangul
        #expect(DisplayWidth.of(Character("\u{20000}")) == 2)  // CJK extension B
    }

    @Test func fullWidthFormsTakeTwoCells() {
        #expect(DisplayWidth.of(Character("Ａ")) == 2)  // U+FF21
        #expect(DisplayWidth.of("１２３") == 6)
        #expect(DisplayWidth.of(Character("，")) == 2)  // full-width comma
        #expect(DisplayWidth.of(Character("\u{3000}")) == 2)  // ideographic space
        #expect(DisplayWidth.of(Character("ｱ")) == 1)  // half-width katakana stays narrow
    }

    @Test func combiningMarksTakeNoCells() {
        let accented = "e\u{301}"
        #expect(accented.count == 1)
        #expect(DisplayWidth.of(Character(accented)) == 1)
        #expect(DisplayWidth.of("caf" + accented) == 4)
        #expect(DisplayWidth.of(scalar: "\u{301}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{200B}") == 0)  // zero width space
    }

    @Test func emojiWithVariationSelectorTakesTwoCells() {
        let heart = "\u{2764}\u{FE0F}"
        #expect(heart.count == 1)
        #expect(DisplayWidth.of(Character(heart)) == 2)
        #expect(DisplayWidth.of(Character("\u{2764}")) == 1)  // text presentation
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of("ok👍") == 4)
        #expect(DisplayWidth.of(Character("🚀")) == 2)  // transport and map symbols
        #expect(DisplayWidth.of(Character("🛴")) == 2)
        #expect(DisplayWidth.of(Character("🫠")) == 2)  // symbols and pictographs extended-A
        #expect(DisplayWidth.of(Character("\u{1F6C6}")) == 1)  // a text symbol in that block stays narrow
    }

    @Test func controlCharactersCountAsOneReplacementCell() {
        #expect(DisplayWidth.of(Character("\t")) == 1)
        #expect(DisplayWidth.of(scalar: "\u{0}") == 0)
    }
}
