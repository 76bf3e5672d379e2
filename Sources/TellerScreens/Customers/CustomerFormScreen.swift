import BankCore
import BranchServices
import Localization
import TerminalUI

/// Registers a customer (a declared form). Every field is checked as a
/// whole before anything is saved; each problem is shown under its field. A
/// resident ID number fills the date of birth as soon as it passes its
/// checks (a date typed differently is explained under the field), and the
/// preferred language starts as the interface language.
enum CustomerFormScreen {
    static func make(session: Session, onRegistered: ((Customer) -> Navigation)? = nil) -> FormScreen {
        let ascii = CharacterFilter.asciiPrintable
        let fields = [
            FieldSpec("name", .fieldName, .text(maxLength: 60)),
            FieldSpec("idType", .fieldIDType, .choice { session in IDDocumentType.allCases.map { ($0.rawValue, session.idTypeName($0)) } }),
            FieldSpec("idNumber", .fieldIDNumber, .text(maxLength: 30, filter: ascii)),
            FieldSpec("idExpiry", .fieldIDExpiry, .text(maxLength: 10, filter: ascii), hint: .idExpiryMissing, required: false),
            FieldSpec("phone", .fieldPhone, .text(maxLength: 20, filter: ascii), hint: .phoneInvalid),
            FieldSpec("address", .fieldAddress, .text(maxLength: 120), required: false),
            FieldSpec("birthDate", .fieldBirthDate, .text(maxLength: 10, filter: ascii), hint: .validDate),
            FieldSpec("language", .fieldLanguage, .choice { _ in Language.allCases.map { ($0.rawValue, $0.nativeName) } }, initial: session.language.rawValue),
            FieldSpec("assistance", .fieldAssistance, .choice { session in AssistanceNeed.allCases.map { ($0.rawValue, session.assistanceName($0)) } }),
        ]
        // The date of birth this form filled in from the ID number (replaced when the number changes).
        var filledBirthDate: String?
        var spec = FormSpec(title: LocalizedMessage(.registerTitle), fields: fields) { form, session in
            guard let actor = session.signedIn else { return .handled }
            do throws(LocalizedMessage) {
                let customer = try CustomerService(session.context).register(application(form), by: actor)
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
        spec.capturesTextOnEveryField = true
        spec.problems = { form, session in CustomerService(session.context).problems(with: application(form)).mapValues { $0.text(in: session.strings) } }
        spec.afterKey = { form, session in fillBirthDate(&form, filled: &filledBirthDate, session) }
        return FormScreen(spec, session: session)
    }

    private static func application(_ form: Form) -> CustomerApplication {
        CustomerApplication(name: form.value("name"), idType: IDDocumentType(rawValue: form.value("idType")) ?? .residentID,
                            idNumber: form.value("idNumber"), idExpiry: form.value("idExpiry"), phone: form.value("phone"), address: form.value("address"),
                            birthDate: form.value("birthDate"), preferredLanguage: Language(rawValue: form.value("language")) ?? .chinese,
                            assistance: AssistanceNeed(rawValue: form.value("assistance")) ?? .none)
    }

    /// Fills the date of birth from a resident ID number that passed its
    /// checks, unless the teller typed another date: then the mismatch is
    /// shown under the date of birth at once.
    private static func fillBirthDate(_ form: inout Form, filled: inout String?, _ session: Session) {
        guard form.value("idType") == IDDocumentType.residentID.rawValue,
              let fromID = CustomerService(session.context).birthDate(fromResidentID: form.value("idNumber"))?.description else { return }
        let typed = form.value("birthDate").trimmingCharacters(in: .whitespaces)
        if typed.isEmpty || typed == filled {
            form.setValue("birthDate", fromID)
            filled = fromID
            form.setError("birthDate", nil)
        } else if typed != fromID, BusinessDate(typed) != nil {
            form.setError("birthDate", LocalizedMessage(.customerBirthDateMismatch, fromID, typed).text(in: session.strings))
        }
    }
}
