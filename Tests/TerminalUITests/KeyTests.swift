import Testing
@testable import TerminalUI

@Suite("Key")
struct KeyTests {
    @Test func namedControlCodes() {
        #expect(Key.fromCodePoint(9) == .tab)
        #expect(Key.fromCodePoint(10) == .enter)
        #expect(Key.fromCodePoint(13) == .enter)
        #expect(Key.fromCodePoint(27) == .escape)
        #expect(Key.fromCodePoint(8) == .backspace)
        #expect(Key.fromCodePoint(127) == .backspace)
    }

    @Test func controlLetters() {
        #expect(Key.fromCodePoint(1) == .control("a"))
        #expect(Key.fromCodePoint(19) == .control("s"))
        #expect(Key.fromCodePoint(26) == .control("z"))
        // Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M are the same bytes as Backspace,
        // Tab and Enter; the terminal cannot tell them apart, so neither can we.
        let sameAsNamedKeys: Set<UInt32> = [8, 9, 10, 13]
        for code in UInt32(1)...26 where !sameAsNamedKeys.contains(code) {
            let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1)))
            #expect(Key.fromCodePoint(code) == .control(letter), "code \(code)")
        }
    }

    @Test func unusedControlCodesDecodeToNothing() {
        #expect(Key.fromCodePoint(0) == nil)
        for code in UInt32(28)...31 { #expect(Key.fromCodePoint(code) == nil) }
        #expect(Key.fromCodePoint(0xD800) == nil)  // a lone surrogate is not a character
    }

    @Test func printableCodePointsAreCharacters() {
        #expect(Key.fromCodePoint(0x41) == .character("A"))
        #expect(Key.fromCodePoint(0x20) == .character(" "))
        #expect(Key.fromCodePoint(0x4E2D) == .character("中"))
        #expect(Key.fromCodePoint(0xFF21) == .character("Ａ"))
        #expect(Key.fromCodePoint(0x1F600) == .character("😀"))
    }

    @Test func labelsForFooterAndHelp() {
        #expect(Key.character(" ").label == "Space")
        #expect(Key.character("?").label == "?")
        #expect(Key.control("s").label == "^S")
        #expect(Key.function(1).label == "F1")
        #expect(Key.function(12).label == "F12")
        #expect(Key.backTab.label == "S-Tab")
        #expect(Key.escape.label == "Esc")
        #expect(Key.pageDown.label == "PgDn")
        #expect([Key.up, .down, .left, .right].map(\.label) == ["↑", "↓", "←", "→"])
    }
}
