import BankCore
import BranchServices
import Localization
import TerminalUI

/// Records what the customer needs with the standard questionnaire for the
/// business type, then issues the ticket. Required answers must be chosen
/// (nothing is pre-selected), so the counter never has to ask again.
final class TicketIssueScreen: FormKeyedScreen {
    private let customer: Customer?
    private let appointment: Appointment?
    private var form: Form
    private var questionsType: BusinessType
    /// The guide confirmed that the customer of a late appointment arrived.
    private let lateConfirmed: Bool

    init(session: Session, customer: Customer?, appointment: Appointment?, lateConfirmed: Bool = false) {
        self.customer = customer
        self.appointment = appointment
        self.lateConfirmed = lateConfirmed
        let type = appointment?.businessType ?? .cash
        questionsType = type
        form = Form(fields: [], labelWidth: 20, requiredMessage: "")
        let priority: PriorityReason? = customer.map { $0.assistance == .none ? nil : ($0.assistance == .elderly ? .elderly : .disabled) } ?? nil
        form.fields = [
            .choice("type", "", options: BusinessType.allCases.map { ($0.rawValue, $0.rawValue) },
                    selected: BusinessType.allCases.firstIndex(of: type) ?? 0),
            .choice("priority", "", options: [("", "")] + PriorityReason.allCases.map { ($0.rawValue, $0.rawValue) },
                    selected: priority.flatMap { PriorityReason.allCases.firstIndex(of: $0).map { $0 + 1 } } ?? 0),
        ] + Self.questionFields(type, session: session)
        // "No priority" is the empty value and a valid answer: the field must not count as missing.
        form.fields[1].required = false
        relabel(session)
    }

    static func questionFields(_ type: BusinessType, session: Session) -> [FormField] {
        NeedsQuestionnaire.questions(for: type).map { question in
            if question.isFreeText {
                return .text(question.id, session.needLabel(question.id), maxLength: 200, required: false)
            }
            var field = FormField.choice(question.id, session.needLabel(question.id),
                                         options: [("", "—")] + question.options.map { ($0, session.needLabel($0)) })
            field.required = question.required
            return field
        }
    }

    private func relabel(_ session: Session) {
        form.requiredMessage = session.strings(.required)
        for index in form.fields.indices {
            let id = form.fields[index].id
            switch id {
            case "type":
                form.fields[index].label = session.strings(.issueBusinessType)
                form.fields[index].input = .choice(options: BusinessType.allCases.map { ($0.rawValue, session.typeName($0)) },
                                                   selected: selectedIndex(index))
            case "priority":
                form.fields[index].label = session.strings(.issuePriority)
                form.fields[index].input = .choice(options: [("", session.priorityName(nil))]
                                                   + PriorityReason.allCases.map { ($0.rawValue, session.priorityName($0)) },
                                                   selected: selectedIndex(index))
            default:
                form.fields[index].label = session.needLabel(id)
                if case .choice(let options, let selected) = form.fields[index].input {
                    form.fields[index].input = .choice(options: options.map { ($0.value, $0.value.isEmpty ? "—" : session.needLabel($0.value)) },
                                                       selected: selected)
                }
            }
        }
    }

    private func selectedIndex(_ index: Int) -> Int {
        if case .choice(_, let selected) = form.fields[index].input { return selected }
        return 0
    }

    var capturesText: Bool { form.fields.indices.contains(form.focus) && form.fields[form.focus].id == "note" }

    func title(_ session: Session) -> String { session.strings(.issueTitle) }

    func keyTable(_ session: Session) -> KeyTable<FormAction> { FormScreenKeys.table(session) }

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        let event = form.handle(key) { _, _ in nil }
        let type = BusinessType(rawValue: form.value("type")) ?? .cash
        if type != questionsType {
            // The questions depend on the business type: keep answers that still apply.
            let kept = Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0) })
            form.fields = Array(form.fields.prefix(2)) + Self.questionFields(type, session: session).map { fresh in
                guard let old = kept[fresh.id] else { return fresh }
                switch (fresh.input, old.input) {
                case (.text, .text):
                    return old
                case (.choice(let options, _), .choice):
                    guard !old.value.isEmpty, let index = options.firstIndex(where: { $0.value == old.value }) else { return fresh }
                    var field = fresh
                    field.input = .choice(options: options, selected: index)
                    return field
                default:
                    return fresh
                }
            }
            questionsType = type
            relabel(session)
        }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        var needs: [String: String] = [:]
        for field in form.fields.dropFirst(2) where !field.value.isEmpty { needs[field.id] = field.value }
        let priority = PriorityReason(rawValue: form.value("priority"))
        do {
            let service = QueueService(session.context)
            let issued: IssuedTicket
            if let appointment {
                issued = try service.arrive(appointmentID: appointment.id, priority: priority, needs: needs, lateConfirmed: lateConfirmed,
                                            by: actor)
            } else {
                issued = try service.issue(type: type, priority: priority, customerID: customer?.id, needs: needs, by: actor)
            }
            let number = issued.ticket.displayNumber
            if issued.estimatedWait == nil {
                session.say(session.strings(.issuedNoEstimate, number, String(issued.peopleAhead)), .warning)
            } else {
                session.say(session.strings(.issued, number, String(issued.peopleAhead), session.waitText(issued.estimatedWait)), .success)
            }
            return .navigate(.replaceTop(TicketSlipScreen(issued: issued, needs: needs, customer: customer)))
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        relabel(session)
        let s = session.strings
        let who = customer.map { "\($0.name)  \(Masking.idNumber($0.idNumber))" } ?? s(.issueWalkIn)
        buffer.write(TextLayout.fit(s(.issueCustomer), width: 20), x: area.x + 2, y: area.y, role: .label)
        buffer.write(who, in: Rect(x: area.x + 23, y: area.y, width: area.width - 25, height: 1), role: .header)
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1))
    }
}
