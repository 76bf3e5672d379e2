import BankCore
import BranchServices
import Localization
import TerminalUI

/// The handling steps that need a few words from the handler, each a small
/// form that calls `ComplaintService`: investigate (with a note), add a
/// note, give to another handler, extend the deadline, close with the
/// customer's satisfaction, reopen. A refusal is shown as the service words it.
enum ComplaintSteps {
    /// Runs a service call for the signed-in operator: on success says `done` and goes back, else shows the refusal.
    static func perform(_ session: Session, done: String, _ call: (ComplaintService, Operator) throws(LocalizedMessage) -> Void) -> KeyResult {
        guard let actor = session.signedIn else { return .navigate(.pop) }
        do {
            try call(ComplaintService(session.context), actor)
            session.say(done, .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    private static func reasonCheck(_ id: String, _ value: String, _ s: Strings) -> String? {
        value.trimmingCharacters(in: .whitespaces).count < 3 ? s(.complaintReasonMissing) : nil
    }

    static func investigate(_ complaint: ComplaintRecord) -> StepFormScreen {
        StepFormScreen(title: .complaintInvestigateTitle, about: complaint.number,
                       fields: [.text("note", "", maxLength: 500, required: false)], labels: ["note": .complaintFieldNote],
                       hints: ["note": .complaintInvestigateHint]) { form, session in
            perform(session, done: session.strings(.complaintInvestigating, complaint.number)) { service, actor throws(LocalizedMessage) in
                try service.investigate(id: complaint.id, note: form.value("note"), by: actor)
            }
        }
    }

    static func note(_ complaint: ComplaintRecord) -> StepFormScreen {
        StepFormScreen(title: .complaintNoteTitle, about: complaint.number,
                       fields: [.text("note", "", maxLength: 500, required: false)], labels: ["note": .complaintFieldNote],
                       validate: reasonCheck) { form, session in
            perform(session, done: session.strings(.complaintNoted, complaint.number)) { service, actor throws(LocalizedMessage) in
                try service.addNote(id: complaint.id, note: form.value("note"), by: actor)
            }
        }
    }

    /// Every active handler is offered, the person complained about included: the service refuses them with its reason.
    static func assign(_ complaint: ComplaintRecord, handlers: [Operator]) -> StepFormScreen {
        let options = handlers.map { (value: String($0.id), label: "\($0.username) — \($0.displayName)") }
        let current = handlers.firstIndex { $0.id == complaint.handlerID } ?? 0
        return StepFormScreen(title: .complaintAssignTitle, about: complaint.number,
                              fields: [.choice("handler", "", options: options, selected: current)],
                              labels: ["handler": .complaintFieldHandler]) { form, session in
            guard let handlerID = Int64(form.value("handler")) else { return .handled }
            let name = handlers.first { $0.id == handlerID }?.username ?? ""
            return perform(session, done: session.strings(.complaintAssigned, complaint.number, name)) { service, actor throws(LocalizedMessage) in
                try service.assign(id: complaint.id, to: handlerID, by: actor)
            }
        }
    }

    /// Extended needs a reason; exceptional also a supervisor's approval at this terminal.
    static func extend(_ complaint: ComplaintRecord) -> StepFormScreen {
        let tracks: (Session) -> [(value: String, label: String)] = { session in
            [ComplaintTrack.extended, .exceptional].map { ($0.rawValue, session.complaintTrackName($0)) }
        }
        return StepFormScreen(title: .complaintExtendTitle, about: complaint.number,
                              fields: [.choice("track", "", options: []), .text("reason", "", maxLength: 200, required: false)],
                              labels: ["track": .complaintFieldTrack, "reason": .complaintFieldReason],
                              choices: { ["track": tracks($0)] }, validate: { id, value, s in id == "reason" ? reasonCheck(id, value, s) : nil }
        ) { form, session in
            let track = ComplaintTrack(rawValue: form.value("track")) ?? .extended
            let reason = form.value("reason")
            let done = session.strings(.complaintExtended, complaint.number, session.complaintTrackName(track))
            guard track == .exceptional else {
                return perform(session, done: done) { service, actor throws(LocalizedMessage) in
                    try service.extend(id: complaint.id, to: track, reason: reason, by: actor)
                }
            }
            let approval = SupervisorApprovalScreen(why: [session.strings(.complaintExceptionalWhy, complaint.number)]) { approval, session in
                perform(session, done: done) { service, actor throws(LocalizedMessage) in
                    try service.extend(id: complaint.id, to: .exceptional, reason: reason, approval: approval, by: actor)
                }
            }
            return .navigate(.replaceTop(approval))
        }
    }

    static func close(_ complaint: ComplaintRecord) -> StepFormScreen {
        StepFormScreen(title: .complaintCloseTitle, about: complaint.number,
                       fields: [.text("satisfaction", "", maxLength: 1, filter: .digits, required: false)],
                       labels: ["satisfaction": .complaintFieldSatisfaction], hints: ["satisfaction": .complaintSatisfactionHint],
                       validate: { _, value, s in (Int(value).map { (1...5).contains($0) } ?? false) ? nil : s(.complaintSatisfactionRange) }
        ) { form, session in
            let score = Int(form.value("satisfaction")) ?? 0
            return perform(session, done: session.strings(.complaintClosed, complaint.number)) { service, actor throws(LocalizedMessage) in
                try service.close(id: complaint.id, satisfaction: score, by: actor)
            }
        }
    }

    static func reopen(_ complaint: ComplaintRecord) -> StepFormScreen {
        StepFormScreen(title: .complaintReopenTitle, about: complaint.number,
                       fields: [.text("reason", "", maxLength: 200, required: false)], labels: ["reason": .complaintFieldReason],
                       validate: reasonCheck) { form, session in
            perform(session, done: session.strings(.complaintReopened, complaint.number)) { service, actor throws(LocalizedMessage) in
                try service.reopen(id: complaint.id, reason: form.value("reason"), by: actor)
            }
        }
    }
}
