/// ISO 7064 MOD 11-2, the check character of the mainland resident identity
/// card (GB 11643-1999) and of the 18-digit foreign permanent residence card.
/// Shared here so both documents use one implementation.
enum Mod11_2 {
    /// Weights for the 17 data digits (2^(17-i) mod 11).
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// Check character for a weighted sum mod 11 = index.
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The check character for exactly 17 ASCII digits, nil otherwise.
    static func checkCharacter<C: Collection>(for digits: C) -> Character? where C.Element == Character {
        guard digits.count == weights.count else { return nil }
        var sum = 0
        for (character, weight) in zip(digits, weights) {
            guard let value = IdentityText.digit(character) else { return nil }
            sum += value * weight
        }
        return checkCharacters[sum % 11]
    }

    /// Checks an 18-character candidate (already the right length): 17 digits,
    /// then a digit or `X`, then the check character. Position problems first.
    static func verify(_ characters: [Character]) -> IDProblem? {
        if let position = IdentityText.firstBadPosition(characters.prefix(17), allowed: IdentityText.isDigit) {
            return .character(position: position)
        }
        let last = characters[17]
        guard IdentityText.isDigit(last) || last == "X" else { return .character(position: 18) }
        guard let expected = checkCharacter(for: characters.prefix(17)) else { return .format }
        return expected == last ? nil : .checkDigit(expected: expected, actual: last)
    }
}
