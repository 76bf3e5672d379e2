/// Conversion of the first-generation 15-digit resident ID number (issued
/// until 1999) to the current 18-character form, as branches still meet
/// old numbers in archived files.
extension ResidentIDNumber {
    /// Converts `RRRRRRYYMMDDSSS` to `RRRRRR19YYMMDDSSS` plus its MOD 11-2
    /// check character. The century is always 19: 15-digit numbers were only
    /// issued to people born in the 1900s (holders born earlier are outside
    /// what `BusinessDate` can represent). Checks, in order: length 15, all
    /// digits, province code, real birth date; the result is a full
    /// `ResidentIDNumber`.
    public static func convertLegacy15(_ text: String) -> Result<ResidentIDNumber, IDProblem> {
        let characters = Array(IdentityText.clean(text))
        guard !characters.isEmpty else { return .failure(.empty) }
        guard characters.count == 15 else { return .failure(.length(expected: "15", actual: characters.count)) }
        if let position = IdentityText.firstBadPosition(characters, allowed: IdentityText.isDigit) {
            return .failure(.character(position: position))
        }
        guard let province = IdentityText.number(characters.prefix(2)), ProvinceCode.isKnown(province) else {
            return .failure(.region)
        }
        let first17 = Array(characters.prefix(6)) + ["1", "9"] + Array(characters.suffix(9))
        guard let birth = birthDate(first17[6..<14]) else { return .failure(.birthDate) }
        guard let check = Mod11_2.checkCharacter(for: first17) else { return .failure(.format) }
        return .success(ResidentIDNumber(number: String(first17 + [check]), birthDate: birth))
    }

    /// What the counter accepts as a resident ID: an 18-character number
    /// (`validate`), or an old 15-digit one converted (`convertLegacy15`) and
    /// then checked as an 18-character number against `today`.
    public static func normalized(_ text: String, today: BusinessDate) -> Result<ResidentIDNumber, IDProblem> {
        guard IdentityText.clean(text).count == 15 else { return validate(text, today: today) }
        return convertLegacy15(text).flatMap { validate($0.number, today: today) }
    }
}
