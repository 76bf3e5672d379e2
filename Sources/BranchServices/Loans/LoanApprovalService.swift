import BankCore
import BankStore
import Foundation
import Localization

/// One decision on an application, as the inbox and the contract show it.
public struct LoanDecisionRecord: Sendable, Equatable {
    public enum Decision: String, Sendable, Codable {
        case approve, decline
        case automatic = "auto_approve"
    }

    public var approverID: Int64?
    /// The approver's username, or empty for the system.
    public var approverName: String
    public var decision: Decision
    public var reason: String
    public var at: Date
}

/// An application waiting in the approvers' inbox.
public struct LoanApprovalItem: Sendable, Equatable {
    public var application: LoanApplication
    public var customerName: String
    public var productName: String
    public var enteredByName: String
    public var assessment: CreditAssessment?
    public var decisions: [LoanDecisionRecord]
    /// Why the operator looking may not decide (their own application, already decided, no authority); nil when they may.
    public var cannotDecide: LocalizedMessage?
}

/// The approvers' inbox (issue 15): a supervisor decides with a reason;
/// above the product's committee threshold two different approvers must
/// approve. The person who entered the application never decides it (in
/// code and in a CHECK/trigger), and every decision is in the audit trail.
/// The proof the contract asks for is in `+Proof`.
/// OWNER: origination helper.
public struct LoanApprovalService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    var applications: LoanApplicationRepository { LoanApplicationRepository(db: context.database) }

    /// The audit action of every decision, the system's included.
    static let decisionAction = "loan.application.decision"

    /// The audit detail of a decision; `requireApproved` finds it by its first words.
    static func decisionDetail(approvalID: Int64, decision: LoanDecisionRecord.Decision, hash: String, reason: String) -> String {
        "approval \(approvalID) \(decision.rawValue) hash \(hash): \(reason)"
    }

    /// Applications waiting for a decision, oldest first.
    public func inbox(by actor: Operator) throws(LocalizedMessage) -> [LoanApprovalItem] {
        try context.read {
            let reader = try context.requireActor(actor, .loans)
            let customers = CustomerRepository(db: context.database)
            let products = LoanProductRepository(db: context.database)
            return try applications.applications(statuses: [.referred, .committee]).map { application in
                let product = try products.product(code: application.productCode, version: application.productVersion)
                let rows = try applications.approvals(applicationID: application.id)
                let stored = try applications.submission(id: application.id)?.assessment.flatMap(StoredAssessment.decode)
                return LoanApprovalItem(
                    application: application, customerName: try customers.find(id: application.customerID)?.name ?? "",
                    productName: product.map { "\($0.nameEnglish) \($0.nameChinese)" } ?? application.productCode,
                    enteredByName: try context.operators.find(id: application.enteredBy)?.operator.displayName ?? "",
                    assessment: stored?.assessment, decisions: try records(rows),
                    cannotDecide: try whyCannotDecide(application, rows: rows, by: reader))
            }
        }
    }

    /// Why `approver` may not decide `application` now, or nil when they may.
    func whyCannotDecide(_ application: LoanApplication, rows: [LoanApprovalRow], by approver: Operator) throws -> LocalizedMessage? {
        guard approver.role.may(.approve) else { return LocalizedMessage(.approvalNotSupervisor, approver.username) }
        guard application.status.awaitsDecision else {
            return LocalizedMessage(.loanDecisionNotAwaiting, application.number, application.status.rawValue)
        }
        let drafted = try applications.draftedBy(number: application.number, operatorID: approver.id, action: Self.draftAction)
        if approver.id == application.enteredBy || drafted {
            return LocalizedMessage(.loanDecisionOwnApplication)
        }
        if rows.contains(where: { $0.approverID == approver.id }) { return LocalizedMessage(.loanDecisionAlreadyDecided) }
        return nil
    }

    /// The audit action of saving a draft (whoever typed the application may not decide it).
    static let draftAction = "loan.application.draft_saved"

    /// The signed-in supervisor approves or declines with a reason; returns the application's status after.
    public func decide(applicationID: Int64, approve: Bool, reason: String,
                       by actor: Operator) throws(LocalizedMessage) -> LoanApplication.Status {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        if let problem = TextRules.problem(why, field: .fieldReason) { throw problem }
        if AuthenticationService.reasonMayHoldPIN(why, pin: "") { throw LocalizedMessage(.approvalReasonHoldsPIN) }
        return try context.write {
            let approver = try context.requireActor(actor, nil)
            guard let application = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            let rows = try applications.approvals(applicationID: applicationID)
            if let refusal = try whyCannotDecide(application, rows: rows, by: approver) { throw refusal }
            let hash = LoanApplicationService.requestHash(application)
            let now = context.clock.now()
            let decision: LoanDecisionRecord.Decision = approve ? .approve : .decline
            let id = try applications.insertApproval(LoanApprovalRow(
                applicationID: applicationID, enteredBy: application.enteredBy, approverID: approver.id, decision: decision.rawValue,
                reason: why, applicationHash: hash, at: now))
            try context.record(Self.decisionAction, by: approver.id, subject: application.number,
                               detail: Self.decisionDetail(approvalID: id, decision: decision, hash: hash, reason: why))
            let approvers = Set(rows.filter { $0.decision == "approve" }.compactMap(\.approverID) + (approve ? [approver.id] : []))
            let after: LoanApplication.Status = !approve ? .declined
                : approvers.count >= max(1, application.approvalsNeeded) ? .approved : application.status
            if after != application.status {
                _ = try applications.setStatus(id: applicationID, from: application.status, to: after, at: now)
                try context.record("loan.application.\(after.rawValue)", by: approver.id, subject: application.number,
                                   detail: "\(approvers.count) of \(application.approvalsNeeded) approvals")
            }
            return after
        }
    }

    /// Every decision on the application, oldest first.
    public func decisions(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanDecisionRecord] {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try records(try applications.approvals(applicationID: applicationID))
        }
    }

    private func records(_ rows: [LoanApprovalRow]) throws -> [LoanDecisionRecord] {
        try rows.map { row in
            LoanDecisionRecord(approverID: row.approverID,
                               approverName: try row.approverID.flatMap { try context.operators.find(id: $0)?.operator.username } ?? "",
                               decision: LoanDecisionRecord.Decision(rawValue: row.decision) ?? .decline, reason: row.reason, at: row.at)
        }
    }

    /// An approval must be used for a contract within this many days.
    public static let approvalLifetimeDays = 30
}
