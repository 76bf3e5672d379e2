/// A bank card number as typed or read at the counter: cleaned, checked for
/// length and Luhn, and masked for display (the whole number is shown only on
/// a deliberate, audited reveal).
public enum BankCardNumber {
    /// China UnionPay debit and credit cards are 16 to 19 digits.
    public static let lengths = 16...19

    /// Removes spaces and dashes, then checks: digits only, 16–19 long, Luhn
    /// check digit (`.checkDigit(expected:actual:)` on the last digit).
    /// Returns the bare digits.
    public static func validate(_ text: String) -> Result<String, IDProblem> {
        let characters = Array(IdentityText.clean(text, removing: ["-"]))
        guard !characters.isEmpty else { return .failure(.empty) }
        if let position = IdentityText.firstBadPosition(characters, allowed: IdentityText.isDigit) {
            return .failure(.character(position: position))
        }
        guard lengths.contains(characters.count) else {
            return .failure(.length(expected: "\(lengths.lowerBound)-\(lengths.upperBound)", actual: characters.count))
        }
        let digits = String(characters)
        guard Luhn.isValid(digits) else {
            let expected = Luhn.checkDigit(for: String(characters.dropLast())) ?? "0"
            return .failure(.checkDigit(expected: expected, actual: characters[characters.count - 1]))
        }
        return .success(digits)
    }

    /// `622202******1234`: first 6 and last 4 digits kept, `*` between.
    public static func masked(_ number: String) -> String { Masking.card(number) }
}
