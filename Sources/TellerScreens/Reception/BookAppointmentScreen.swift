import BankCore
import BranchServices
import Localization
import TerminalUI

/// Books an appointment for a customer, optionally with a dedicated account manager.
final class BookAppointmentScreen: Screen {
    private let customer: Customer
    private var form: Form
    private let managers: [Operator]

    init(session: Session, customer: Customer) {
        self.customer = customer
        managers = CustomerService(session.context).accountManagers()
        let date = session.branch?.businessDate.description ?? ""
        let current = managers.firstIndex { $0.id == customer.accountManagerID }.map { $0 + 1 } ?? 0
        form = Form(fields: [
            .text("date", "", date, maxLength: 10, filter: .asciiPrintable),
            .text("time", "", maxLength: 5, filter: .asciiPrintable),
            .choice("type", "", options: []),
            .text("purpose", "", maxLength: 60, required: false),
            .choice("manager", "", options: [], selected: current),
        ], labelWidth: 20, requiredMessage: "")
        form.fields[4].required = false  // "none" is a valid choice
    }

    var capturesText: Bool { form.fields[form.focus].id != "type" && form.fields[form.focus].id != "manager" }

    func title(_ session: Session) -> String { session.strings(.bookTitle) + " — " + customer.name }

    func commands(_ session: Session) -> [KeyCommand] {
        FormScreenKeys.commands(session)
    }

    private func relabel(_ session: Session) {
        form.relabel(session.strings, ["date": .bookDate, "time": .bookTime, "type": .issueBusinessType,
                                       "purpose": .bookPurpose, "manager": .bookManager],
                     hints: ["date": .validDate, "time": .validTime])
        for (id, options) in [("type", BusinessType.allCases.map { ($0.rawValue, session.typeName($0)) }),
                              ("manager", [("", session.strings(.panelNone))] + managers.map { (String($0.id), $0.displayName) })] {
            guard let index = form.fields.firstIndex(where: { $0.id == id }), case .choice(_, let selected) = form.fields[index].input else { continue }
            form.fields[index].input = .choice(options: options, selected: selected)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        let s = session.strings
        let event = form.handle(key) { id, value in
            switch id {
            case "date": return BusinessDate(value) == nil ? s(.validDate) : nil
            case "time": return Appointment.isValidTime(value) ? nil : s(.validTime)
            default: return nil
            }
        }
        guard event == .submit, let actor = session.signedIn, let date = BusinessDate(form.value("date")) else { return .handled }
        do {
            try QueueService(session.context).book(customerID: customer.id, date: date, time: form.value("time"),
                                                   type: BusinessType(rawValue: form.value("type")) ?? .cash,
                                                   purpose: form.value("purpose"), accountManagerID: Int64(form.value("manager")),
                                                   by: actor)
            session.say(s(.bookDone, date.description, form.value("time")), .success)
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
