/// The Luhn (mod 10) check used in bank card numbers (ISO/IEC 7812). It
/// catches every single mistyped digit and most swaps of neighbours.
public enum Luhn {
    /// Card numbers (PANs) are 12 to 19 digits long.
    public static let panLengths = 12...19

    /// True when `digits` is 12–19 ASCII digits and the Luhn sum is 0 mod 10.
    /// (So the textbook example `79927398713`, 11 digits, is false here: it is
    /// too short to be a card number; its check digit is still computed by
    /// `checkDigit(for:)`.)
    public static func isValid(_ digits: String) -> Bool {
        let characters = Array(digits)
        guard panLengths.contains(characters.count), let values = values(characters) else { return false }
        return sum(values, doublingFromRight: 1) % 10 == 0
    }

    /// The digit to append to `partial` (any length ≥ 1, ASCII digits only) so
    /// that the whole passes Luhn; nil for empty or non-digit input.
    public static func checkDigit(for partial: String) -> Character? {
        guard let values = values(Array(partial)), !values.isEmpty else { return nil }
        let remainder = sum(values, doublingFromRight: 0) % 10
        return Character(String((10 - remainder) % 10))
    }

    private static func values(_ characters: [Character]) -> [Int]? {
        var values: [Int] = []
        values.reserveCapacity(characters.count)
        for character in characters {
            guard let digit = IdentityText.digit(character) else { return nil }
            values.append(digit)
        }
        return values
    }

    /// Sum with every second digit doubled, starting `first` places from the
    /// right (0 = the rightmost digit is doubled).
    private static func sum(_ values: [Int], doublingFromRight first: Int) -> Int {
        var total = 0
        for (index, value) in values.reversed().enumerated() {
            if index % 2 == first % 2 {
                let doubled = value * 2
                total += doubled > 9 ? doubled - 9 : doubled
            } else {
                total += value
            }
        }
        return total
    }
}
