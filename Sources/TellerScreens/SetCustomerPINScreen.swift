import BankCore
import BranchServices
import Localization
import TerminalUI

/// The customer types a new 6-digit PIN twice on the counter keypad.
final class SetCustomerPINScreen: Screen {
    private let customer: Customer
    private var form = Form(fields: [
        .text("pin", "", maxLength: 6, masked: true, filter: .digits),
        .text("pin2", "", maxLength: 6, masked: true, filter: .digits),
    ], labelWidth: 20, requiredMessage: "")

    init(customer: Customer) { self.customer = customer }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.setPINTitle, customer.name) }

    func commands(_ session: Session) -> [KeyCommand] {
        [KeyCommand(id: "submit", keys: [.enter, .control("s")], title: session.strings(.keySubmit), help: session.strings(.keySubmitLong))]
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        let s = session.strings
        let event = form.handle(key) { [form] id, value in
            switch id {
            case "pin": return value.count != 6 ? s(.customerPINLength) : PINRules.problem(with: value, birthDate: customer.birthDate)?.text(in: s)
            case "pin2": return value == form.value("pin") ? nil : s(.validPINMismatch)
            default: return nil
            }
        }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        do {
            try IdentityService(session.context).setPIN(customerID: customer.id, pin: form.value("pin"), by: actor)
            session.say(s(.panelPINSet), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        form.relabel(session.strings, ["pin": .setupPIN, "pin2": .setupPINAgain], hints: ["pin": .customerPINLength])
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
    }
}
