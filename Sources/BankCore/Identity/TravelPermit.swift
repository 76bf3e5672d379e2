/// Number-format and expiry checks for the permit-style documents seen at the
/// counter. None of these numbers (except the new permanent residence card)
/// carries a check digit, so the shape and the expiry are what can be checked.
///
/// Decided formats (after removing spaces, upper-casing):
/// - Hong Kong / Macau permit (回乡证): `H` or `M`, then 8 or 10 digits
///   (9 or 11 characters in all).
/// - Taiwan permit (台胞证): 8 or 10 digits. The older spelling with a
///   bracketed letter suffix, e.g. `12345678(B)`, is deliberately NOT
///   accepted: the teller enters the digits only.
/// - Foreign permanent residence card: the 2023 form, 18 characters starting
///   with `9` (17 digits then a digit or `X`) verified with the same ISO 7064
///   MOD 11-2 check character as the resident ID; or the 2017 form,
///   3 letters (nationality) + 12 digits, which has no check we can verify.
/// An expiry date is required for all three (`.expiryMissing`); one before
/// today is `.expired`. The number is checked first, then the expiry.
public enum TravelPermit {
    /// Returns the cleaned number. Other document types give `.documentType`
    /// (use `ResidentIDNumber`, `PassportMRZ` / `PassportNumber`, or
    /// `IdentityDocumentNumber` for any type).
    public static func validate(type: IDDocumentType, number: String, expiry: BusinessDate?,
                                today: BusinessDate) -> Result<String, IDProblem> {
        let characters = Array(IdentityText.clean(number))
        guard !characters.isEmpty else { return .failure(.empty) }
        let problem: IDProblem?
        switch type {
        case .hongKongMacauPermit: problem = hongKongMacau(characters)
        case .taiwanPermit: problem = taiwan(characters)
        case .foreignPermanentResidence: problem = foreignPermanentResidence(characters)
        case .residentID, .passport: return .failure(.documentType)
        }
        if let problem { return .failure(problem) }
        guard let expiry else { return .failure(.expiryMissing) }
        if let problem = DocumentExpiry.check(expiry: expiry, today: today) { return .failure(problem) }
        return .success(String(characters))
    }

    static func hongKongMacau(_ characters: [Character]) -> IDProblem? {
        guard [9, 11].contains(characters.count) else { return .length(expected: "9/11", actual: characters.count) }
        guard characters[0] == "H" || characters[0] == "M" else { return .character(position: 1) }
        return IdentityText.firstBadPosition(characters.dropFirst(), offset: 1, allowed: IdentityText.isDigit)
            .map { .character(position: $0) }
    }

    static func taiwan(_ characters: [Character]) -> IDProblem? {
        guard [8, 10].contains(characters.count) else { return .length(expected: "8/10", actual: characters.count) }
        return IdentityText.firstBadPosition(characters, allowed: IdentityText.isDigit).map { .character(position: $0) }
    }

    static func foreignPermanentResidence(_ characters: [Character]) -> IDProblem? {
        switch characters.count {
        case 18:
            guard characters[0] == "9" else { return .character(position: 1) }
            return Mod11_2.verify(characters)
        case 15:
            if let position = IdentityText.firstBadPosition(characters.prefix(3), allowed: IdentityText.isLetter) {
                return .character(position: position)
            }
            return IdentityText.firstBadPosition(characters.dropFirst(3), offset: 3, allowed: IdentityText.isDigit)
                .map { .character(position: $0) }
        default:
            return .length(expected: "15/18", actual: characters.count)
        }
    }
}
