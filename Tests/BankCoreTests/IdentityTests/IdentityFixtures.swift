import BankCore

/// Shared helpers for the identity suites (kept in one namespace so they
/// cannot clash with other people's test helpers in this target).
enum IdentityFixtures {
    /// A business date from `YYYY-MM-DD`; the literals in these tests are all real dates.
    static func day(_ text: String) -> BusinessDate {
        guard let date = BusinessDate(text) else { preconditionFailure("bad test date \(text)") }
        return date
    }

    static let today = day("2026-11-23")

    /// The problem of a failed result, nil on success.
    static func problem<T>(_ result: Result<T, IDProblem>) -> IDProblem? {
        if case .failure(let problem) = result { return problem }
        return nil
    }

    static func value<T>(_ result: Result<T, IDProblem>) -> T? {
        if case .success(let value) = result { return value }
        return nil
    }

    /// `text` with the character at `index` (0-based) replaced by `replacement`.
    static func replacing(_ text: String, at index: Int, with replacement: Character) -> String {
        var characters = Array(text)
        characters[index] = replacement
        return String(characters)
    }
}
