import BankCore
import Localization

/// A document number that passed its checks, with what it tells us.
public struct CheckedDocument: Sendable, Equatable {
    public var number: String
    /// The birth date encoded in a resident ID number, if any.
    public var birthDate: BusinessDate?
    /// The customer and the served ticket the recorded check was linked to (`IdentityService.checkDocument`).
    public var customerID: Int64?
    public var ticketID: Int64?
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
        case .mrzField(let field): return LocalizedMessage(.mrzFieldProblem, part: mrzFieldName(field))
        case .mrzCheckDigit(let field, _, _): return LocalizedMessage(.mrzCheckDigitProblem, part: mrzFieldName(field))
        }
    }

    /// The MRZ field in words, with where it sits on the two lines.
    static func mrzFieldName(_ field: MRZField) -> LocalizedMessage {
        switch field {
        case .documentType: return LocalizedMessage(.identityMRZDocumentType)
        case .issuingState: return LocalizedMessage(.identityMRZIssuingState)
        case .name: return LocalizedMessage(.identityMRZName)
        case .documentNumber: return LocalizedMessage(.identityMRZDocumentNumber)
        case .nationality: return LocalizedMessage(.identityMRZNationality)
        case .birthDate: return LocalizedMessage(.identityMRZBirthDate)
        case .sex: return LocalizedMessage(.identityMRZSex)
        case .expiryDate: return LocalizedMessage(.identityMRZExpiryDate)
        case .personalNumber: return LocalizedMessage(.identityMRZPersonalNumber)
        case .composite: return LocalizedMessage(.identityMRZComposite)
        }
    }

    /// A bank card number checked (`BankCardNumber.validate`), or the check that failed in words.
    public static func cardNumber(_ text: String) -> Result<String, LocalizedMessage> {
        BankCardNumber.validate(text).mapError { problem in
            switch problem {
            case .checkDigit: return LocalizedMessage(.identityCardCheckDigit)
            case .length(_, let actual):
                return LocalizedMessage(.identityCardLength, String(BankCardNumber.lengths.lowerBound),
                                        String(BankCardNumber.lengths.upperBound), String(actual))
            case .character(let position): return LocalizedMessage(.identityCardCharacter, String(position))
            default: return LocalizedMessage(.cardInvalid)
            }
        }
    }
}
