/// A passport's machine-readable zone (ICAO 9303 TD3: two lines of 44
/// characters) that passed every check digit and field rule. Tellers scan or
/// type it so the passport data is read without retyping names and dates.
///
/// Fields hold the MRZ spelling with filler `<` removed (names use spaces).
public struct PassportMRZ: Sendable, Hashable {
    /// Sex as printed in the MRZ.
    public enum Sex: String, Sendable, Hashable {
        case male = "M"
        case female = "F"
        /// `<` or `X`: not specified.
        case unspecified = "<"
    }

    /// `P`, or `P` plus the state's type letter (e.g. `PD` for diplomatic).
    public let documentType: String
    /// Issuing state or organisation, e.g. `CHN`, `D`, `UTO`.
    public let issuingState: String
    /// Primary identifier, `<` turned into spaces.
    public let surname: String
    /// Secondary identifier, `<` turned into spaces; empty when there is none.
    public let givenNames: String
    /// Document number without trailing filler.
    public let documentNumber: String
    /// Nationality code, e.g. `CHN`.
    public let nationality: String
    /// Date of birth (century chosen so that it is not after the check date).
    public let birthDate: BusinessDate
    public let sex: Sex
    /// Last day of validity (always in the 2000s).
    public let expiryDate: BusinessDate
    /// Personal number / optional data without trailing filler; often empty.
    public let personalNumber: String
    /// The two normalised lines, exactly as verified.
    public let line1: String
    public let line2: String

    /// Length of each TD3 line.
    public static let lineLength = 44
}
