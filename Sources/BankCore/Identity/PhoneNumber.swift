/// A customer's contact number, checked before it is stored so notifications
/// and follow-up calls reach someone.
///
/// Decided shapes (after removing spaces and dashes):
/// - mainland mobile: `1`, then `3`–`9`, then 9 digits (11 digits);
/// - mainland landline: `0`, an area code of 2–3 digits not starting with `0`
///   (a leading `00` is the international prefix), then a 7–8 digit local
///   number: 10–12 digits in all;
/// - international: `+`, a country code not starting with `0`, 8–15 digits in
///   all (E.164 allows at most 15).
/// Problems: `.character` for anything else at a position, `.length` when
/// the digit count does not fit the shape chosen by the first character,
/// `.format` when the prefix fits no shape (e.g. `12…`, `00…`, `+0…`, `5…`).
public enum PhoneNumber {
    /// Returns the normalised number: digits, with a leading `+` for international ones.
    public static func validate(_ text: String) -> Result<String, IDProblem> {
        let characters = Array(IdentityText.clean(text, removing: ["-"]))
        guard let first = characters.first else { return .failure(.empty) }
        let international = first == "+"
        let digits = international ? Array(characters.dropFirst()) : characters
        if let position = IdentityText.firstBadPosition(digits, offset: international ? 1 : 0,
                                                        allowed: IdentityText.isDigit) {
            return .failure(.character(position: position))
        }
        if let problem = shapeProblem(digits, international: international) { return .failure(problem) }
        return .success(String(characters))
    }

    private static func shapeProblem(_ digits: [Character], international: Bool) -> IDProblem? {
        let count = digits.count
        if international {
            guard (8...15).contains(count) else { return .length(expected: "8-15", actual: count) }
            return digits[0] == "0" ? .format : nil
        }
        switch digits.first {
        case "1":
            guard count == 11 else { return .length(expected: "11", actual: count) }
            return IdentityText.digit(digits[1]).map { $0 >= 3 } == true ? nil : .format
        case "0":
            guard (10...12).contains(count) else { return .length(expected: "10-12", actual: count) }
            return digits[1] == "0" ? .format : nil
        default:
            return .format
        }
    }
}
