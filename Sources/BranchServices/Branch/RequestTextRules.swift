import BankCore
import Localization

/// The free text of the money requests, checked by `TextRules` before any
/// work is done (a payee name with a direction override would show another
/// name on the screen and the voucher than the one stored).
extension CashRequest {
    var textProblem: LocalizedMessage? {
        TextRules.problem(in: [(purpose, .fieldPurpose, false), (memo, .fieldMemo, false)])
    }
}

extension TransferRequest {
    var textProblem: LocalizedMessage? {
        TextRules.problem(in: [(payee?.name ?? "", .fieldPayeeName, false), (payee?.bank ?? "", .fieldPayeeBank, false),
                               (memo, .fieldMemo, false)])
    }
}
