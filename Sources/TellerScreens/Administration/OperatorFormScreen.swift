import BankCore
import BranchServices
import Localization
import TerminalUI

/// Adds an operator, or sets a new PIN for one (typed twice): a declared form.
enum OperatorFormScreen {
    enum Mode {
        case add
        case resetPIN(Operator)
    }

    static func make(mode: Mode, session: Session, onSaved: @escaping () -> Void) -> FormScreen {
        var fields: [FieldSpec] = []
        if case .add = mode {
            fields += [
                FieldSpec("username", .operatorsColumnID, .text(maxLength: 20, filter: .asciiPrintable), hint: .validUsername) { value, _, s in
                    UsernameRules.problem(with: value)?.text(in: s)
                },
                FieldSpec("name", .operatorsColumnName, .text(maxLength: 40)) { value, _, s in DisplayNameRules.problem(with: value)?.text(in: s) },
                FieldSpec("role", .operatorsColumnRole, .choice { session in Role.allCases.map { ($0.rawValue, session.roleName($0)) } },
                          initial: Role.teller.rawValue),
            ]
        }
        fields += PINFields.typedTwice(label: .setupPIN, hint: .validPINLength, maxLength: 12) { value, _, s in PINRules.problem(with: value)?.text(in: s) }
        var title = LocalizedMessage(.operatorsAddTitle)
        if case .resetPIN(let target) = mode { title = LocalizedMessage(.operatorsResetTitle, target.username) }
        var spec = FormSpec(title: title, labelWidth: 18, fields: fields, submitKeys: [.enter, .control("s")]) { form, session in
            guard let actor = session.signedIn else { return .handled }
            let admin = OperatorAdministration(session.context)
            do throws(LocalizedMessage) {
                switch mode {
                case .add:
                    let created = try admin.add(username: form.value("username"), displayName: form.value("name"),
                                                role: Role(rawValue: form.value("role")) ?? .teller, pin: form.value("pin"), by: actor)
                    session.say(session.strings(.operatorsAdded, created.username), .success)
                case .resetPIN(let target):
                    try admin.resetPIN(of: target, to: form.value("pin"), by: actor)
                    session.say(session.strings(.operatorsPINReset, target.username), .success)
                }
                onSaved()
                return .navigate(.pop)
            } catch {
                if error.key == .validUsernameTaken { form.setError("username", error.text(in: session.strings)) }
                session.say(error)
                return .handled
            }
        }
        spec.capturesTextOnEveryField = true
        return FormScreen(spec, session: session)
    }
}
