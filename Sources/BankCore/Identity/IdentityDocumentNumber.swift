/// One entry point for "document type + number + expiry", so the account
/// opening and customer registration screens need not know which validator
/// belongs to which `IDDocumentType`.
public enum IdentityDocumentNumber {
    /// Returns the cleaned number.
    /// - residentID: `ResidentIDNumber.validate`; `expiry` optional (nil = long-term card).
    ///   An old 15-digit number is converted to its 18-character form first
    ///   (`ResidentIDNumber.normalized`), so the 18-character form is what is returned and stored.
    /// - passport: `PassportNumber.validate`; `expiry` required.
    /// - permits and permanent residence card: `TravelPermit.validate`.
    public static func validate(type: IDDocumentType, number: String, expiry: BusinessDate?,
                                today: BusinessDate) -> Result<String, IDProblem> {
        switch type {
        case .residentID:
            return ResidentIDNumber.normalized(number, today: today).flatMap { id in
                DocumentExpiry.check(expiry: expiry, today: today).map { .failure($0) } ?? .success(id.number)
            }
        case .passport:
            return PassportNumber.validate(number).flatMap { cleaned in
                guard let expiry else { return .failure(.expiryMissing) }
                return DocumentExpiry.check(expiry: expiry, today: today).map { .failure($0) } ?? .success(cleaned)
            }
        case .hongKongMacauPermit, .taiwanPermit, .foreignPermanentResidence:
            return TravelPermit.validate(type: type, number: number, expiry: expiry, today: today)
        }
    }
}
