import BankCore
import BranchServices
import Localization
import TerminalUI

/// Finishing a visit: the outcome and the customer's satisfaction (1–5, or
/// not given). Only the outcomes possible for the ticket as it stands are
/// offered (`QueueService.possibleOutcomes`): served or referred once the
/// service started (with the satisfaction score); left, or no-show after the
/// recalls, while only called (no score).
final class FinishServiceScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case form(FormAction), score }

    private let counter: Counter
    private let ticket: Ticket
    private var form: Form
    private let outcomes: [ServiceOutcome]

    init(session: Session, counter: Counter, ticket: Ticket) {
        self.counter = counter
        self.ticket = ticket
        outcomes = QueueService(session.context).possibleOutcomes(for: ticket)
        form = Form(fields: [
            .choice("outcome", "", options: [], selected: 0),
            .choice("satisfaction", "", options: [], selected: 0),
        ], labelWidth: 22, requiredMessage: "")
        form.fields[1].required = false
        // Only a customer who was served can rate the service: no score is asked for one who never started.
        if ticket.status != .serving { form.fields.removeLast() }
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.counterFinishTitle, ticket.displayNumber) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        var table = FormScreenKeys.table(session).map(Action.form)
        // Digits 1–5 pick the satisfaction score directly.
        if form.fields.contains(where: { $0.id == "satisfaction" }) {
            table = table.appending(KeyTable([KeyBinding(.score, keys: (1...5).map { .character(Character(String($0))) },
                                                         title: session.strings(.counterSatisfaction), inFooter: false)]))
        }
        return table
    }

    private func relabel(_ session: Session) {
        let s = session.strings
        for index in form.fields.indices {
            guard case .choice(_, let selected) = form.fields[index].input else { continue }
            if form.fields[index].id == "outcome" {
                form.fields[index].label = s(.counterOutcome)
                form.fields[index].input = .choice(options: outcomes.map { ($0.rawValue, session.outcomeName($0)) }, selected: selected)
            } else {
                form.fields[index].label = s(.counterSatisfaction)
                form.fields[index].input = .choice(options: [("", s(.counterSatisfactionNone))] + (1...5).reversed().map {
                    (String($0), String($0) + " " + String(repeating: "*", count: $0))
                }, selected: selected)
            }
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) { formKey(key, session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .score:
            guard case .character(let c) = key, let score = c.wholeNumberValue,
                  let index = form.fields.firstIndex(where: { $0.id == "satisfaction" }),
                  case .choice(let options, _) = form.fields[index].input else { return .handled }
            form.fields[index].input = .choice(options: options, selected: 6 - score)
            return .handled
        case .form(.submit), .form(.nextField):
            return formKey(key, session)
        }
    }

    private func formKey(_ key: Key, _ session: Session) -> KeyResult {
        guard form.handle(key, validate: { _, _ in nil }) == .submit, let actor = session.signedIn else { return .handled }
        guard let outcome = ServiceOutcome(rawValue: form.value("outcome")) else {
            session.say(LocalizedMessage(.queueNoCurrentTicket))
            return .handled
        }
        // Only a customer who was served can rate the service.
        let satisfaction = outcome == .served || outcome == .referred ? Int(form.value("satisfaction")) : nil
        do {
            let done = try QueueService(session.context).finish(counterID: counter.id, outcome: outcome,
                                                                satisfaction: satisfaction, by: actor)
            session.say(session.strings(.counterFinished, done.displayNumber, session.outcomeName(outcome)), .success)
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

/// Transferring a ticket to another business type and/or a particular counter (a declared form).
enum TransferTicketScreen {
    static func make(session: Session, counter: Counter, ticket: Ticket) -> FormScreen {
        let fields = [
            FieldSpec("type", .counterTransferType, .choice { session in BusinessType.allCases.map { ($0.rawValue, session.typeName($0)) } },
                      initial: ticket.businessType.rawValue),
            FieldSpec("counter", .counterTransferCounter, .text(maxLength: 2, filter: .digits), required: false),
        ]
        return FormScreen(FormSpec(title: LocalizedMessage(.counterTransferTitle, ticket.displayNumber), labelWidth: 24, fields: fields) { form, session in
            guard let actor = session.signedIn else { return .handled }
            let type = BusinessType(rawValue: form.value("type"))
            let toCounter = Int(form.value("counter"))
            do throws(LocalizedMessage) {
                let moved = try QueueService(session.context).transfer(counterID: counter.id,
                                                                       toType: type == ticket.businessType && toCounter != nil ? nil : type,
                                                                       toCounterNumber: toCounter, by: actor)
                session.say(session.strings(.counterTransferred, moved.displayNumber), .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .handled
            }
        }, session: session)
    }
}
