import Localization

/// The one rule for a customer's address, used by the registration form and
/// by the account-opening (KYC) form alike: 5 to 120 characters after
/// trimming, and no character `TextRules` forbids. Registration may leave the
/// address empty (it is asked for again when an account is opened); the KYC
/// form may not.
public enum AddressRules {
    /// Accepted length in characters after trimming (a Chinese character counts as one).
    public static let length = 5...120

    /// The address as stored: leading and trailing whitespace removed.
    public static func cleaned(_ address: String) -> String {
        String(address.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// Nil when `address` is acceptable; otherwise the message for the address field.
    public static func problem(_ address: String, required: Bool) -> LocalizedMessage? {
        if let problem = TextRules.problem(address, field: .fieldAddress) { return problem }
        let trimmed = cleaned(address)
        if trimmed.isEmpty && !required { return nil }
        return length.contains(trimmed.count) ? nil : LocalizedMessage(.customerBadAddress)
    }
}
