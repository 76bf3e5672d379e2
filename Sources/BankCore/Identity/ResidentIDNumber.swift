/// A mainland resident identity card number (GB 11643-1999, 18 characters)
/// that passed every check: length, characters, province code, birth date and
/// the ISO 7064 MOD 11-2 check character. Holding one means the number is
/// well formed; it says nothing about whether the card is genuine.
///
/// Layout: 6-digit administrative region, 8-digit birth date `YYYYMMDD`,
/// 3-digit sequence (odd for men, even for women), check character `0-9`/`X`.
public struct ResidentIDNumber: Sendable, Hashable {
    /// The 18 characters, upper-case `X`, no spaces.
    public let number: String
    /// Date of birth encoded in characters 7–14.
    public let birthDate: BusinessDate

    /// The 6-digit administrative division code (characters 1–6), e.g. `110105`.
    public var regionCode: String { String(number.prefix(6)) }
    /// The 2-digit province-level code (characters 1–2), e.g. `11` for Beijing.
    public var provinceCode: String { String(number.prefix(2)) }
    /// Character 17 (end of the sequence number) is odd for men, even for women.
    public var isMale: Bool {
        let characters = Array(number)
        return (IdentityText.digit(characters[16]) ?? 0) % 2 == 1
    }

    /// Number of characters in a resident ID number.
    public static let length = 18

    init(number: String, birthDate: BusinessDate) {
        self.number = number
        self.birthDate = birthDate
    }

    /// Validates typed text: spaces (also full-width) are removed, lower-case
    /// `x` becomes `X`, full-width digits become ASCII. Checks, in this order:
    /// length 18, characters (17 digits then a digit or `X`), province code,
    /// birth date (real, not after `today`, not before 1900-01-01), check character.
    public static func validate(_ text: String, today: BusinessDate) -> Result<ResidentIDNumber, IDProblem> {
        let characters = Array(IdentityText.clean(text))
        guard !characters.isEmpty else { return .failure(.empty) }
        guard characters.count == length else {
            return .failure(.length(expected: String(length), actual: characters.count))
        }
        if let position = IdentityText.firstBadPosition(characters.prefix(17), allowed: IdentityText.isDigit) {
            return .failure(.character(position: position))
        }
        guard IdentityText.isDigit(characters[17]) || characters[17] == "X" else {
            return .failure(.character(position: 18))
        }
        guard let province = IdentityText.number(characters.prefix(2)), ProvinceCode.isKnown(province) else {
            return .failure(.region)
        }
        guard let birth = birthDate(characters[6..<14]), birth <= today else { return .failure(.birthDate) }
        if let problem = Mod11_2.verify(characters) { return .failure(problem) }
        return .success(ResidentIDNumber(number: String(characters), birthDate: birth))
    }

    /// The check character (`0`–`9` or `X`) for the first 17 characters;
    /// nil unless `first17` is exactly 17 ASCII digits.
    public static func checkDigit(for first17: String) -> Character? {
        Mod11_2.checkCharacter(for: Array(first17))
    }

    /// `YYYYMMDD` → a real date (BusinessDate refuses years before 1900).
    static func birthDate(_ characters: ArraySlice<Character>) -> BusinessDate? {
        guard characters.count == 8,
              let year = IdentityText.number(characters.prefix(4)),
              let month = IdentityText.number(characters.dropFirst(4).prefix(2)),
              let day = IdentityText.number(characters.suffix(2)) else { return nil }
        return BusinessDate(year: year, month: month, day: day)
    }
}
