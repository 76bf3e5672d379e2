/// A passport number typed by the teller when no MRZ is at hand. Without a
/// check digit only the shape can be checked, so the MRZ (`PassportMRZ`) is
/// the stronger path; this keeps obvious typing errors out.
public enum PassportNumber {
    /// Accepted lengths: ICAO 9303 document numbers are at most 9 characters;
    /// 5 is the decided lower bound (no issuing state we know of uses fewer).
    public static let lengths = 5...9

    /// Cleans (spaces out, upper case) and checks: 5–9 characters, letters
    /// A–Z and digits only, at least one digit (`.format` otherwise).
    /// Returns the cleaned number.
    public static func validate(_ text: String) -> Result<String, IDProblem> {
        let characters = Array(IdentityText.clean(text))
        guard !characters.isEmpty else { return .failure(.empty) }
        guard lengths.contains(characters.count) else {
            return .failure(.length(expected: "\(lengths.lowerBound)-\(lengths.upperBound)", actual: characters.count))
        }
        if let position = IdentityText.firstBadPosition(characters, allowed: {
            IdentityText.isLetter($0) || IdentityText.isDigit($0)
        }) {
            return .failure(.character(position: position))
        }
        guard characters.contains(where: IdentityText.isDigit) else { return .failure(.format) }
        return .success(String(characters))
    }
}
