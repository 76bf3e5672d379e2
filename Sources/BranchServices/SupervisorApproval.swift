import BankCore
import Foundation
import Localization

/// Proof that a supervisor approved something at this terminal with their
/// own ID and PIN, with a reason. Only `AuthenticationService.approve` makes
/// one, so a screen cannot claim an approval it did not get; the money
/// services check again that the approver may approve this amount and is
/// not the person who entered it. Valid for a few minutes.
public struct SupervisorApproval: Sendable, Equatable {
    public let approverID: Int64
    public let approverName: String
    public let reason: String
    let grantedAt: Date
    /// The operator whose work was approved; the approval is good for them only.
    let makerID: Int64

    init(approverID: Int64, approverName: String, reason: String, grantedAt: Date, makerID: Int64) {
        self.approverID = approverID
        self.approverName = approverName
        self.reason = reason
        self.grantedAt = grantedAt
        self.makerID = makerID
    }

    /// How long an approval may be used after it was given.
    static let lifetime: TimeInterval = 5 * 60
}

extension AuthenticationService {
    /// A supervisor confirms with their own ID and PIN, giving a reason.
    /// Wrong PINs count toward their lockout like at sign-in. The maker
    /// cannot approve their own work.
    public func approve(username: String, pin: String, reason: String, maker: Operator) throws(LocalizedMessage) -> SupervisorApproval {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        if let problem = TextRules.problem(why, field: .fieldReason) { throw problem }
        // The reason goes into the permanent audit trail: never a PIN typed into the wrong field.
        if Self.reasonMayHoldPIN(why, pin: pin) { throw LocalizedMessage(.approvalReasonHoldsPIN) }
        let name = username.trimmingCharacters(in: .whitespaces)
        guard name != maker.username else { throw LocalizedMessage(.makerCannotCheck) }
        let supervisor = try confirmCredentials(username: name, pin: pin, action: "approval.failure")
        guard supervisor.id != maker.id else { throw LocalizedMessage(.makerCannotCheck) }
        guard supervisor.role.may(.approve) else { throw LocalizedMessage(.approvalNotSupervisor, supervisor.username) }
        try context.write {
            try context.record("approval.granted", by: supervisor.id, subject: maker.username, detail: why)
        }
        return SupervisorApproval(approverID: supervisor.id, approverName: supervisor.username, reason: why,
                                  grantedAt: context.clock.now(), makerID: maker.id)
    }

    /// Whether a reason contains the PIN just typed (4 digits or more), or is
    /// itself nothing but a run of 6 or more digits (a PIN typed in the wrong field).
    static func reasonMayHoldPIN(_ reason: String, pin: String) -> Bool {
        if pin.count >= 4, reason.contains(pin) { return true }
        let compact = reason.filter { !$0.isWhitespace }
        return compact.count >= 6 && compact.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension BranchContext {
    /// Checks an approval handed to a service for `maker`'s work: given for
    /// this maker, fresh, by someone else who is still an active operator who
    /// may approve. Returns the approver as stored now.
    func approver(of approval: SupervisorApproval, maker: Operator) throws -> Operator {
        guard approval.approverID != maker.id else { throw LocalizedMessage(.makerCannotCheck) }
        guard approval.makerID == maker.id else { throw LocalizedMessage(.approvalForSomeoneElse) }
        guard clock.now().timeIntervalSince(approval.grantedAt) <= SupervisorApproval.lifetime else {
            throw LocalizedMessage(.approvalExpired)
        }
        guard let approver = try operators.find(id: approval.approverID)?.operator, approver.active,
              approver.role.may(.approve) else { throw LocalizedMessage(.approvalNotSupervisor, approval.approverName) }
        return approver
    }
}
