import Localization
import TerminalUI

/// A small form for one step of handling a complaint or a care task (a
/// note, a reason, a satisfaction score, a handler to give it to): the
/// screen that opened it supplies the fields, their labels, the checks and
/// what submitting does (usually a service call, its refusal shown as the
/// service words it).
final class StepFormScreen: FormKeyedScreen {
    private let titleKey: StringKey0
    /// Shown above the form: what the step is about (the complaint's number…).
    private let about: String
    private var form: Form
    private let labels: [String: StringKey0]
    private let hints: [String: StringKey0]
    /// Choice options, rebuilt every frame so they follow a language switch.
    private let choices: (Session) -> [String: [(value: String, label: String)]]
    private let validate: (String, String, Strings) -> String?
    private let submit: (Form, Session) -> KeyResult

    init(title: StringKey0, about: String, fields: [FormField], labels: [String: StringKey0], hints: [String: StringKey0] = [:],
         choices: @escaping (Session) -> [String: [(value: String, label: String)]] = { _ in [:] },
         validate: @escaping (String, String, Strings) -> String? = { _, _, _ in nil },
         submit: @escaping (Form, Session) -> KeyResult) {
        titleKey = title
        self.about = about
        form = Form(fields: fields, labelWidth: 20, requiredMessage: "")
        self.labels = labels
        self.hints = hints
        self.choices = choices
        self.validate = validate
        self.submit = submit
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(titleKey) }

    func keyTable(_ session: Session) -> KeyTable<FormAction> { FormScreenKeys.table(session) }

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        refreshChoices(session)
        let s = session.strings
        guard form.handle(key, validate: { id, value in validate(id, value, s) }) == .submit else { return .handled }
        return submit(form, session)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let inner = area.inset(1)
        buffer.write(about, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        form.relabel(session.strings, labels, hints: hints)
        refreshChoices(session)
        return form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2))
    }

    /// Puts the choice options in the current language, keeping what is selected.
    private func refreshChoices(_ session: Session) {
        let options = choices(session)
        for i in form.fields.indices {
            guard let fresh = options[form.fields[i].id], case .choice(_, let selected) = form.fields[i].input else { continue }
            form.fields[i].input = .choice(options: fresh, selected: min(selected, max(0, fresh.count - 1)))
        }
    }
}
