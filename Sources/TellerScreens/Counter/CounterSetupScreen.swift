import BankCore
import BranchServices
import Localization
import TerminalUI

/// Takes a counter: its number and which business types it serves (a declared form).
enum CounterSetupScreen {
    static func make(session: Session, counter: Counter?) -> FormScreen {
        let number = FieldSpec("number", .counterNumber, .text(maxLength: 2, filter: .digits), initial: counter.map { String($0.number) } ?? "") {
            value, _, s in (1...99).contains(Int(value) ?? 0) ? nil : s(.validNumberRange, "1", "99")
        }
        let serves = BusinessType.allCases.map { type in
            FieldSpec(type.rawValue, .counterServes, argument: { session in "\(type.series) \(session.typeName(type))" },
                      .choice { session in [("yes", session.strings(.counterYes)), ("no", session.strings(.counterNo))] },
                      initial: counter?.serves.contains(type) ?? (type == .cash) ? "yes" : "no")
        }
        return FormScreen(FormSpec(title: LocalizedMessage(.counterSetupTitle), labelWidth: 28, fields: [number] + serves) { form, session in
            guard let actor = session.signedIn, let number = Int(form.value("number")) else { return .handled }
            do throws(LocalizedMessage) {
                _ = try QueueService(session.context).openCounter(number: number, serves: Set(BusinessType.allCases.filter { form.value($0.rawValue) == "yes" }),
                                                              by: actor)
                session.say(session.strings(.counterOpened, String(number)), .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .handled
            }
        }, session: session)
    }
}
