import BankCore
import BankStore
import Foundation
import Localization

/// Customer care: follow-up tasks (call back after a complaint, welcome
/// call after an account opening, contact about dormant accounts) with due
/// dates and outcomes, and suggestions from customers and staff, answered
/// and closed, kept in the same place as complaints.
public struct CareService {
    let context: BranchContext
    let complaints: ComplaintRepository

    public init(_ context: BranchContext) {
        self.context = context
        complaints = ComplaintRepository(db: context.database)
    }

    private var today: BusinessDate { context.businessDate }

    /// A task by hand. The due date may not be in the past.
    public func addTask(kind: CareTaskKind, customerID: Int64?, note: String, due: BusinessDate,
                        by actor: Operator) throws(LocalizedMessage) -> Int64 {
        if let problem = TextRules.problem(in: [(note, .fieldNote, true)]) { throw problem }
        // Loan follow-ups belong to a loan and are opened by the day end (LoanMonitoringService).
        guard kind != .loanOverdue else { throw LocalizedMessage(.loanOverdueTaskAutomatic) }
        guard due >= today else { throw LocalizedMessage(.careDueInPast, today.description) }
        guard note.trimmingCharacters(in: .whitespaces).count <= 500 else { throw LocalizedMessage(.complaintDescriptionTooLong) }
        return try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            if let customerID, try CustomerRepository(db: context.database).find(id: customerID) == nil {
                throw LocalizedMessage(.customerNotFound)
            }
            let id = try complaints.insertTask(kind: kind, customerID: customerID, complaintID: nil, accountID: nil,
                                               note: note.trimmingCharacters(in: .whitespaces), dueDate: due, assignedTo: clerk.id,
                                               createdBy: clerk.id, at: context.clock.now())
            try context.record("care.task", by: clerk.id, subject: "task \(id)", detail: "\(kind.rawValue) due \(due)")
            return id
        }
    }

    /// Open tasks, earliest due first.
    public func openTasks(by actor: Operator) throws(LocalizedMessage) -> [CareTaskRecord] {
        try context.read {
            _ = try context.requireActor(actor, .customerLookup)
            return try complaints.openTasks()
        }
    }

    /// Records what came of a task (done, or cancelled) with its outcome.
    public func complete(taskID: Int64, done: Bool, outcome: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(outcome, .fieldOutcome, true)]) { throw problem }
        let text = outcome.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 2 else { throw LocalizedMessage(.careOutcomeMissing) }
        try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            guard let task = try complaints.task(id: taskID) else { throw LocalizedMessage(.careTaskNotFound) }
            guard task.status == "open" else { throw LocalizedMessage(.careTaskNotOpen) }
            try complaints.completeTask(id: taskID, status: done ? "done" : "cancelled", outcome: text, by: clerk.id,
                                        at: context.clock.now())
            try context.record("care.task_\(done ? "done" : "cancelled")", by: clerk.id, subject: "task \(taskID)", detail: text)
        }
    }

    /// Creates a contact task for each dormant account that has none open; returns how many were created.
    public func scheduleDormantFollowUps(by actor: Operator) throws(LocalizedMessage) -> Int {
        try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            let due = today.adding(days: 7)
            let accounts = try complaints.dormantAccountsWithoutTask()
            for account in accounts {
                _ = try complaints.insertTask(kind: .dormantAccount, customerID: account.customerID, complaintID: nil,
                                              accountID: account.accountID, note: "", dueDate: due, assignedTo: nil,
                                              createdBy: clerk.id, at: context.clock.now())
            }
            if !accounts.isEmpty { try context.record("care.dormant_tasks", by: clerk.id, detail: "\(accounts.count) task(s)") }
            return accounts.count
        }
    }

    /// A suggestion from a customer (optionally linked) or from staff.
    public func addSuggestion(fromStaff: Bool, customerID: Int64?, channel: ComplaintChannel, text: String,
                              by actor: Operator) throws(LocalizedMessage) -> Int64 {
        if let problem = TextRules.problem(in: [(text, .fieldComplaintText, true)]) { throw problem }
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.count >= 5 else { throw LocalizedMessage(.complaintDescriptionMissing) }
        guard body.count <= 2_000 else { throw LocalizedMessage(.complaintDescriptionTooLong) }
        return try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            if !fromStaff, let customerID, try CustomerRepository(db: context.database).find(id: customerID) == nil {
                throw LocalizedMessage(.customerNotFound)
            }
            let id = try complaints.insertSuggestion(source: fromStaff ? "staff" : "customer", customerID: fromStaff ? nil : customerID,
                                                     operatorID: fromStaff ? clerk.id : nil, channel: channel.rawValue, text: body,
                                                     createdBy: clerk.id, at: context.clock.now())
            try context.record("care.suggestion", by: clerk.id, subject: "suggestion \(id)", detail: fromStaff ? "staff" : "customer")
            return id
        }
    }

    /// Answers a suggestion, which closes it: what the branch made of it, by a
    /// handler of complaints. A customer's suggestion gets a follow-up task to
    /// tell them, due in a week.
    public func answerSuggestion(id: Int64, answer: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(answer, .fieldAnswer, true)]) { throw problem }
        let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 2 else { throw LocalizedMessage(.careAnswerMissing) }
        guard text.count <= 500 else { throw LocalizedMessage(.complaintDescriptionTooLong) }
        try context.write {
            let handler = try context.requireActor(actor, .handleComplaints)
            guard let suggestion = try complaints.suggestion(id: id) else { throw LocalizedMessage(.careSuggestionNotFound) }
            let now = context.clock.now()
            guard try complaints.answerSuggestion(id: id, answer: text, by: handler.id, at: now) else {
                throw LocalizedMessage(.careSuggestionAnswered)
            }
            if let customerID = suggestion.customerID {
                _ = try complaints.insertTask(kind: .suggestionFollowUp, customerID: customerID, complaintID: nil, accountID: nil,
                                              note: String(text.prefix(200)), dueDate: today.adding(days: 7), assignedTo: handler.id,
                                              createdBy: handler.id, at: now)
            }
            try context.record("care.suggestion_answered", by: handler.id, subject: "suggestion \(id)", detail: text)
        }
    }

    public func suggestions(by actor: Operator) throws(LocalizedMessage) -> [SuggestionRecord] {
        try context.read {
            _ = try context.requireActor(actor, .customerLookup)
            return try complaints.suggestions()
        }
    }
}
