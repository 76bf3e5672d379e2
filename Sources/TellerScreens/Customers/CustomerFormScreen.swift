import BankCore
import BranchServices
import Localization
import TerminalUI

/// Registers a customer. Every field is checked as a whole before anything
/// is saved; each problem is shown under its field. A resident ID number
/// fills the date of birth as soon as it passes its checks (a date typed
/// differently is explained under the field), and the preferred language
/// starts as the interface language.
final class CustomerFormScreen: Screen {
    private var form: Form
    /// The date of birth this form filled in from the ID number (replaced when the number changes).
    private var filledBirthDate: String?
    private let onRegistered: ((Customer) -> Navigation)?
    private let labels: [String: StringKey] = [
        "name": .fieldName, "idType": .fieldIDType, "idNumber": .fieldIDNumber, "idExpiry": .fieldIDExpiry, "phone": .fieldPhone,
        "address": .fieldAddress, "birthDate": .fieldBirthDate, "language": .fieldLanguage, "assistance": .fieldAssistance,
    ]

    init(session: Session, onRegistered: ((Customer) -> Navigation)? = nil) {
        self.onRegistered = onRegistered
        form = Form(fields: [
            .text("name", "", maxLength: 60),
            .choice("idType", "", options: []),
            .text("idNumber", "", maxLength: 30, filter: .asciiPrintable),
            .text("idExpiry", "", maxLength: 10, filter: .asciiPrintable, required: false),
            .text("phone", "", maxLength: 20, filter: .asciiPrintable),
            .text("address", "", maxLength: 120, required: false),
            .text("birthDate", "", maxLength: 10, filter: .asciiPrintable),
            .choice("language", "", options: []),
            .choice("assistance", "", options: []),
        ], labelWidth: 20, requiredMessage: "")
        relabel(session)
        if let index = form.fields.firstIndex(where: { $0.id == "language" }), case .choice(let options, _) = form.fields[index].input {
            form.fields[index].input = .choice(options: options, selected: Language.allCases.firstIndex(of: session.language) ?? 0)
        }
    }

    /// Fills the date of birth from a resident ID number that passed its
    /// checks, unless the teller typed another date: then the mismatch is
    /// shown under the date of birth at once.
    private func fillBirthDate(_ service: CustomerService, session: Session) {
        guard form.value("idType") == IDDocumentType.residentID.rawValue,
              let fromID = service.birthDate(fromResidentID: form.value("idNumber"))?.description else { return }
        let typed = form.value("birthDate").trimmingCharacters(in: .whitespaces)
        if typed.isEmpty || typed == filledBirthDate {
            form.setValue("birthDate", fromID)
            filledBirthDate = fromID
            form.setError("birthDate", nil)
        } else if typed != fromID, BusinessDate(typed) != nil {
            form.setError("birthDate", LocalizedMessage(.customerBirthDateMismatch, fromID, typed).text(in: session.strings))
        }
    }

    private func relabel(_ session: Session) {
        form.relabel(session.strings, labels, hints: ["birthDate": .validDate, "phone": .phoneInvalid, "idExpiry": .idExpiryMissing])
        setOptions("idType", IDDocumentType.allCases.map { ($0.rawValue, session.idTypeName($0)) })
        setOptions("language", Language.allCases.map { ($0.rawValue, $0.nativeName) })
        setOptions("assistance", AssistanceNeed.allCases.map { ($0.rawValue, session.assistanceName($0)) })
    }

    private func setOptions(_ id: String, _ options: [(value: String, label: String)]) {
        guard let index = form.fields.firstIndex(where: { $0.id == id }) else { return }
        var selected = 0
        if case .choice(_, let current) = form.fields[index].input { selected = current }
        form.fields[index].input = .choice(options: options, selected: min(selected, max(0, options.count - 1)))
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.registerTitle) }

    func commands(_ session: Session) -> [KeyCommand] {
        FormScreenKeys.commands(session)
    }

    private var application: CustomerApplication {
        CustomerApplication(name: form.value("name"), idType: IDDocumentType(rawValue: form.value("idType")) ?? .residentID,
                            idNumber: form.value("idNumber"), idExpiry: form.value("idExpiry"), phone: form.value("phone"), address: form.value("address"),
                            birthDate: form.value("birthDate"), preferredLanguage: Language(rawValue: form.value("language")) ?? .chinese,
                            assistance: AssistanceNeed(rawValue: form.value("assistance")) ?? .none)
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        let service = CustomerService(session.context)
        // Checked before the key is applied: the validator must not read the form while it changes.
        let problems = service.problems(with: application)
        let event = form.handle(key) { id, _ in problems[id]?.text(in: session.strings) }
        if event != .submit { fillBirthDate(service, session: session) }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        do {
            let customer = try service.register(application, by: actor)
            session.say(session.strings(.customerRegistered, customer.name), .success)
            if let onRegistered { return .navigate(onRegistered(customer)) }
            // The panel takes the form's place: Esc from it goes back to where registering began.
            return .navigate(.replaceTop(CustomerPanelScreen(session: session, customerID: customer.id)))
        } catch {
            if error.key == .customerAlreadyRegistered { form.setError("idNumber", error.text(in: session.strings)) }
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        relabel(session)
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
    }
}
