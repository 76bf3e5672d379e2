import Testing
@testable import TerminalUI

/// The escape-sequence decoder: every common terminal's keys decode, and an
/// unknown sequence is dropped whole instead of becoming Esc plus letters.
@Suite struct EscapeSequenceTests {
    /// Feeds the bytes after ESC one at a time, as a driver does; returns the final progress.
    private func decode(_ text: String) -> EscapeSequence.Progress {
        var bytes: [UInt32] = []
        for scalar in text.unicodeScalars {
            #expect(EscapeSequence.feed(bytes) == .incomplete, "stopped early in \(text.debugDescription)")
            bytes.append(scalar.value)
        }
        return EscapeSequence.feed(bytes)
    }

    @Test func homeAndEndAsEveryTerminalSendsThem() {
        for home in ["[1~", "[7~", "OH", "[H", "[1;5H", "[7^", "[7$"] { #expect(decode(home) == .complete(.home), "\(home)") }
        for end in ["[4~", "[8~", "OF", "[F", "[1;2F", "[8^"] { #expect(decode(end) == .complete(.end), "\(end)") }
    }

    @Test func functionKeysOfPuTTYLinuxVT100AndXterm() {
        let cases: [(String, Int)] = [
            ("[11~", 1), ("[12~", 2), ("[13~", 3), ("[14~", 4), ("[15~", 5), ("[17~", 6), ("[21~", 10), ("[24~", 12),
            ("[[A", 1), ("[[B", 2), ("[[C", 3), ("[[D", 4), ("[[E", 5),
            ("OP", 1), ("OQ", 2), ("OR", 3), ("OS", 4), ("O5P", 1), ("[1;2P", 1), ("[1;5S", 4), ("[15;5~", 5), ("[21;2~", 10),
        ]
        for (sequence, number) in cases { #expect(decode(sequence) == .complete(.function(number)), "\(sequence)") }
    }

    @Test func cursorAndEditingKeysWithOrWithoutModifiers() {
        let cases: [(String, Key)] = [
            ("[A", .up), ("OB", .down), ("[1;5C", .right), ("[1;3D", .left), ("[a", .up), ("Ob", .down), ("O1;5A", .up),
            ("[2~", .insert), ("[3~", .delete), ("[3;5~", .delete), ("[5~", .pageUp), ("[6~", .pageDown), ("[6$", .pageDown),
            ("[3@", .delete), ("[Z", .backTab), ("OM", .enter),
        ]
        for (sequence, key) in cases { #expect(decode(sequence) == .complete(key), "\(sequence)") }
    }

    @Test func theVT100KeypadTypesDigits() {
        #expect(decode("Op") == .complete(.character("0")))
        #expect(decode("Oy") == .complete(.character("9")))
        #expect(decode("On") == .complete(.character(".")))
    }

    @Test func unknownSequencesAreDroppedWhole() {
        for sequence in ["[200~", "[201~", "[I", "[O", "[<0;10;5M", "[?1;2c", "[25~", "[E", "[G", "Oz", "[M !!", "[1;5J", "[99X"] {
            #expect(decode(sequence) == .complete(nil), "\(sequence.debugDescription)")
        }
    }

    @Test func aSequenceBrokenByAControlCharacterIsDroppedNotTyped() {
        #expect(EscapeSequence.feed([0x5B, 0x31, 0x0D]) == .complete(nil))
    }

    @Test func anOverlongSequenceEnds() {
        let bytes = [UInt32(0x5B)] + Array(repeating: UInt32(0x31), count: EscapeSequence.maximumLength)
        #expect(EscapeSequence.feed(bytes) == .complete(nil))
    }

    @Test func aLoneEscapeWaitsAndOtherBytesAreKeysOfTheirOwn() {
        #expect(EscapeSequence.feed([]) == .incomplete)
        #expect(EscapeSequence.feed([0x1B]) == .notASequence)   // Esc Esc
        #expect(EscapeSequence.feed([0x0D]) == .notASequence)   // Esc then Enter, typed fast
        #expect(EscapeSequence.feed([0x78]) == .notASequence)   // Esc then x
    }
}
