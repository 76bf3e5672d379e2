import BankCore
import BranchServices
import Localization
import TerminalUI

/// The customer types a new 6-digit PIN twice on the counter keypad. Four
/// eyes: the customer's identity document must have been checked in this
/// visit, replacing a PIN already set is confirmed first, and a supervisor
/// approves with their own ID and PIN before the service sets it.
final class SetCustomerPINScreen: FormKeyedScreen {
    private let customer: Customer
    private var form = Form(fields: [
        .text("pin", "", maxLength: 6, masked: true, filter: .digits),
        .text("pin2", "", maxLength: 6, masked: true, filter: .digits),
    ], labelWidth: 20, requiredMessage: "")
    /// Asked when the customer already has a PIN.
    private var confirmReplace: ConfirmDialog?

    init(customer: Customer) { self.customer = customer }

    var capturesText: Bool { confirmReplace == nil }

    func title(_ session: Session) -> String { session.strings(.setPINTitle, customer.name) }

    /// Only confirming is listed: the keypad form is two fields.
    func keyTable(_ session: Session) -> KeyTable<FormAction> {
        KeyTable(FormScreenKeys.table(session, submitKeys: [.enter, .control("s")]).bindings.filter { $0.action == .submit })
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if var dialog = confirmReplace {
            let answer = dialog.handle(key)
            confirmReplace = answer == nil ? dialog : nil
            return answer == .yes ? askSupervisor(replacing: true, session) : .handled
        }
        return route(key, session: session) { formKey(key, session) }
    }

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        let s = session.strings
        let event = form.handle(key) { [form] id, value in
            switch id {
            case "pin": return value.count != 6 ? s(.customerPINLength) : PINRules.problem(with: value, birthDate: customer.birthDate)?.text(in: s)
            case "pin2": return value == form.value("pin") ? nil : s(.validPINMismatch)
            default: return nil
            }
        }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        let identity = IdentityService(session.context)
        guard identity.documentCheckedThisVisit(customerID: customer.id, by: actor) else {
            session.say(LocalizedMessage(.credentialNeedsDocumentCheck))
            return .handled
        }
        if identity.credentialStatus(customerID: customer.id)?.hasPIN == true {
            confirmReplace = ConfirmDialog(title: s(.setPINTitle, customer.name), message: s(.credentialReplacePINQuestion, String(FourEyesRulesService(session.context).rules().coolingOffHours)),
                                           yes: s(.yes), no: s(.no))
            return .handled
        }
        return askSupervisor(replacing: false, session)
    }

    /// A supervisor approves; then the PIN is set. A refusal comes back to this form.
    private func askSupervisor(replacing: Bool, _ session: Session) -> KeyResult {
        let pin = form.value("pin")
        let customerID = customer.id
        return .navigate(.replaceTop(SupervisorApprovalScreen(why: [session.strings(.credentialApprovalWhy)]) { [self] approval, session in
            guard let actor = session.signedIn else { return .navigate(.pop) }
            do throws(LocalizedMessage) {
                try IdentityService(session.context).setPIN(customerID: customerID, pin: pin, replacing: replacing, approval: approval,
                                                            by: actor)
                session.say(session.strings(.panelPINSet), .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .navigate(.replaceTop(self))
            }
        }))
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        form.relabel(session.strings, ["pin": .setupPIN, "pin2": .setupPINAgain], hints: ["pin": .customerPINLength])
        let cursor = form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
        if let confirmReplace {
            confirmReplace.render(into: &buffer, area: area)
            return nil
        }
        return cursor
    }
}
