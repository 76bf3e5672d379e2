import BankCore
import BranchServices
import Localization
import TerminalUI

/// Adds an operator, or sets a new PIN for one (typed twice).
final class OperatorFormScreen: Screen {
    enum Mode {
        case add
        case resetPIN(Operator)
    }

    private let mode: Mode
    private var form: Form
    private let onSaved: () -> Void
    private let labels: [String: StringKey] = [
        "username": .operatorsColumnID, "name": .operatorsColumnName, "role": .operatorsColumnRole,
        "pin": .setupPIN, "pin2": .setupPINAgain,
    ]

    init(mode: Mode, session: Session, onSaved: @escaping () -> Void) {
        self.mode = mode
        self.onSaved = onSaved
        var fields: [FormField] = []
        if case .add = mode {
            fields.append(.text("username", "", maxLength: 20, filter: .asciiPrintable))
            fields.append(.text("name", "", maxLength: 40))
            fields.append(.choice("role", "", options: Role.allCases.map { ($0.rawValue, session.roleName($0)) }, selected: 1))
        }
        fields.append(.text("pin", "", maxLength: 12, masked: true, filter: .digits))
        fields.append(.text("pin2", "", maxLength: 12, masked: true, filter: .digits))
        form = Form(fields: fields, labelWidth: 18, requiredMessage: "")
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String {
        switch mode {
        case .add: return session.strings(.operatorsAddTitle)
        case .resetPIN(let target): return session.strings(.operatorsResetTitle, target.username)
        }
    }

    func commands(_ session: Session) -> [KeyCommand] {
        FormScreenKeys.commands(session, submitKeys: [.enter, .control("s")])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if key == .escape { return .navigate(.pop) }
        if case .function = key { return .ignored }
        if key == .control("g") || key == .control("l") { return .ignored }
        let event = form.handle(key) { [form] id, value in
            switch id {
            case "username": return UsernameRules.problem(with: value)?.text(in: session.strings)
            case "name": return DisplayNameRules.problem(with: value)?.text(in: session.strings)
            case "pin": return PINRules.problem(with: value)?.text(in: session.strings)
            case "pin2": return value == form.value("pin") ? nil : session.strings(.validPINMismatch)
            default: return nil
            }
        }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        let admin = OperatorAdministration(session.context)
        do {
            switch mode {
            case .add:
                let role = Role(rawValue: form.value("role")) ?? .teller
                let created = try admin.add(username: form.value("username"), displayName: form.value("name"), role: role,
                                            pin: form.value("pin"), by: actor)
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

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        form.relabel(session.strings, labels, hints: ["username": .validUsername, "pin": .validPINLength])
        if let index = form.fields.firstIndex(where: { $0.id == "role" }), case .choice(_, let selected) = form.fields[index].input {
            form.fields[index].input = .choice(options: Role.allCases.map { ($0.rawValue, session.roleName($0)) }, selected: selected)
        }
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
    }
}
