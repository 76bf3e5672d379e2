import BankCore
import BranchServices
import Localization
import TerminalUI

/// Takes a complaint down: channel, customer (linked, found by ID number,
/// phone or name, or left blank for an anonymous complaint with an optional
/// contact), category, severity, description in Chinese or English, the
/// remedy wanted and the member of staff it is about. On submit the service
/// numbers and routes it, and the receipt slip is shown for printing.
final class ComplaintIntakeScreen: FormOnlyScreen {
    /// The customer already known (from their panel or the counter's ticket); the form then has no customer field.
    private let linked: Customer?
    private let ticketID: Int64?
    private var form: Form

    init(session: Session, customer: Customer? = nil, ticketID: Int64? = nil) {
        linked = customer
        self.ticketID = ticketID
        var fields: [FormField] = [.choice("channel", "", options: session.complaintChannelOptions)]
        if customer == nil { fields.append(.text("customer", "", maxLength: 40, required: false)) }
        fields += [
            .text("contact", "", maxLength: 100, required: false),
            .choice("category", "", options: session.complaintCategoryOptions),
            .choice("severity", "", options: session.complaintSeverityOptions, selected: 1),
            .text("description", "", maxLength: 2_000, required: false),
            .text("remedy", "", maxLength: 500, required: false),
            .text("about", "", maxLength: 20, filter: .asciiPrintable, required: false),
        ]
        form = Form(fields: fields, labelWidth: 20, requiredMessage: "")
        form.compact = true
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.complaintIntakeTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> { .formKeys(session, .form, submitKeys: [.control("s"), .enter]) }

    /// Hands a key to the form; a submitted, valid form registers the complaint and shows its slip.
    func edit(_ key: Key, session: Session) -> KeyResult {
        var customer = linked
        var about: Int64?
        let event = form.handle(key) { id, value in
            validate(id, value, session, customer: &customer, about: &about)
        }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        let intake = ComplaintIntake(
            channel: ComplaintChannel(rawValue: form.value("channel")) ?? .counter, customerID: customer?.id,
            contact: form.value("contact"), category: ComplaintCategory(rawValue: form.value("category")) ?? .other,
            severity: ComplaintSeverity(rawValue: form.value("severity")) ?? .medium, description: form.value("description"),
            remedyWanted: form.value("remedy"), aboutOperatorID: about, ticketID: ticketID)
        do {
            let complaint = try ComplaintService(session.context).register(intake, by: actor)
            let slip = ComplaintSlipScreen(complaint: complaint, customerName: customer?.name)
            session.say(session.strings(.complaintRegistered, complaint.number, slip.keyTable(session).label(for: .print)), .success)
            return .navigate(.replaceTop(slip))
        } catch {
            session.say(error)
            return .handled
        }
    }

    /// One field's problem in words, or nil; also resolves the customer and the operator the complaint is about.
    private func validate(_ id: String, _ value: String, _ session: Session, customer: inout Customer?,
                          about: inout Int64?) -> String? {
        let s = session.strings
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        switch id {
        case "customer":
            switch CustomerLookup.resolve(text, session: session) {
            case .success(let found): customer = found; return nil
            case .failure(let problem): return problem.text
            }
        case "description":
            if text.count < 5 { return s(.complaintDescriptionMissing) }
            return text.count > 2_000 ? s(.complaintDescriptionTooLong) : nil
        case "about":
            guard !text.isEmpty else { about = nil; return nil }
            guard let actor = session.signedIn,
                  let found = (try? ComplaintService(session.context).staff(by: actor))?.first(where: { $0.username == text }) else {
                return s(.complaintAboutUnknown)
            }
            about = found.id
            return nil
        default:
            return nil
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        let who = linked.map { s(.complaintIntakeFor, $0.name) } ?? s(.complaintIntakeHint)
        buffer.write(who, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: linked == nil ? .dim : .header)
        form.relabel(s, ["channel": .complaintFieldChannel, "customer": .complaintFieldCustomer, "contact": .complaintFieldContact,
                         "category": .complaintFieldCategory, "severity": .complaintFieldSeverity,
                         "description": .complaintFieldDescription, "remedy": .complaintFieldRemedyWanted, "about": .complaintFieldAbout],
                     hints: ["customer": .complaintCustomerHint, "contact": .complaintContactHint,
                             "description": .complaintDescriptionHint, "about": .complaintAboutHint])
        for i in form.fields.indices {
            if form.fields[i].id == "channel" { form.fields[i].input = .choice(options: session.complaintChannelOptions, selected: selected(i)) }
            if form.fields[i].id == "category" { form.fields[i].input = .choice(options: session.complaintCategoryOptions, selected: selected(i)) }
            if form.fields[i].id == "severity" { form.fields[i].input = .choice(options: session.complaintSeverityOptions, selected: selected(i)) }
        }
        return form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: form.height))
    }

    /// The selected option of a choice field (kept when the labels are retranslated).
    private func selected(_ index: Int) -> Int {
        if case .choice(_, let selected) = form.fields[index].input { return selected }
        return 0
    }
}
