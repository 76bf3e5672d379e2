import BankCore
import BankStore
import Foundation
import Localization

/// Everything a supervisor reads before deciding an application: who entered
/// it, the customer (ID masked as everywhere), the KYC answers, the guardian
/// of a minor, and the full watch-list hit.
public struct ApplicationReview: Sendable {
    public var application: ApplicationRecord
    public var customer: Customer?
    /// The operator who entered the application.
    public var maker: Operator?
    public var guardian: Customer?
    /// The KYC answers as submitted; nil when the stored text cannot be read.
    public var kyc: KYCProfile?
}

/// Supervisor review of the applications stopped by a watch-list hit or a
/// high risk rating. Maker ≠ checker is assessed before the supervisor types
/// a reason (`reviewRefusal`), and every refused attempt is audited.
extension AccountOpeningService {
    /// Applications waiting for a supervisor's decision.
    public func pendingReviews(by actor: Operator) throws(LocalizedMessage) -> [(application: ApplicationRecord, customer: Customer?)] {
        try context.write {
            _ = try context.requireActor(actor, .approve)
            let customers = CustomerRepository(db: context.database)
            return try accounts.applications(status: "pending_review").map { ($0, try customers.find(id: $0.customerID)) }
        }
    }

    /// The whole application for the review screen (supervisors only).
    public func reviewDetail(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> ApplicationReview {
        try context.read {
            _ = try context.requireActor(actor, .approve)
            guard let application = try accounts.application(id: applicationID) else { throw LocalizedMessage(.applicationNotFound) }
            let customers = CustomerRepository(db: context.database)
            return ApplicationReview(application: application, customer: try customers.find(id: application.customerID),
                                     maker: try context.operators.find(id: application.makerID)?.operator,
                                     guardian: try application.guardianID.flatMap { try customers.find(id: $0) },
                                     kyc: try? JSONDecoder().decode(KYCProfile.self, from: Data(application.kycJSON.utf8)))
        }
    }

    /// Why `actor` may not decide this application (not a supervisor, not
    /// waiting, or they entered it), checked before a reason is asked for; nil
    /// when they may. A refusal is audited as a refused attempt.
    public func reviewRefusal(applicationID: Int64, by actor: Operator) -> LocalizedMessage? {
        do throws(LocalizedMessage) {
            try context.read { _ = try reviewable(applicationID, by: actor) }
            return nil
        } catch {
            auditRefusedReview(applicationID, error, by: actor)
            return error
        }
    }

    /// A supervisor approves or rejects an application waiting for review,
    /// with a reason. The supervisor who entered it cannot decide it; a
    /// refused attempt is audited.
    public func review(applicationID: Int64, approve: Bool, reason: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 3 else { throw LocalizedMessage(.reviewReasonMissing) }
        do throws(LocalizedMessage) {
            try context.write {
                let supervisor = try reviewable(applicationID, by: actor)
                try accounts.decide(applicationID: applicationID, status: approve ? "approved" : "rejected", checkerID: supervisor.id,
                                    reason: trimmed, at: context.clock.now())
                try context.record(approve ? "account.review_approve" : "account.review_reject", by: supervisor.id,
                                   subject: "application \(applicationID)", detail: trimmed)
            }
        } catch {
            auditRefusedReview(applicationID, error, by: actor)
            throw error
        }
    }

    /// The supervisor, when they may decide the application now; else the refusal.
    private func reviewable(_ applicationID: Int64, by actor: Operator) throws -> Operator {
        let supervisor = try context.requireActor(actor, .approve)
        guard let application = try accounts.application(id: applicationID) else { throw LocalizedMessage(.applicationNotFound) }
        guard application.status == "pending_review" else { throw LocalizedMessage(.applicationNotPending) }
        guard application.makerID != supervisor.id else { throw LocalizedMessage(.reviewYouEnteredIt, String(applicationID)) }
        return supervisor
    }

    private func auditRefusedReview(_ applicationID: Int64, _ refusal: LocalizedMessage, by actor: Operator) {
        try? context.write {
            try context.record("account.review_refused", by: actor.id, subject: "application \(applicationID)",
                               detail: refusal.key.rawValue)
        }
    }
}
