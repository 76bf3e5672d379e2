/// Cleans what a teller typed before a document check. A Chinese input method
/// easily produces full-width digits and letters (`１２３Ｘ`) or ideographic
/// spaces; they are turned into ASCII here so every validator sees one spelling.
enum IdentityText {
    /// Full-width forms → ASCII, lower-case ASCII letters → upper case, and
    /// (optionally) whitespace and the given separator characters removed.
    static func clean(_ text: String, removingWhitespace: Bool = true,
                      removing separators: Set<Unicode.Scalar> = []) -> String {
        var output = String.UnicodeScalarView()
        for original in text.unicodeScalars {
            var scalar = original
            if (0xFF01...0xFF5E).contains(scalar.value) {
                scalar = Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value - 0xFEE0))
            }
            if removingWhitespace && scalar.properties.isWhitespace { continue }
            if separators.contains(scalar) { continue }
            if (0x61...0x7A).contains(scalar.value) {
                scalar = Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value - 0x20))
            }
            output.append(scalar)
        }
        return String(output)
    }

    /// The value of an ASCII digit, nil for anything else (including non-ASCII digits).
    static func digit(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, (48...57).contains(ascii) else { return nil }
        return Int(ascii - 48)
    }

    static func isDigit(_ character: Character) -> Bool { digit(character) != nil }

    /// Upper-case ASCII letter A–Z.
    static func isLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (65...90).contains(ascii)
    }

    /// The number formed by ASCII digits, nil if any character is not one.
    static func number<C: Collection>(_ characters: C) -> Int? where C.Element == Character {
        guard !characters.isEmpty else { return nil }
        var value = 0
        for character in characters {
            guard let d = digit(character) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// 1-based position of the first character failing `allowed`, nil if all pass.
    static func firstBadPosition<C: Collection>(_ characters: C, offset: Int = 0,
                                                allowed: (Character) -> Bool) -> Int? where C.Element == Character {
        for (index, character) in characters.enumerated() where !allowed(character) {
            return offset + index + 1
        }
        return nil
    }
}
