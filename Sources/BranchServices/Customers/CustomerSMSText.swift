import BankCore
import Localization

/// Texts sent to a customer's phone, written in the customer's preferred
/// language from the string tables (both languages, Chinese first, when the
/// stored preference is not one the branch speaks).
enum CustomerSMSText {
    /// What moved on an account, for the account-movement text.
    enum Movement: Sendable {
        case cashDeposit
        case cashWithdrawal
        case transferOut
        case transferIn
        case reversal(entryID: Int64)

        var message: LocalizedMessage {
            switch self {
            case .cashDeposit: return LocalizedMessage(.receptionSMSCashDeposit)
            case .cashWithdrawal: return LocalizedMessage(.receptionSMSCashWithdrawal)
            case .transferOut: return LocalizedMessage(.receptionSMSTransferOut)
            case .transferIn: return LocalizedMessage(.receptionSMSTransferIn)
            case .reversal(let entryID): return LocalizedMessage(.receptionSMSReversal, String(entryID))
            }
        }
    }

    /// `message` in the customer's language, or in both when it is not known.
    static func text(_ message: LocalizedMessage, for customer: Customer) -> String {
        if let language = Language(code: customer.preferredLanguage) { return message.text(in: Strings(language)) }
        return message.text(in: Strings(.chinese)) + " / " + message.text(in: Strings(.english))
    }
}
