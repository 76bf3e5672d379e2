import BankCore
import Localization

/// A document number that passed its checks, with what it tells us.
public struct CheckedDocument: Sendable, Equatable {
    public var number: String
    /// The birth date encoded in a resident ID number, if any.
    public var birthDate: BusinessDate?
}

/// Runs the domain validators and turns their precise problems into
/// messages that say exactly which check failed and what to do.
public enum IdentityRules {
    public static func check(type: IDDocumentType, number: String, expiry: BusinessDate?,
                             today: BusinessDate) -> Result<CheckedDocument, LocalizedMessage> {
        switch IdentityDocumentNumber.validate(type: type, number: number, expiry: expiry, today: today) {
        case .failure(let problem):
            return .failure(message(for: problem))
        case .success(let cleaned):
            let birth = type == .residentID ? (try? ResidentIDNumber.validate(cleaned, today: today).get())?.birthDate : nil
            return .success(CheckedDocument(number: cleaned, birthDate: birth))
        }
    }

    public static func phone(_ text: String) -> Result<String, LocalizedMessage> {
        PhoneNumber.validate(text).mapError { _ in LocalizedMessage(.phoneInvalid) }
    }

    public static func message(for problem: IDProblem) -> LocalizedMessage {
        switch problem {
        case .empty: return LocalizedMessage(.idEmpty)
        case .length(let expected, let actual): return LocalizedMessage(.idLength, expected, String(actual))
        case .character(let position): return LocalizedMessage(.idCharacter, String(position))
        case .region: return LocalizedMessage(.idRegion)
        case .birthDate: return LocalizedMessage(.idBirthDate)
        case .checkDigit: return LocalizedMessage(.idCheckDigit)
        case .expired(let date): return LocalizedMessage(.idExpired, date.description)
        case .notYetValid(let date): return LocalizedMessage(.idNotYetValid, date.description)
        case .expiryMissing: return LocalizedMessage(.idExpiryMissing)
        case .format, .documentType: return LocalizedMessage(.idFormat)
        case .mrzLineLength(let line, let actual): return LocalizedMessage(.mrzLineLength, String(line), String(actual))
        case .mrzCharacter(let line, let position): return LocalizedMessage(.mrzCharacter, String(line), String(position))
        case .mrzField(let field): return LocalizedMessage(.mrzFieldProblem, field.rawValue)
        case .mrzCheckDigit(let field, _, _): return LocalizedMessage(.mrzCheckDigitProblem, field.rawValue)
        }
    }
}
