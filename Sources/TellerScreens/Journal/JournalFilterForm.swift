import BankCore
import BranchServices
import Localization
import TerminalUI

/// The journal's search form: business dates from and to, an exact amount,
/// an account number and (supervisors) an operator ID. Every field is
/// optional; each is checked and turned into a `JournalFilter`.
struct JournalFilterForm {
    private(set) var form: Form
    let forSupervisor: Bool

    init(forSupervisor: Bool) {
        self.forSupervisor = forSupervisor
        var fields: [FormField] = [
            .text("from", "", maxLength: 10, filter: .any, required: false),
            .text("to", "", maxLength: 10, filter: .any, required: false),
            .text("amount", "", maxLength: 16, filter: .any, required: false),
            .text("account", "", maxLength: 24, filter: .digits, required: false),
        ]
        if forSupervisor { fields.append(.text("operator", "", maxLength: 20, filter: .any, required: false)) }
        form = Form(fields: fields, labelWidth: 18, requiredMessage: "")
        form.compact = true
    }

    /// What an amount problem means, in words.
    static func amountMessage(_ problem: AmountProblem, _ s: Strings) -> String {
        switch problem {
        case .empty: return s(.journalAmountEmpty)
        case .sign: return s(.journalAmountSign)
        case .exponent, .character: return s(.journalAmountCharacter)
        case .tooManyDecimals(let allowed): return s(.journalAmountDecimals, String(allowed))
        case .zero: return s(.journalAmountZero)
        case .tooLarge: return s(.journalAmountTooLarge, AmountParser.format(AmountParser.maximumMinorUnits))
        }
    }

    /// Passes a key to the form; returns the filter once the form is submitted and valid.
    mutating func handle(_ key: Key, session: Session) -> JournalFilter? {
        let s = session.strings
        var filter = JournalFilter()
        let event = form.handle(key) { id, raw in
            let value = raw.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { return nil }
            switch id {
            case "from", "to":
                guard let date = BusinessDate(value) else { return s(.journalDateInvalid) }
                if id == "from" { filter.from = date } else { filter.to = date }
            case "amount":
                switch AmountParser.parse(value) {
                case .success(let amount): filter.amount = amount
                case .failure(let problem): return Self.amountMessage(problem, s)
                }
            case "account":
                guard let actor = session.signedIn else { return nil }
                do throws(LocalizedMessage) {
                    filter.accountID = try LedgerQueryService(session.context).account(number: value, by: actor).id
                } catch {
                    return error.text(in: s)
                }
            case "operator":
                guard let op = CustomerService(session.context).accountManagers().first(where: { $0.username == value }) else {
                    return s(.journalOperatorUnknown, value)
                }
                filter.makerID = op.id
            default:
                break
            }
            return nil
        }
        guard event == .submit else { return nil }
        if let from = filter.from, let to = filter.to, to < from {
            form.setError("to", s(.journalDateOrder))
            return nil
        }
        return filter
    }

    mutating func render(into buffer: inout CellBuffer, at rect: Rect, session: Session) -> Point? {
        form.relabel(session.strings, ["from": .journalFrom, "to": .journalTo, "amount": .journalAmount,
                                       "account": .journalAccount, "operator": .journalOperator],
                     hints: ["from": .journalDateHint, "to": .journalDateHint, "amount": .journalAmountHint])
        return form.render(into: &buffer, at: rect)
    }

    var height: Int { form.height }
}
