/// Why an identity document, card number or phone number was refused.
///
/// It exists so the screens can tell the teller *exactly* which check failed
/// without this layer knowing any language: there is one case per check and the
/// UI turns a case into words from its string table.
///
/// Conventions: positions are 1-based and count characters of the *cleaned*
/// text (spaces removed, full-width forms turned into ASCII), i.e. the number
/// as printed on the document. `length(expected:)` is language-neutral text:
/// `"18"`, a range `"16-19"`, or alternatives `"8/10"`.
public enum IDProblem: Error, Equatable, Sendable {
    /// Nothing was entered.
    case empty
    /// Wrong number of characters.
    case length(expected: String, actual: Int)
    /// The character at this position is not allowed there.
    case character(position: Int)
    /// The first two digits of a resident ID are not a province-level code (see `ProvinceCode`).
    case region
    /// The birth date inside a resident ID is not a real date, is after today, or before 1900-01-01.
    case birthDate
    /// The final check character does not match the one computed from the others.
    case checkDigit(expected: Character, actual: Character)
    /// The document's last valid day was this date, before today.
    case expired(BusinessDate)
    /// The document was issued on this date, after today.
    case notYetValid(BusinessDate)
    /// This document type needs an expiry date and none was given.
    case expiryMissing
    /// The text does not have the shape this kind of value requires (the UI
    /// knows which kind it asked for and can show the expected shape).
    case format
    /// This validator does not handle that document type (use the specific one).
    case documentType
    /// Passport MRZ line 1 or 2 does not have 44 characters.
    case mrzLineLength(line: Int, actual: Int)
    /// Passport MRZ: a character other than A–Z, 0–9 or `<` at this 1-based position of this line.
    case mrzCharacter(line: Int, position: Int)
    /// Passport MRZ: this field is malformed (letters where digits belong, impossible date, …).
    case mrzField(MRZField)
    /// Passport MRZ: the check digit protecting this field does not match.
    case mrzCheckDigit(field: MRZField, expected: Character, actual: Character)
}
