import BankCore
import BranchServices
import Localization
import TerminalUI

/// The transfer form: from account, this bank or another bank, then either
/// the receiving account or the payee (name, bank, account, save for next
/// time), amount and memo. Switching the destination swaps the fields and
/// keeps what was typed in the hidden ones.
struct TransferForm {
    private(set) var form: Form
    /// Values of fields not shown at the moment (the other destination's).
    private var stash: [String: String] = [:]

    init(from account: String) {
        form = Form(fields: [], labelWidth: 20, requiredMessage: "")
        stash["from"] = account
        rebuild(external: false)
        form.focus = account.isEmpty ? 0 : 1
    }

    var isExternal: Bool { form.value("kind") == "external" }
    var capturesText: Bool {
        guard form.fields.indices.contains(form.focus), case .text = form.fields[form.focus].input else { return false }
        return true
    }

    private static func fields(external: Bool) -> [FormField] {
        var fields: [FormField] = [
            .text("from", "", maxLength: 30, filter: .digits),
            .choice("kind", "", options: [("internal", ""), ("external", "")], selected: external ? 1 : 0),
        ]
        if external {
            fields += [.text("payee", "", maxLength: 60), .text("bank", "", maxLength: 60),
                       .text("payeeAccount", "", maxLength: 30, filter: .digits),
                       .choice("save", "", options: [("no", ""), ("yes", "")])]
        } else {
            fields.append(.text("to", "", maxLength: 30, filter: .digits))
        }
        fields += [.text("amount", "", maxLength: 20), .text("memo", "", maxLength: 60, required: false)]
        return fields
    }

    private mutating func rebuild(external: Bool) {
        for field in form.fields { stash[field.id] = field.value }
        let focus = form.focus
        form.fields = Self.fields(external: external)
        for field in form.fields { if let value = stash[field.id] { form.setValue(field.id, value) } }
        if external, stash["save"] == "yes", let index = form.fields.firstIndex(where: { $0.id == "save" }) {
            form.fields[index].input = .choice(options: [("no", ""), ("yes", "")], selected: 1)
        }
        form.focus = min(focus, form.fields.count - 1)
    }

    /// Handles a key; true when the form was submitted with every field valid.
    mutating func handle(_ key: Key, strings: Strings) -> Bool {
        let event = form.handle(key) { id, value in
            guard id == "amount", case .failure(let refusal) = AmountEntry.parse(value, strings: strings) else { return nil }
            return refusal.text
        }
        let external = form.value("kind") == "external"
        if external != (form.fields.contains { $0.id == "payee" }) { rebuild(external: external) }
        return event == .submit
    }

    /// Fills the payee fields from a saved payee (and switches to another bank).
    mutating func use(_ payee: PayeeRecord) {
        stash["payee"] = payee.name
        stash["bank"] = payee.bank
        stash["payeeAccount"] = payee.accountNumber
        stash["save"] = "no"
        let focus = form.focus
        for field in form.fields where !["payee", "bank", "payeeAccount", "save"].contains(field.id) { stash[field.id] = field.value }
        form.fields = Self.fields(external: true)
        for field in form.fields { if let value = stash[field.id] { form.setValue(field.id, value) } }
        form.focus = min(max(focus, 0), form.fields.count - 1)
    }

    var from: String { form.value("from") }

    func request(ticketID: Int64?) -> TransferRequest {
        let amount = (try? AmountParser.parse(form.value("amount")).get()) ?? 0
        guard isExternal else {
            return TransferRequest(fromAccountNumber: from, toAccountNumber: form.value("to"), amount: amount, memo: form.value("memo"),
                                   ticketID: ticketID)
        }
        let payee = ExternalPayee(name: form.value("payee").trimmingCharacters(in: .whitespaces),
                                  bank: form.value("bank").trimmingCharacters(in: .whitespaces), accountNumber: form.value("payeeAccount"))
        return TransferRequest(fromAccountNumber: from, payee: payee, amount: amount, savePayee: form.value("save") == "yes",
                               memo: form.value("memo"), ticketID: ticketID)
    }

    mutating func clear() {
        let from = self.from
        stash = ["from": from]
        form.fields = Self.fields(external: false)
        form.setValue("from", from)
        form.focus = from.isEmpty ? 0 : 1
    }

    mutating func render(into buffer: inout CellBuffer, at rect: Rect, strings s: Strings) -> Point? {
        form.relabel(s, ["from": .transferFrom, "kind": .transferKind, "to": .transferTo, "payee": .transferPayeeName,
                         "bank": .transferPayeeBank, "payeeAccount": .transferPayeeAccount, "save": .transferSavePayee,
                         "amount": .cashAmount, "memo": .cashMemo],
                     hints: ["amount": .cashAmountHint, "kind": .transferKindHint])
        for index in form.fields.indices {
            guard case .choice(_, let selected) = form.fields[index].input else { continue }
            let options: [(value: String, label: String)] = form.fields[index].id == "kind"
                ? [("internal", s(.transferInternal)), ("external", s(.transferExternal))] : [("no", s(.no)), ("yes", s(.yes))]
            form.fields[index].input = .choice(options: options, selected: selected)
        }
        return form.render(into: &buffer, at: rect)
    }
}
