import BankCore
import BankStore
import Localization

/// An application that ends without an account: the customer answered "No"
/// at the confirmation (declined), or the teller or a supervisor cancelled
/// it. Either is recorded once, with who and why, and audited; a closed
/// application can no longer be reviewed or opened.
extension AccountOpeningService {
    /// Records the customer's "No" to the summary at confirmation.
    public func recordDeclined(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) {
        try close(applicationID, kind: .declined, reason: "customer said no at confirmation", action: "account.customer_declined",
                  by: actor)
    }

    /// Cancels an application still waiting for review or for opening, with a reason.
    public func cancel(applicationID: Int64, reason: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 3 else { throw LocalizedMessage(.reviewReasonMissing) }
        try close(applicationID, kind: .cancelled, reason: trimmed, action: "account.application_cancel", by: actor)
    }

    private func close(_ applicationID: Int64, kind: AccountRepository.ClosureKind, reason: String, action: String,
                       by actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let clerk = try context.requireActor(actor, .cash)
            guard let application = try accounts.application(id: applicationID) else { throw LocalizedMessage(.applicationNotFound) }
            guard application.status == "pending_review" || application.status == "approved" else {
                throw LocalizedMessage(.openingApplicationClosed, String(applicationID))
            }
            try accounts.close(applicationID: applicationID, kind: kind, reason: reason, operatorID: clerk.id,
                               terminal: context.terminal, at: context.clock.now())
            try context.record(action, by: clerk.id, subject: "application \(applicationID)",
                               detail: "customer \(application.customerID): \(reason)")
        }
    }
}
