/// The free-text fields of `KYCProfile` that can be wrong; the form marks
/// each one returned by `KYCRules.problems`.
public enum KYCField: String, CaseIterable, Sendable {
    case occupation
    case employer
    case address
}

/// Which KYC answers the form must refuse. The choice fields (income,
/// purpose, tax residency, PEP) cannot be wrong once chosen, so only the
/// three text fields are checked.
///
/// Rules (lengths count characters after leading and trailing whitespace is
/// trimmed; a Chinese character counts as one):
/// - occupation: 2...40 characters;
/// - employer: 0...60 characters, and may be empty only when the occupation
///   is one of `noEmployerOccupations` (retired, student, unemployed,
///   homemaker, self-employed, 退休, 学生, 无业, 家庭主妇, 个体), compared
///   after trimming, case-insensitively;
/// - address: `AddressRules` (5...120 characters, as at registration);
/// - no field may contain a control character (tab, newline, other C0/C1
///   controls, DEL) anywhere, even inside the trimmed whitespace.
public enum KYCRules {
    /// Accepted occupation length in characters, after trimming.
    public static let occupationLength = 2...40
    /// Accepted employer length in characters, after trimming (0 only for `noEmployerOccupations`).
    public static let employerLength = 0...60
    /// Accepted address length in characters, after trimming.
    public static let addressLength = AddressRules.length

    /// Occupations for which an empty employer is accepted.
    public static let noEmployerOccupations: [String] = [
        "retired", "student", "unemployed", "homemaker", "self-employed",
        "退休", "学生", "无业", "家庭主妇", "个体",
    ]

    /// The fields that break a rule, in `KYCField.allCases` order, each at
    /// most once; empty when the profile is acceptable.
    public static func problems(_ profile: KYCProfile) -> [KYCField] {
        var fields: [KYCField] = []
        let occupation = trimmed(profile.occupation)
        if hasControl(profile.occupation) || !occupationLength.contains(occupation.count) {
            fields.append(.occupation)
        }
        let employer = trimmed(profile.employer)
        if hasControl(profile.employer) || !employerLength.contains(employer.count)
            || (employer.isEmpty && !needsNoEmployer(occupation)) {
            fields.append(.employer)
        }
        if hasControl(profile.address) || AddressRules.problem(profile.address, required: true) != nil {
            fields.append(.address)
        }
        return fields
    }

    /// True when `occupation` (already trimmed) is in `noEmployerOccupations`, ignoring case.
    static func needsNoEmployer(_ occupation: String) -> Bool {
        let lowered = occupation.lowercased()
        return noEmployerOccupations.contains(lowered)
    }

    static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, first.isWhitespace { characters = characters.dropFirst() }
        while let last = characters.last, last.isWhitespace { characters = characters.dropLast() }
        return String(characters)
    }

    /// Any Unicode general category Cc scalar (C0, DEL, C1).
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
