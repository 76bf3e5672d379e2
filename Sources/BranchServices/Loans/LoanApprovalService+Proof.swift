import BankCore
import BankStore
import Foundation
import Localization

/// The proof a contract needs before it is signed: not the status alone (a
/// row can be edited by hand) but the decisions behind it, each checked again.
extension LoanApprovalService {
    /// Inside a write: refuses unless the application is `approved` and its stored
    /// decisions prove it (enough distinct approvers, none the entrant, each still
    /// allowed to approve, each for the application as it stands now (hash), each
    /// in the audit trail, and the approval not older than `approvalLifetimeDays`).
    /// The contract calls this before signing.
    func requireApproved(_ application: LoanApplication) throws {
        guard let stored = try applications.application(id: application.id) else { throw LocalizedMessage(.loanAppNotFound) }
        let needed = try approvalsNeeded(stored)
        guard stored.status == .approved else {
            throw LocalizedMessage(.loanApprovalMissing, stored.number, "0", String(needed))
        }
        let rows = try applications.approvals(applicationID: stored.id)
        let hash = LoanApplicationService.requestHash(stored)
        let storedHash = try applications.submission(id: stored.id)?.requestHash
        guard storedHash == hash, application.amount == stored.amount, application.months == stored.months,
              application.method == stored.method, application.accountID == stored.accountID else {
            throw LocalizedMessage(.loanApprovalChanged, stored.number)
        }
        var approvers: Set<Int64> = []
        var automatic = false
        var newest: Date?
        for row in rows {
            guard row.decision != LoanDecisionRecord.Decision.decline.rawValue else {
                throw LocalizedMessage(.loanApprovalMissing, stored.number, "0", String(needed))
            }
            guard row.applicationHash == hash else { throw LocalizedMessage(.loanApprovalChanged, stored.number) }
            guard try isProven(row, stored) else { continue }
            if let approverID = row.approverID { approvers.insert(approverID) } else { automatic = true }
            newest = max(newest ?? row.at, row.at)
        }
        let valid = needed == 0 ? (automatic ? 1 : approvers.count) : approvers.count
        guard valid >= max(1, needed), let newest else {
            throw LocalizedMessage(.loanApprovalMissing, stored.number, String(valid), String(max(1, needed)))
        }
        let businessAge = BusinessDate(date: newest).days(until: context.businessDate)
        let clockAge = Int(context.clock.now().timeIntervalSince(newest) / 86_400)
        let age = max(businessAge, clockAge)
        guard age <= Self.approvalLifetimeDays else {
            throw LocalizedMessage(.loanApprovalExpired, String(age), String(Self.approvalLifetimeDays))
        }
    }

    /// Approvals the application's figures need under the terms it was submitted with — never fewer than the row says.
    private func approvalsNeeded(_ application: LoanApplication) throws -> Int {
        guard let product = try LoanProductRepository(db: context.database).product(code: application.productCode,
                                                                                  version: application.productVersion) else {
            throw LocalizedMessage(.loanProductUnknown, application.productCode)
        }
        let byAmount = application.amount > product.committeeThreshold ? 2 : application.amount > product.automaticApprovalLimit ? 1 : 0
        return max(application.approvalsNeeded, byAmount)
    }

    /// Whether a stored decision counts: not by the entrant, by an approver still active who may
    /// approve (the system's only where no person is needed), with its own line in the audit trail.
    private func isProven(_ row: LoanApprovalRow, _ application: LoanApplication) throws -> Bool {
        guard row.enteredBy == application.enteredBy else { return false }
        let auditedBy: Int64
        if let approverID = row.approverID {
            guard row.decision == LoanDecisionRecord.Decision.approve.rawValue, approverID != application.enteredBy,
                  let approver = try context.operators.find(id: approverID)?.operator, approver.active, approver.role.may(.approve)
            else { return false }
            auditedBy = approverID
        } else {
            guard row.decision == LoanDecisionRecord.Decision.automatic.rawValue, application.approvalsNeeded == 0 else { return false }
            auditedBy = application.enteredBy
        }
        // Only a line the branch key proves: a row typed into audit_log beside a forged approval proves nothing.
        return try context.genuineAudit(action: Self.decisionAction, subject: application.number).contains {
            $0.operatorID == auditedBy && $0.detail.hasPrefix("approval \(row.id) ")
        }
    }
}
