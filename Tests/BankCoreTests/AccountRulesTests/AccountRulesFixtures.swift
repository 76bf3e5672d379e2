import BankCore

/// Shared helpers for the account-rules suites (one namespace so they cannot
/// clash with other people's test helpers in this target).
enum AccountRulesFixtures {
    /// A business date from `YYYY-MM-DD`; the literals in these tests are all real dates.
    static func day(_ text: String) -> BusinessDate {
        guard let date = BusinessDate(text) else { preconditionFailure("bad test date \(text)") }
        return date
    }

    static let today = day("2026-11-23")

    /// A profile that breaks no KYC rule and scores no risk points.
    static let plainProfile = KYCProfile(occupation: "Teacher", employer: "No. 2 Middle School",
                                         income: .from50kTo200k, address: "12 Nanjing Road, Shanghai",
                                         purpose: .salary, taxResidency: .china, politicallyExposed: false)

    /// `plainProfile` with changes applied.
    static func profile(_ change: (inout KYCProfile) -> Void) -> KYCProfile {
        var profile = plainProfile
        change(&profile)
        return profile
    }

    /// `text` with the character at `index` (0-based) replaced by `replacement`.
    static func replacing(_ text: String, at index: Int, with replacement: Character) -> String {
        var characters = Array(text)
        characters[index] = replacement
        return String(characters)
    }
}
