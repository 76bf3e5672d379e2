import BankCore
import BankStore
import Foundation
import Localization

/// Complaint intake, routing and handling: a registration number on intake,
/// routing by category to a team and a handler who is not the person
/// complained about, the status flow with every step timestamped, attributed
/// and audited, deadlines from the rules in force, the response (with any
/// monetary remedy posted through the ledger) sent to the customer, their
/// satisfaction with the handling, and reopening.
public struct ComplaintService {
    let context: BranchContext
    let complaints: ComplaintRepository

    public init(_ context: BranchContext) {
        self.context = context
        complaints = ComplaintRepository(db: context.database)
    }

    static let deadlineKeys = (simple: "complaint.simple_days", extended: "complaint.extended_days",
                               exceptional: "complaint.exceptional_days", dueSoon: "complaint.due_soon_days")

    /// The deadline rules in force: settings override the standard 15 / 30 / 60 days.
    public func deadlines() -> ComplaintDeadlines {
        let standard = ComplaintDeadlines.standard
        func value(_ key: String, _ fallback: Int) -> Int { ((try? context.settings.int(key)) ?? nil) ?? fallback }
        let rules = ComplaintDeadlines(simpleDays: value(Self.deadlineKeys.simple, standard.simpleDays),
                                       extendedDays: value(Self.deadlineKeys.extended, standard.extendedDays),
                                       exceptionalDays: value(Self.deadlineKeys.exceptional, standard.exceptionalDays),
                                       dueSoonDays: value(Self.deadlineKeys.dueSoon, standard.dueSoonDays))
        return rules.isValid ? rules : standard
    }

    /// Why deadline rules cannot be used (a longer track shorter than a simpler one, more than a
    /// year), or nil: the settings screen checks with this before it saves anything.
    public static func problem(with rules: ComplaintDeadlines) -> LocalizedMessage? {
        rules.isValid && rules.exceptionalDays <= 365 ? nil : LocalizedMessage(.complaintDeadlinesInvalid)
    }

    /// Administrators change the deadline rules; nonsense (a longer track shorter than a simpler one) is refused.
    public func setDeadlines(_ rules: ComplaintDeadlines, by actor: Operator) throws(LocalizedMessage) {
        if let problem = Self.problem(with: rules) { throw problem }
        try context.write {
            let admin = try context.requireActor(actor, .branchSettings)
            try context.settings.set(Self.deadlineKeys.simple, String(rules.simpleDays))
            try context.settings.set(Self.deadlineKeys.extended, String(rules.extendedDays))
            try context.settings.set(Self.deadlineKeys.exceptional, String(rules.exceptionalDays))
            try context.settings.set(Self.deadlineKeys.dueSoon, String(rules.dueSoonDays))
            try context.record("settings.complaint_deadlines", by: admin.id,
                               detail: "\(rules.simpleDays)/\(rules.extendedDays)/\(rules.exceptionalDays) due-soon \(rules.dueSoonDays)")
        }
    }

    // MARK: Intake

