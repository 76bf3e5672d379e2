import Localization
import TerminalUI

/// One field of a form declared as data: its id, label key (the label
/// follows a language switch on the next frame), what it takes, whether it
/// must be filled, its value to start with and its check.
struct FieldSpec {
    /// What the field takes.
    enum Kind {
        case text(maxLength: Int, masked: Bool = false, filter: CharacterFilter = .any)
        /// Options as (value, shown label), read again every frame in the current language.
        case choice((Session) -> [(value: String, label: String)])
    }

    /// The message for a value, or nil when it is fine; `form` holds every field as it was before the key.
    typealias Check = (_ value: String, _ form: Form, _ strings: Strings) -> String?

    let id: String
    /// The label in the current language.
    let label: (Session) -> String
    let kind: Kind
    var hint: StringKey0?
    var required: Bool
    /// The text, or the value of the option selected at first.
    var initial: String
    var check: Check?

    init(_ id: String, _ label: StringKey0, _ kind: Kind, hint: StringKey0? = nil, required: Bool = true, initial: String = "",
         check: Check? = nil) {
        self.init(id, text: { $0.strings(label) }, kind, hint: hint, required: required, initial: initial, check: check)
    }

    /// A field whose label takes one argument in the current language (a business type's name).
    init(_ id: String, _ label: StringKey1, argument: @escaping (Session) -> String, _ kind: Kind, initial: String = "") {
        self.init(id, text: { $0.strings(label, argument($0)) }, kind, hint: nil, required: true, initial: initial, check: nil)
    }

    private init(_ id: String, text: @escaping (Session) -> String, _ kind: Kind, hint: StringKey0?, required: Bool, initial: String,
                 check: Check?) {
        self.id = id
        self.label = text
        self.kind = kind
        self.hint = hint
        self.required = required
        self.initial = initial
        self.check = check
    }
}

/// A whole form as a declaration: title key, fields, the keys that confirm
/// it and what confirming does. `FormScreen` is the one driver that shows
/// and runs every declared form, so a new form is its fields and its submit.
struct FormSpec {
    /// The title, translated when drawn (a key and its arguments).
    var title: LocalizedMessage
    /// Text after the title (a customer's name).
    var titleSuffix = ""
    /// A line shown above the fields (what the form is about), if any.
    var about: String?
    var labelWidth = 20
    var fields: [FieldSpec]
    var submitKeys: [Key] = [.control("s"), .enter]
    /// Whether `?` types on a choice too (help then comes from F1 only), as on forms that were always typed into.
    var capturesTextOnEveryField = false
    /// Checks that need every field at once (a service's), by field id; run before the key is applied.
    var problems: ((Form, Session) -> [String: String])?
    /// Runs after every key that did not submit (a value filled in from another).
    var afterKey: ((inout Form, Session) -> Void)?
    /// What confirming a valid form does; it may put a refusal beside a field.
    var submit: (inout Form, Session) -> KeyResult

    /// The form widget with the declared fields, labelled in `session`'s language.
    func makeForm(_ session: Session) -> Form {
        var form = Form(fields: fields.map { field in
            switch field.kind {
            case .text(let maxLength, let masked, let filter):
                return .text(field.id, "", field.initial, maxLength: maxLength, masked: masked, filter: filter, required: field.required)
            case .choice(let options):
                let all = options(session)
                var made = FormField.choice(field.id, "", options: all, selected: all.firstIndex { $0.value == field.initial } ?? 0)
                made.required = field.required
                return made
            }
        }, labelWidth: labelWidth, requiredMessage: "")
        relabel(&form, session)
        return form
    }

    /// Labels, hints, messages and choice options in the current language, keeping what is selected.
    func relabel(_ form: inout Form, _ session: Session) {
        let s = session.strings
        form.requiredMessage = s(.required)
        form.limitMessage = { s(.uiFieldLimit, String($0)) }
        for field in fields {
            guard let index = form.fields.firstIndex(where: { $0.id == field.id }) else { continue }
            form.fields[index].label = field.label(session)
            form.fields[index].hint = field.hint.map { s($0) }
            if case .choice(let options) = field.kind, case .choice(_, let selected) = form.fields[index].input {
                let fresh = options(session)
                form.fields[index].input = .choice(options: fresh, selected: min(selected, max(0, fresh.count - 1)))
            }
        }
    }

    /// The message for field `id`'s value, from its own check.
    func problem(_ id: String, _ value: String, _ form: Form, _ strings: Strings) -> String? {
        fields.first { $0.id == id }?.check?(value, form, strings)
    }
}

/// A new PIN typed twice ("pin", then "pin2" that must match it), as several forms ask for one.
enum PINFields {
    static func typedTwice(label: StringKey0, hint: StringKey0, maxLength: Int, check: @escaping FieldSpec.Check) -> [FieldSpec] {
        [
            FieldSpec("pin", label, .text(maxLength: maxLength, masked: true, filter: .digits), hint: hint, check: check),
            FieldSpec("pin2", .setupPINAgain, .text(maxLength: maxLength, masked: true, filter: .digits)) { value, form, s in
                value == form.value("pin") ? nil : s(.validPINMismatch)
            },
        ]
    }
}
