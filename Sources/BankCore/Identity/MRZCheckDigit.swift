/// The ICAO 9303 check digit: characters valued `0-9` → 0–9, `A-Z` → 10–35,
/// `<` → 0, multiplied by the repeating weights 7, 3, 1, summed, mod 10.
/// Exists apart from the parser so tests and other MRZ formats can reuse it.
public enum MRZCheckDigit {
    /// The weights, repeating from the first character of a field.
    public static let weights = [7, 3, 1]

    /// The value of one MRZ character, nil for characters not allowed in an MRZ.
    public static func value(of character: Character) -> Int? {
        if character == "<" { return 0 }
        if let digit = IdentityText.digit(character) { return digit }
        guard IdentityText.isLetter(character), let ascii = character.asciiValue else { return nil }
        return Int(ascii) - 55
    }

    /// True for the MRZ alphabet: `A`–`Z`, `0`–`9`, `<`.
    public static func isMRZCharacter(_ character: Character) -> Bool { value(of: character) != nil }

    /// The check digit (`0`–`9`) for `field`, nil if it holds a character outside the MRZ alphabet.
    public static func compute<C: Collection>(_ field: C) -> Character? where C.Element == Character {
        var sum = 0
        for (index, character) in field.enumerated() {
            guard let value = value(of: character) else { return nil }
            sum += value * weights[index % weights.count]
        }
        return Character(String(sum % 10))
    }

    /// Convenience for text.
    public static func compute(_ field: String) -> Character? { compute(Array(field)) }
}