    /// Registers a complaint: validated, numbered, routed to its team and
    /// given to the handler with the fewest open complaints who is not the
    /// person it is about.
    public func register(_ intake: ComplaintIntake, by actor: Operator) throws(LocalizedMessage) -> ComplaintRecord {
        if let problem = TextRules.problem(in: [(intake.description, .fieldComplaintText, true), (intake.remedyWanted, .fieldRemedy, true), (intake.contact, .fieldContact, false)]) { throw problem }
        let description = intake.description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard description.count >= 5 else { throw LocalizedMessage(.complaintDescriptionMissing) }
        guard description.count <= 2_000 else { throw LocalizedMessage(.complaintDescriptionTooLong) }
        guard intake.remedyWanted.count <= 500, intake.contact.count <= 100 else { throw LocalizedMessage(.complaintDescriptionTooLong) }
        return try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            if let customerID = intake.customerID {
                guard try CustomerRepository(db: context.database).find(id: customerID) != nil else { throw LocalizedMessage(.customerNotFound) }
            }
            if let about = intake.aboutOperatorID {
                guard try context.operators.find(id: about) != nil else { throw LocalizedMessage(.complaintUnknownOperator) }
            }
            if let ticketID = intake.ticketID {
                guard try QueueRepository(db: context.database).ticket(id: ticketID) != nil else {
                    throw LocalizedMessage(.queueTicketNotFound)
                }
            }
            if let entryID = intake.entryID {
                guard try LedgerRepository(db: context.database).entry(id: entryID) != nil else {
                    throw LocalizedMessage(.entryNotFound, String(entryID))
                }
            }
            let now = context.clock.now()
            let today = context.businessDate
            let handler = try chooseHandler(excluding: intake.aboutOperatorID)
            // Numbered, received and due by the business date (the clock's time of day on it).
            let received = ComplaintDeadlines.onBusinessDay(now, today)
            var record = ComplaintRecord(
                id: 0, number: try complaints.nextNumber(on: today), channel: intake.channel, customerID: intake.customerID,
                contact: intake.contact.trimmingCharacters(in: .whitespaces), category: intake.category, severity: intake.severity,
                description: description, remedyWanted: intake.remedyWanted.trimmingCharacters(in: .whitespacesAndNewlines),
                aboutOperatorID: intake.aboutOperatorID, ticketID: intake.ticketID, entryID: intake.entryID, team: intake.category.team,
                handlerID: handler, status: .received, track: .simple, businessDate: today, receivedAt: now,
                dueAt: deadlines().due(receivedAt: received, track: .simple), responseExplanation: nil, responseMonetary: nil,
                responseNonMonetary: nil, remedyEntryID: nil, respondedAt: nil, closedAt: nil, satisfaction: nil, createdBy: clerk.id)
            record.id = try complaints.insert(record)
            try complaints.appendEvent(complaintID: record.id, at: now, operatorID: clerk.id, kind: "received", from: nil, to: .received,
                                       detail: "\(intake.channel.rawValue) \(intake.category.rawValue) → \(record.team.rawValue)")
            if let handler {
                try complaints.appendEvent(complaintID: record.id, at: now, operatorID: clerk.id, kind: "assigned", from: nil, to: nil,
                                           detail: "handler \(handler)")
            }
            try context.record("complaint.received", by: clerk.id, subject: record.number,
                               detail: "\(intake.category.rawValue) \(intake.severity.rawValue) team \(record.team.rawValue)")
            return record
        }
    }

    /// The active operator who may handle complaints, is not the one complained about, and has the fewest open ones.
    private func chooseHandler(excluding about: Int64?) throws -> Int64? {
        let candidates = try context.operators.all().filter { $0.active && $0.role.may(.handleComplaints) && $0.id != about }
        return try candidates.min { (try complaints.openCount(handlerID: $0.id), $0.id) < (try complaints.openCount(handlerID: $1.id), $1.id) }?.id
    }

    // MARK: Reading

    // A complaint is never shown to the member of staff it is about: not in
    // lists, not by id or number, not its history (it holds the complainant's
    // contact). To them it does not exist.

    public func complaint(id: Int64, by actor: Operator) throws(LocalizedMessage) -> ComplaintRecord {
        try context.read {
            let reader = try context.requireActor(actor, .customerLookup)
            guard let found = try complaints.complaint(id: id), found.aboutOperatorID != reader.id else {
                throw LocalizedMessage(.complaintNotFound)
            }
            return found
        }
    }

    public func complaint(number: String, by actor: Operator) throws(LocalizedMessage) -> ComplaintRecord {
        try context.read {
            let reader = try context.requireActor(actor, .customerLookup)
            guard let found = try complaints.complaint(number: number.trimmingCharacters(in: .whitespaces).uppercased()),
                  found.aboutOperatorID != reader.id else {
                throw LocalizedMessage(.complaintNotFound)
            }
            return found
        }
    }

    public func history(complaintID: Int64, by actor: Operator) throws(LocalizedMessage) -> [ComplaintEventRecord] {
        try context.read {
            let reader = try context.requireActor(actor, .customerLookup)
            guard let found = try complaints.complaint(id: complaintID), found.aboutOperatorID != reader.id else {
                throw LocalizedMessage(.complaintNotFound)
            }
            return try complaints.events(complaintID: complaintID)
        }
    }

    public func list(_ which: ComplaintList, by actor: Operator) throws(LocalizedMessage) -> [ComplaintRecord] {
        try context.read {
            let reader = try context.requireActor(actor, .customerLookup)
            let rules = deadlines(), now = businessNow
            let visible = { (found: [ComplaintRecord]) in found.filter { $0.aboutOperatorID != reader.id } }
            let waiting = visible(try complaints.complaints(statuses: ComplaintStatus.allCases.filter(\.awaitsResponse)))
            switch which {
            case .open: return visible(try complaints.complaints(statuses: ComplaintStatus.allCases.filter { $0 != .closed }))
            case .dueSoon: return waiting.filter { rules.isDueSoon(status: $0.status, dueAt: $0.dueAt, now: now) }
            case .overdue: return waiting.filter { rules.isOverdue(status: $0.status, dueAt: $0.dueAt, now: now) }
            case .recent: return visible(try complaints.recent(limit: 200))
            case .mine: return visible(try complaints.complaints(statuses: ComplaintStatus.allCases.filter { $0 != .closed }))
                .filter { $0.handlerID == reader.id }
            }
        }
    }

    // MARK: Handling

    public func acknowledge(id: Int64, by actor: Operator) throws(LocalizedMessage) {
        try move(id, to: .acknowledged, step: .acknowledge, kind: "acknowledged", detail: "", by: actor)
    }

    public func investigate(id: Int64, note: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(note, .fieldNote, true)]) { throw problem }
        try move(id, to: .investigating, step: .investigate, kind: "investigating",
                 detail: note.trimmingCharacters(in: .whitespacesAndNewlines), by: actor)
    }

    /// Adds a note to the history without changing the status.
    public func addNote(id: Int64, note: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(note, .fieldNote, true)]) { throw problem }
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        try handle(id, .note, by: actor) { complaint, handler, now in
            try complaints.appendEvent(complaintID: id, at: now, operatorID: handler.id, kind: "note", from: nil, to: nil, detail: text)
            return complaint
        }
    }

    /// Gives the complaint to another handler, never the person it is about.
    public func assign(id: Int64, to handlerID: Int64, by actor: Operator) throws(LocalizedMessage) {
        try handle(id, .assign, by: actor) { complaint, supervisor, now in
            guard let handler = try context.operators.find(id: handlerID)?.operator, handler.active,
                  handler.role.may(.handleComplaints) else { throw LocalizedMessage(.complaintHandlerNotAllowed) }
            guard handler.id != complaint.aboutOperatorID else { throw LocalizedMessage(.complaintConflictOfInterest) }
            // Taking a complaint over oneself would make "only the assigned handler responds" no rule at all.
            guard handler.id != supervisor.id else { throw LocalizedMessage(.complaintNoSelfAssign) }
            var changed = complaint
            changed.handlerID = handler.id
            try complaints.appendEvent(complaintID: id, at: now, operatorID: supervisor.id, kind: "assigned", from: nil, to: nil,
                                       detail: "handler \(handler.id) \(handler.username)")
            return changed
        }
    }

    /// Moves the deadline to a longer track: extended (30 days) with a reason;
    /// exceptional (60 days) also needs a supervisor's approval. A deadline can
    /// never be moved earlier or into the past.
    public func extend(id: Int64, to track: ComplaintTrack, reason: String, approval: SupervisorApproval? = nil,
                       by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        try handle(id, .extend, by: actor) { complaint, handler, now in
            let due = deadlines().due(receivedAt: ComplaintDeadlines.onBusinessDay(complaint.receivedAt, complaint.businessDate),
                                      track: track)
            guard due > complaint.dueAt else { throw LocalizedMessage(.complaintDeadlineNotLater) }
            guard due > businessNow else { throw LocalizedMessage(.complaintDeadlineInPast) }
            var approvedBy = ""
            if track == .exceptional {
                guard let approval else { throw LocalizedMessage(.complaintExceptionalNeedsApproval) }
                guard approval.approverID != handler.id, approval.makerID == handler.id else { throw LocalizedMessage(.makerCannotCheck) }
                guard approval.approverID != complaint.aboutOperatorID else { throw LocalizedMessage(.complaintConflictOfInterest) }
                guard now.timeIntervalSince(approval.grantedAt) <= SupervisorApproval.lifetime else { throw LocalizedMessage(.approvalExpired) }
                approvedBy = " approved by operator \(approval.approverID): \(approval.reason)"
            }
            var changed = complaint
            changed.track = track
            changed.dueAt = due
            try complaints.appendEvent(complaintID: id, at: now, operatorID: handler.id, kind: "extended", from: nil, to: nil,
                                       detail: "\(track.rawValue) until \(Self.day(due)): \(why)" + approvedBy)
            return changed
        }
    }

    /// Closes a responded complaint with the customer's satisfaction with the
    /// handling (1–5), and schedules the call back a week later.
    public func close(id: Int64, satisfaction: Int, by actor: Operator) throws(LocalizedMessage) {
        guard (1...5).contains(satisfaction) else { throw LocalizedMessage(.complaintSatisfactionRange) }
        try handle(id, .close, by: actor) { complaint, handler, now in
            var changed = complaint
            changed.status = .closed
            changed.closedAt = now
            changed.satisfaction = satisfaction
            try complaints.appendEvent(complaintID: id, at: now, operatorID: handler.id, kind: "closed", from: .responded, to: .closed,
                                       detail: "satisfaction \(satisfaction)")
            let callBack = context.businessDate.adding(days: 7)
            _ = try complaints.insertTask(kind: .complaintCallback, customerID: complaint.customerID, complaintID: id, accountID: nil,
                                          note: complaint.number, dueDate: callBack, assignedTo: complaint.handlerID,
                                          createdBy: handler.id, at: now)
            return changed
        }
    }

    /// Reopens a responded or closed complaint with a reason. Its deadline is
    /// the later of the one it had and a simple case's days from now.
    public func reopen(id: Int64, reason: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        try handle(id, .reopen, by: actor) { complaint, handler, now in
            var changed = complaint
            changed.status = .reopened
            changed.closedAt = nil
            changed.satisfaction = nil
            changed.dueAt = max(complaint.dueAt, deadlines().due(receivedAt: businessNow, track: .simple))
            try complaints.appendEvent(complaintID: id, at: now, operatorID: handler.id, kind: "reopened", from: complaint.status,
                                       to: .reopened, detail: why)
            // The call back planned when it was closed is no longer due: closing it again plans a new one.
            try complaints.cancelOpenTasks(complaintID: id, kind: .complaintCallback, outcome: "complaint reopened: \(why)",
                                           by: handler.id, at: now)
            return changed
        }
    }

    /// A plain status move along the flow.
    private func move(_ id: Int64, to status: ComplaintStatus, step: ComplaintStep, kind: String, detail: String,
                      by actor: Operator) throws(LocalizedMessage) {
        try handle(id, step, by: actor) { complaint, handler, now in
            var changed = complaint
            changed.status = status
            try complaints.appendEvent(complaintID: id, at: now, operatorID: handler.id, kind: kind, from: complaint.status, to: status,
                                       detail: detail)
            return changed
        }
    }

    /// Every handling step: one transaction, permission, conflict of interest,
    /// whose case it is and the status checked (`ComplaintStep.check`), the change saved and audited.
    func handle(_ id: Int64, _ step: ComplaintStep, by actor: Operator,
                _ change: (ComplaintRecord, Operator, Date) throws -> ComplaintRecord) throws(LocalizedMessage) {
        try context.write {
            let handler = try context.requireActor(actor, .handleComplaints)
            guard let complaint = try complaints.complaint(id: id) else { throw LocalizedMessage(.complaintNotFound) }
            try step.check(complaint, by: handler)
            let now = context.clock.now()
            let changed = try change(complaint, handler, now)
            try complaints.update(changed)
            try context.record("complaint.\(changed.status == complaint.status ? "update" : changed.status.rawValue)", by: handler.id,
                               subject: complaint.number, detail: "\(complaint.status.rawValue) → \(changed.status.rawValue)")
        }
    }

    /// Whether `actor` may take `step` on the complaint now, without doing it: the same checks the
    /// step makes, so a screen can say why before asking for any words.
    public func assess(_ step: ComplaintStep, id: Int64, by actor: Operator) throws(LocalizedMessage) {
        try context.read {
            let handler = try context.requireActor(actor, .handleComplaints)
            guard let complaint = try complaints.complaint(id: id) else { throw LocalizedMessage(.complaintNotFound) }
            try step.check(complaint, by: handler)
        }
    }

    /// The clock's time of day on the business date: what deadlines are judged against.
    public var businessNow: Date { ComplaintDeadlines.onBusinessDay(context.clock.now(), context.businessDate) }

    static func day(_ date: Date) -> String { BusinessDate(date: date).description }

    /// "Not possible while the complaint is …", with the status named in the reader's language.
    static func wrongStatus(_ status: ComplaintStatus) -> LocalizedMessage {
        guard let name = StringKey.coded("complaintStatus", status.rawValue) else {
            return LocalizedMessage(.complaintWrongStatus, status.rawValue)
        }
        return LocalizedMessage(.complaintWrongStatus, part: LocalizedMessage(name))
    }
}
