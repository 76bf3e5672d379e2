import BankCore
import BranchServices
import Localization
import TerminalUI

/// The small forms of customer care, each calling `CareService`: record the
/// outcome of a follow-up task (done or cancelled), add a task by hand,
/// take down a suggestion from a customer or a member of staff, and answer one.
enum CareSteps {
    /// Runs a care service call: on success says `done` and goes back, else shows the refusal.
    static func perform(_ session: Session, done: (Session) -> String,
                        _ call: (CareService, Operator) throws(LocalizedMessage) -> Void) -> KeyResult {
        guard let actor = session.signedIn else { return .navigate(.pop) }
        do {
            try call(CareService(session.context), actor)
            session.say(done(session), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    static func outcome(_ task: CareTaskRecord, done: Bool, about: String) -> StepFormScreen {
        StepFormScreen(title: done ? .careDoneTitle : .careCancelTitle, about: about,
                       fields: [.text("outcome", "", maxLength: 300, required: false)], labels: ["outcome": .careFieldOutcome],
                       validate: { _, value, s in value.trimmingCharacters(in: .whitespaces).count < 2 ? s(.careOutcomeMissing) : nil }
        ) { form, session in
            perform(session, done: { $0.strings(done ? .careTaskDone : .careTaskCancelled) }) { service, actor throws(LocalizedMessage) in
                try service.complete(taskID: task.id, done: done, outcome: form.value("outcome"), by: actor)
            }
        }
    }

    /// The answer to a suggestion, which closes it.
    static func answer(_ suggestion: SuggestionRecord) -> StepFormScreen {
        StepFormScreen(title: .careAnswerTitle, about: String(suggestion.text.prefix(60)),
                       fields: [.text("answer", "", maxLength: 500, required: false)], labels: ["answer": .careFieldAnswer],
                       validate: { _, value, s in value.trimmingCharacters(in: .whitespaces).count < 2 ? s(.careAnswerMissing) : nil }
        ) { form, session in
            perform(session, done: { $0.strings(.careSuggestionDone) }) { service, actor throws(LocalizedMessage) in
                try service.answerSuggestion(id: suggestion.id, answer: form.value("answer"), by: actor)
            }
        }
    }

    /// A task by hand: kind, customer (optional), due date, note. A past due date is refused by the service.
    static func addTask() -> StepFormScreen {
        StepFormScreen(title: .careAddTitle, about: "",
                       fields: [.choice("kind", "", options: []), .text("customer", "", maxLength: 40, required: false),
                                .text("due", "", maxLength: 10, filter: .asciiPrintable, required: false),
                                .text("note", "", maxLength: 300, required: false)],
                       labels: ["kind": .careFieldKind, "customer": .complaintFieldCustomer, "due": .careFieldDue, "note": .careFieldNote],
                       hints: ["customer": .careCustomerHint, "due": .careDueHint],
                       choices: { session in ["kind": CareTaskKind.byHand.map { ($0.rawValue, session.careKindName($0)) }] },
                       validate: { id, value, s in id == "due" && BusinessDate(value.trimmingCharacters(in: .whitespaces)) == nil
                           ? s(.careDueFormat) : nil }
        ) { form, session in
            let customer: Customer?
            switch CustomerLookup.resolve(form.value("customer"), session: session) {
            case .success(let found): customer = found
            case .failure(let problem): session.say(problem.text, .error); return .handled
            }
            let kind = CareTaskKind(rawValue: form.value("kind")) ?? .other
            guard let due = BusinessDate(form.value("due").trimmingCharacters(in: .whitespaces)) else { return .handled }
            return perform(session, done: { $0.strings(.careTaskAdded, due.description) }) { service, actor throws(LocalizedMessage) in
                _ = try service.addTask(kind: kind, customerID: customer?.id, note: form.value("note"), due: due, by: actor)
            }
        }
    }

    /// A suggestion from a customer (optionally linked) or from the signed-in member of staff.
    static func addSuggestion() -> StepFormScreen {
        StepFormScreen(title: .suggestionAddTitle, about: "",
                       fields: [.choice("source", "", options: []), .text("customer", "", maxLength: 40, required: false),
                                .choice("channel", "", options: []), .text("text", "", maxLength: 2_000, required: false)],
                       labels: ["source": .suggestionFieldSource, "customer": .complaintFieldCustomer, "channel": .complaintFieldChannel,
                                "text": .suggestionFieldText],
                       hints: ["customer": .suggestionCustomerHint],
                       choices: { session in
                           ["source": [("customer", session.coded("suggestionSource", "customer")),
                                       ("staff", session.coded("suggestionSource", "staff"))],
                            "channel": session.complaintChannelOptions]
                       },
                       validate: { id, value, s in id == "text" && value.trimmingCharacters(in: .whitespaces).count < 5
                           ? s(.suggestionTextMissing) : nil }
        ) { form, session in
            let fromStaff = form.value("source") == "staff"
            var customer: Customer?
            if !fromStaff {
                switch CustomerLookup.resolve(form.value("customer"), session: session) {
                case .success(let found): customer = found
                case .failure(let problem): session.say(problem.text, .error); return .handled
                }
            }
            let channel = ComplaintChannel(rawValue: form.value("channel")) ?? .counter
            return perform(session, done: { $0.strings(.suggestionAdded) }) { service, actor throws(LocalizedMessage) in
                _ = try service.addSuggestion(fromStaff: fromStaff, customerID: customer?.id, channel: channel, text: form.value("text"),
                                              by: actor)
            }
        }
    }
}
