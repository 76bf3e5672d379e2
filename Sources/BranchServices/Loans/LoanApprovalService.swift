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
/// OWNER: origination helper.
public struct LoanApprovalService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Applications waiting for a decision, oldest first.
    public func inbox(by actor: Operator) throws(LocalizedMessage) -> [LoanApprovalItem] {
        throw LocalizedMessage(.unexpectedError, "loan approvals not built yet")
    }

    /// The signed-in supervisor approves or declines with a reason; returns the application's status after.
    public func decide(applicationID: Int64, approve: Bool, reason: String,
                       by actor: Operator) throws(LocalizedMessage) -> LoanApplication.Status {
        throw LocalizedMessage(.unexpectedError, "loan approvals not built yet")
    }

    /// Every decision on the application, oldest first.
    public func decisions(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanDecisionRecord] {
        throw LocalizedMessage(.unexpectedError, "loan approvals not built yet")
    }

    /// Inside a write: refuses unless the application is `approved` and its stored
    /// decisions prove it (enough distinct approvers, none the entrant, each still
    /// allowed to approve, each for the application as it stands now (hash), each
    /// in the audit trail, and the approval not older than `approvalLifetimeDays`).
    /// The contract calls this before signing.
    func requireApproved(_ application: LoanApplication) throws {
        // INTERIM (servicing helper, so the contract can be built and tested before the approvals are):
        // status, enough distinct approvers none the entrant, no decline, not expired. The origination
        // helper's full check (hash, audit trail, approver still allowed) replaces this body.
        guard application.status == .approved else { throw LocalizedMessage(.unexpectedError, "application not approved") }
        let rows = try context.database.query("SELECT approver_id, decision, entered_by, at FROM loan_approvals WHERE application_id = ?",
                                              [.integer(application.id)])
        let approvers = Set(rows.filter { $0.string("decision") == "approve" && $0.int("approver_id") != application.enteredBy }
            .compactMap { $0.int("approver_id") })
        let automatic = rows.contains { $0.string("decision") == "auto_approve" }
        let declined = rows.contains { $0.string("decision") == "decline" }
        let newest = rows.compactMap { $0.int("at") }.max() ?? 0
        let age = context.clock.now().timeIntervalSince1970 - Double(newest) / 1000
        guard !declined, approvers.count >= application.approvalsNeeded, application.approvalsNeeded > 0 || automatic || !approvers.isEmpty,
              age <= Double(Self.approvalLifetimeDays) * 86_400 else {
            throw LocalizedMessage(.unexpectedError, "application \(application.number) has no valid approval")
        }
    }

    /// An approval must be used for a contract within this many days.
    public static let approvalLifetimeDays = 30
}
