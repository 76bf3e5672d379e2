import Localization
import TerminalUI

/// The one driver for declared forms (`FormSpec`): it draws the fields in
/// the current language, hands keys to the form through the form keys'
/// table, checks every field and runs the declared submit.
final class FormScreen: FormKeyedScreen {
    let spec: FormSpec
    private var form: Form

    init(_ spec: FormSpec, session: Session) {
        self.spec = spec
        form = spec.makeForm(session)
    }

    var capturesText: Bool {
        if spec.capturesTextOnEveryField { return true }
        guard form.fields.indices.contains(form.focus), case .text = form.fields[form.focus].input else { return false }
        return true
    }

    func title(_ session: Session) -> String {
        spec.title.text(in: session.strings) + spec.titleSuffix
    }

    func keyTable(_ session: Session) -> KeyTable<FormAction> { FormScreenKeys.table(session, submitKeys: spec.submitKeys) }

    /// The form takes the key (moving, typing, or confirming when every field is valid).
    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        spec.relabel(&form, session)
        let s = session.strings
        let before = form
        let problems = spec.problems?(before, session) ?? [:]
        let event = form.handle(key) { [spec] id, value in problems[id] ?? spec.problem(id, value, before, s) }
        guard event == .submit else {
            spec.afterKey?(&form, session)
            return .handled
        }
        return spec.submit(&form, session)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        spec.relabel(&form, session)
        guard let about = spec.about else {
            return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
        }
        let inner = area.inset(1)
        buffer.write(about, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        return form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2))
    }
}
