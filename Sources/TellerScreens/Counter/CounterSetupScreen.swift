import BankCore
import BranchServices
import Localization
import TerminalUI

/// Takes a counter: its number and which business types it serves.
final class CounterSetupScreen: Screen {
    private var form: Form

    init(session: Session, counter: Counter?) {
        var fields: [FormField] = [.text("number", "", counter.map { String($0.number) } ?? "", maxLength: 2, filter: .digits)]
        for type in BusinessType.allCases {
            let on = counter?.serves.contains(type) ?? (type == .cash)
            fields.append(.choice(type.rawValue, "", options: [("yes", ""), ("no", "")], selected: on ? 0 : 1))
        }
        form = Form(fields: fields, labelWidth: 28, requiredMessage: "")
    }

    var capturesText: Bool { form.focus == 0 }

    func title(_ session: Session) -> String { session.strings(.counterSetupTitle) }

    func commands(_ session: Session) -> [KeyCommand] {
        FormScreenKeys.commands(session)
    }

    private func relabel(_ session: Session) {
        let s = session.strings
        form.requiredMessage = s(.required)
        for index in form.fields.indices {
            let id = form.fields[index].id
            if id == "number" { form.fields[index].label = s(.counterNumber); continue }
            guard let type = BusinessType(rawValue: id), case .choice(_, let selected) = form.fields[index].input else { continue }
            form.fields[index].label = s(.counterServes, "\(type.series) \(session.typeName(type))")
            form.fields[index].input = .choice(options: [("yes", s(.counterYes)), ("no", s(.counterNo))], selected: selected)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        let s = session.strings
        let event = form.handle(key) { id, value in
            id == "number" && !(1...99).contains(Int(value) ?? 0) ? s(.validNumberRange, "1", "99") : nil
        }
        guard event == .submit, let actor = session.signedIn, let number = Int(form.value("number")) else { return .handled }
        let serves = Set(BusinessType.allCases.filter { form.value($0.rawValue) == "yes" })
        do {
            try QueueService(session.context).openCounter(number: number, serves: serves, by: actor)
            session.say(s(.counterOpened, String(number)), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        relabel(session)
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
    }
}
