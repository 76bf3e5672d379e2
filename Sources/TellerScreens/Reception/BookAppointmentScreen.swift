import BankCore
import BranchServices
import Localization
import TerminalUI

/// Books an appointment for a customer, optionally with a dedicated account manager (a declared form).
enum BookAppointmentScreen {
    static func make(session: Session, customer: Customer) -> FormScreen {
        let managers = CustomerService(session.context).accountManagers()
        let fields = [
            FieldSpec("date", .bookDate, .text(maxLength: 10, filter: .asciiPrintable), hint: .validDate,
                      initial: session.branch?.businessDate.description ?? "") { value, _, s in BusinessDate(value) == nil ? s(.validDate) : nil },
            FieldSpec("time", .bookTime, .text(maxLength: 5, filter: .asciiPrintable), hint: .validTime) { value, _, s in
                Appointment.isValidTime(value) ? nil : s(.validTime)
            },
            FieldSpec("type", .issueBusinessType, .choice { session in BusinessType.allCases.map { ($0.rawValue, session.typeName($0)) } }),
            FieldSpec("purpose", .bookPurpose, .text(maxLength: 60), required: false),
            // "None" is a valid choice.
            FieldSpec("manager", .bookManager, .choice { session in [("", session.strings(.panelNone))] + managers.map { (String($0.id), $0.displayName) } },
                      required: false, initial: managers.first { $0.id == customer.accountManagerID }.map { String($0.id) } ?? ""),
        ]
        return FormScreen(FormSpec(title: LocalizedMessage(.bookTitle), titleSuffix: " — " + customer.name, fields: fields) { form, session in
            guard let actor = session.signedIn, let date = BusinessDate(form.value("date")) else { return .handled }
            do throws(LocalizedMessage) {
                _ = try QueueService(session.context).book(customerID: customer.id, date: date, time: form.value("time"),
                                                       type: BusinessType(rawValue: form.value("type")) ?? .cash,
                                                       purpose: form.value("purpose"), accountManagerID: Int64(form.value("manager")), by: actor)
                session.say(session.strings(.bookDone, date.description, form.value("time")), .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .handled
            }
        }, session: session)
    }
}
