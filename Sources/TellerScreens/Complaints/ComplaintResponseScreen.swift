import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The branch's response to a complaint: the explanation, a monetary remedy
/// (an amount and the customer's account to credit, posted through the
/// ledger) and a non-monetary remedy. After a confirmation the service
/// records it and queues the message to the customer. The idempotency key
/// of the remedy is fixed when the handler confirms and reused if the same
/// response is retried, so a retry never pays twice.
final class ComplaintResponseScreen: FormOnlyScreen {
    let complaint: ComplaintRecord
    private var form: Form
    private var confirm: ConfirmDialog?
    private(set) var key: String?
    private var keyRequest: ComplaintResponse?

    /// `accounts`: the customer's accounts that can be credited (empty for an anonymous complaint).
    init(complaint: ComplaintRecord, accounts: [AccountRecord]) {
        self.complaint = complaint
        let options = [(value: "", label: "—")] + accounts.map { (value: $0.number, label: "\($0.number)  \($0.currency.rawValue)") }
        // The account is needed only for compensation (checked on submit): anonymous complaints and
        // customers without an account are answered with "—".
        var account = FormField.choice("account", "", options: options, selected: accounts.count == 1 ? 1 : 0)
        account.required = false
        form = Form(fields: [
            .text("explanation", "", maxLength: 500, required: false),
            .text("amount", "", maxLength: 16, filter: .amount, required: false),
            account,
            .text("other", "", maxLength: 300, required: false),
        ], labelWidth: 20, requiredMessage: "")
    }

    var capturesText: Bool { confirm == nil }

    func title(_ session: Session) -> String { session.strings(.complaintRespondTitle, complaint.number) }

    func keyTable(_ session: Session) -> KeyTable<Action> { .formKeys(session, .form) }

    /// The response as typed; nil while the amount is not a valid amount.
    private func response(_ s: Strings) -> ComplaintResponse? {
        let typed = form.value("amount").trimmingCharacters(in: .whitespaces)
        var amount: Int64 = 0
        if !typed.isEmpty {
            guard case .success(let value) = AmountEntry.parse(typed, strings: s) else { return nil }
            amount = value
        }
        return ComplaintResponse(explanation: form.value("explanation"), monetaryRemedy: amount,
                                 remedyAccountNumber: amount > 0 ? form.value("account") : "", nonMonetaryRemedy: form.value("other"))
    }

    /// The confirmation, while it is open, takes every key.
    func answer(_ key: Key, session: Session) -> KeyResult? {
        guard var dialog = confirm else { return nil }
        let answer = dialog.handle(key)
        confirm = answer == nil ? dialog : nil
        return answer == .yes ? send(session) : .handled
    }

    /// Hands a key to the form; a submitted response is confirmed first (with the amount, when it pays).
    func edit(_ key: Key, session: Session) -> KeyResult {
        let s = session.strings
        let event = form.handle(key) { id, value in check(id, value, s) }
        guard event == .submit, let response = response(s) else { return .handled }
        if response.monetaryRemedy > 0 && response.remedyAccountNumber.isEmpty {
            form.setError("account", s(.complaintRemedyAccountMissing))
            return .handled
        }
        let question = response.monetaryRemedy > 0
            ? s(.complaintRespondQuestionPaid, complaint.number, AmountParser.format(response.monetaryRemedy),
                AccountNumber.masked(response.remedyAccountNumber))
            : s(.complaintRespondQuestion, complaint.number)
        confirm = ConfirmDialog(title: s(.complaintRespondKey), message: question, yes: s(.yes), no: s(.no))
        return .handled
    }

    private func check(_ id: String, _ value: String, _ s: Strings) -> String? {
        let text = value.trimmingCharacters(in: .whitespaces)
        switch id {
        case "explanation":
            return text.count < 5 ? s(.complaintResponseMissing) : nil
        case "amount":
            guard !text.isEmpty else { return nil }
            if case .failure(let refusal) = AmountEntry.parse(text, strings: s) { return refusal.text }
            return nil
        default:
            return nil
        }
    }

    private func send(_ session: Session) -> KeyResult {
        guard let actor = session.signedIn, let response = response(session.strings) else { return .handled }
        if key == nil || keyRequest != response {
            key = UUID().uuidString
            keyRequest = response
        }
        do throws(LocalizedMessage) {
            try ComplaintService(session.context).respond(id: complaint.id, response, key: key ?? "", by: actor)
            return responded(response, session)
        } catch where error.key == .complaintRemedyNeedsApproval {
            // Above the threshold a second supervisor approves this payment; a refusal comes back here, same key.
            let fixedKey = key ?? ""
            return .navigate(.replaceTop(SupervisorApprovalScreen(why: [error.text(in: session.strings)]) { [self] approval, session in
                do throws(LocalizedMessage) {
                    try ComplaintService(session.context).respond(id: complaint.id, response, key: fixedKey, approval: approval, by: actor)
                    return responded(response, session)
                } catch {
                    session.say(error)
                    return .navigate(.replaceTop(self))
                }
            }))
        } catch {
            session.say(error)
            return .handled
        }
    }

    private func responded(_ response: ComplaintResponse, _ session: Session) -> KeyResult {
        let s = session.strings
        session.say(response.monetaryRemedy > 0
                    ? s(.complaintRespondedPaid, complaint.number, AmountParser.format(response.monetaryRemedy))
                    : s(.complaintResponded, complaint.number), .success)
        return .navigate(.pop)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        buffer.write(s(.complaintRespondAbout, session.complaintCategoryName(complaint.category)),
                     in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        let wanted = complaint.remedyWanted.isEmpty ? "—" : complaint.remedyWanted
        buffer.write(s(.complaintFieldRemedyWanted) + ": " + wanted, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1),
                     role: .dim)
        form.relabel(s, ["explanation": .complaintFieldExplanation, "amount": .complaintFieldMonetary,
                         "account": .complaintFieldAccount, "other": .complaintFieldNonMonetary],
                     hints: ["explanation": .complaintExplanationHint, "amount": .complaintMonetaryHint])
        let cursor = form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: form.height))
        if let confirm {
            confirm.render(into: &buffer, area: area)
            return nil
        }
        return cursor
    }
}
