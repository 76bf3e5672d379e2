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
}
