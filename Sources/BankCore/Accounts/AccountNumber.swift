/// Account numbers: "62" + 4-digit branch number + 1 type digit + 10-digit
/// sequence + Luhn check digit = 18 digits.
///
/// Example: branch 1, savings, sequence 1 → `62` `0001` `2` `0000000001` + check.
/// The Luhn check digit (ISO/IEC 7812, the same as bank cards) catches every
/// single mistyped digit, so one slip at the counter never lands on another
/// valid account number.
public enum AccountNumber {
    /// Every account number starts with these two digits.
    public static let prefix = "62"
    /// Total length in digits.
    public static let length = 18
    /// Branch numbers that fit the 4-digit field.
    public static let branchNumbers = 0...9999
    /// Sequence numbers that fit the 10-digit field (0 is never issued).
    public static let sequences: ClosedRange<Int64> = 1...9_999_999_999

    /// Builds the number. Preconditions: `branchNumber` in 0...9999 and
    /// `sequence` in 1...9_999_999_999 (callers allocate them; a value out of
    /// range is a programming error, not user input).
    public static func make(branchNumber: Int, type: AccountType, sequence: Int64) -> String {
        precondition(branchNumbers.contains(branchNumber), "branch number \(branchNumber) outside 0...9999")
        precondition(sequences.contains(sequence), "sequence \(sequence) outside 1...9999999999")
        let partial = prefix + zeroPadded(Int64(branchNumber), width: 4) + String(type.numberDigit)
            + zeroPadded(sequence, width: 10)
        guard let check = Luhn.checkDigit(for: partial) else { preconditionFailure("non-digit account number") }
        return partial + String(check)
    }

    /// True when `text` is exactly 18 ASCII digits (no spaces or other
    /// characters), starts with `62`, has a known type digit (1, 2 or 3) in
    /// position 7, and passes the Luhn check.
    public static func isValid(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == length, characters.allSatisfy(IdentityText.isDigit),
              text.hasPrefix(prefix), AccountType(numberDigit: characters[6]) != nil else { return false }
        return Luhn.isValid(text)
    }

    /// `620001********1234`: first 6 and last 4 characters kept, `*` between
    /// (the same rule as card numbers; text of 10 characters or fewer is all `*`).
    public static func masked(_ text: String) -> String { Masking.keep(text, first: 6, last: 4) }

    private static func zeroPadded(_ value: Int64, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
