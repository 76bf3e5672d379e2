import BankCore
import BranchServices
import Localization
import TerminalUI

/// A supervisor freezes an account or lifts a freeze, with a reason, from
/// the customer's panel. A freeze carries who ordered it (judicial, bank,
/// customer request), an amount (empty: the whole account; otherwise a
/// partial freeze that holds that much), an expiry (empty: until lifted) and
/// the ordering document's number (issue 13). Lifting lifts the newest
/// freeze in force (an account frozen before freezes were recorded is lifted
/// as before). Closing an account transfers its balance to the account
/// typed (or closes an empty one) once the customer is verified (see
/// `AccountStatusScreen+Closing`). The services check the permission and the
/// account's state and audit the change; their refusal is shown as is.
final class AccountStatusScreen: FormKeyedScreen {
    private let accounts: [AccountRecord]
    private var form = Form(fields: [
        .choice("account", "", options: []),
        .choice("action", "", options: []),
        .choice("type", "", options: []),
        .text("amount", "", maxLength: 16, filter: .any, required: false),
        .text("expiry", "", maxLength: 10, filter: .asciiPrintable, required: false),
        .text("document", "", maxLength: 40, filter: .any, required: false),
        .text("target", "", maxLength: 24, filter: .digits, required: false),
        .text("reason", "", maxLength: 120, filter: .any, required: false),
    ], labelWidth: 18, requiredMessage: "")

    init(accounts: [AccountRecord]) {
        self.accounts = accounts
        form.compact = true
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.statementStatusTitle) }

    func keyTable(_ session: Session) -> KeyTable<FormAction> { FormScreenKeys.table(session) }

    private func fillOptions(_ session: Session) {
        let s = session.strings
        for index in form.fields.indices {
            guard case .choice(_, let selected) = form.fields[index].input else { continue }
            let options: [(value: String, label: String)]
            switch form.fields[index].id {
            case "account":
                options = accounts.map { ($0.number, "\(AccountNumber.masked($0.number))  \(session.coded("accountStatus", $0.status.rawValue))") }
            case "type":
                options = [("judicial", s(.freezeTypeJudicial)), ("bank", s(.freezeTypeBank)), ("customer", s(.freezeTypeCustomer))]
            default:
                options = [("freeze", s(.statementFreeze)), ("lift", s(.statementLift)), ("close", s(.closingAction))]
            }
            form.fields[index].input = .choice(options: options, selected: min(selected, max(0, options.count - 1)))
        }
    }

    private var freezing: Bool { form.value("action") == "freeze" }

    /// The form's field problems, in the reader's language (`freezing` read before the form is handed a key).
    private static func problem(_ id: String, _ value: String, freezing: Bool, closing: Bool, _ s: Strings) -> String? {
        let text = value.trimmingCharacters(in: .whitespaces)
        switch id {
        case "reason" where !closing: return text.count < 3 ? s(.approvalReasonMissing) : nil
        case "amount" where freezing && !text.isEmpty:
            if case .failure(let problem) = AmountParser.parse(text) { return AmountEntry.reason(problem, strings: s) }
            return nil
        case "expiry" where freezing && !text.isEmpty: return BusinessDate(text) == nil ? s(.validDate) : nil
        case "document" where freezing: return text.isEmpty ? s(.freezeDocumentMissing) : nil
        default: return nil
        }
    }

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        fillOptions(session)
        let s = session.strings
        let freezing = self.freezing, closing = form.value("action") == "close"
        let event = form.handle(key) { id, value in Self.problem(id, value, freezing: freezing, closing: closing, s) }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        let number = form.value("account"), reason = form.value("reason")
        if form.value("action") == "close" { return closeAccount(number, to: form.value("target"), session: session) }
        do {
            if freezing {
                let amount = form.value("amount").trimmingCharacters(in: .whitespaces)
                let order = FreezeOrder(accountNumber: number, type: FreezeType(rawValue: form.value("type")) ?? .bank,
                                        amount: amount.isEmpty ? nil : try? AmountParser.parse(amount).get(),
                                        expiresOn: BusinessDate(form.value("expiry").trimmingCharacters(in: .whitespaces)),
                                        documentNumber: form.value("document"), reason: reason)
                try AccountFreezeService(session.context).place(order, by: actor)
                session.say(s(.statementFrozen, AccountNumber.masked(number)), .success)
            } else {
                let service = AccountFreezeService(session.context)
                let today = session.context.businessDate
                if let newest = try service.freezes(accountNumber: number, by: actor).last(where: { $0.isActive(on: today) }) {
                    try service.lift(freezeID: newest.id, reason: reason, by: actor)
                } else {
                    try AccountStatusService(session.context).lift(accountNumber: number, reason: reason, by: actor)
                }
                session.say(s(.statementLifted, AccountNumber.masked(number)), .success)
            }
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        fillOptions(session)
        form.relabel(session.strings, ["account": .statementAccount, "action": .statementStatusAction, "type": .freezeTypeLabel,
                                       "amount": .freezeAmountLabel, "expiry": .freezeExpiryLabel, "document": .freezeDocumentLabel,
                                       "target": .closingTargetLabel,
                                       "reason": .journalReason])
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2))
    }
}
