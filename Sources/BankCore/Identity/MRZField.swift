/// The fields of a TD3 passport machine-readable zone, so an `IDProblem` can
/// name the one that is malformed or whose check digit failed.
public enum MRZField: String, CaseIterable, Sendable, Equatable {
    /// Line 1, characters 1–2 (`P` then a type letter or `<`).
    case documentType
    /// Line 1, characters 3–5.
    case issuingState
    /// Line 1, characters 6–44 (surname `<<` given names).
    case name
    /// Line 2, characters 1–9, check digit at 10.
    case documentNumber
    /// Line 2, characters 11–13.
    case nationality
    /// Line 2, characters 14–19 (`YYMMDD`), check digit at 20.
    case birthDate
    /// Line 2, character 21.
    case sex
    /// Line 2, characters 22–27 (`YYMMDD`), check digit at 28.
    case expiryDate
    /// Line 2, characters 29–42 (personal number / optional data), check digit at 43.
    case personalNumber
    /// Line 2, character 44: check digit over characters 1–10, 14–20 and 22–43.
    case composite
}
