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
    /// cannot approve their own work. With `need`, an approver whose limit
    /// does not cover the amount is refused here, at the form, naming who can
    /// (never granted now and refused at the confirmation). Every refused
    /// attempt is in the audit trail: wrong PINs as `approval.failure`, the
    /// rest (own work, not a supervisor, above the limit) as `approval.refused`.
    public func approve(username: String, pin: String, reason: String, maker: Operator,
                        need: ApprovalNeed? = nil) throws(LocalizedMessage) -> SupervisorApproval {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        if let problem = TextRules.problem(why, field: .fieldReason) { throw problem }
        // The reason goes into the permanent audit trail: never a PIN typed into the wrong field.
        if Self.reasonMayHoldPIN(why, pin: pin) { throw LocalizedMessage(.approvalReasonHoldsPIN) }
        let name = username.trimmingCharacters(in: .whitespaces)
        guard name.caseInsensitiveCompare(maker.username) != .orderedSame else {
            throw refused(LocalizedMessage(.cashApprovalOwnWork), by: maker.id, maker: maker, detail: "own work")
        }
        let supervisor = try confirmCredentials(username: name, pin: pin, action: "approval.failure")
        guard supervisor.id != maker.id else {
            throw refused(LocalizedMessage(.cashApprovalOwnWork), by: supervisor.id, maker: maker, detail: "own work")
        }
        guard supervisor.role.may(.approve) else {
            throw refused(LocalizedMessage(.approvalNotSupervisor, supervisor.username), by: supervisor.id, maker: maker,
                          detail: "role \(supervisor.role.rawValue) may not approve")
        }
        if let need {
            let authority = ApprovalAuthority(context)
            let limit = CashRulesService(context).rules().authority.approveLimit(supervisor, need.currency)
            if need.amount > limit {
                let units = need.currency.minorUnits
                let others = ApprovalAuthority.names(authority.approvers(for: need, maker: maker))
                let message = others.isEmpty
                    ? authority.nobodyMayApprove(need, maker: maker) ?? LocalizedMessage(.approvalAboveLimit, supervisor.username,
                                                                                         AmountParser.format(limit, minorUnits: units))
                    : LocalizedMessage(.cashApprovalAboveOwnLimit, supervisor.username, AmountParser.format(limit, minorUnits: units), others)
                throw refused(message, by: supervisor.id, maker: maker,
                              detail: "above limit: \(need.currency.rawValue) \(need.amount) > \(limit)")
            }
        }
        try context.write {
            try context.record("approval.granted", by: supervisor.id, subject: maker.username, detail: why)
        }
        return SupervisorApproval(approverID: supervisor.id, approverName: supervisor.username, reason: why,
                                  grantedAt: context.clock.now(), makerID: maker.id)
    }

    /// Audits a refused approval attempt and returns the refusal to throw, or
    /// the store's message when the audit row cannot be written (a refused
    /// attempt is never left out of the trail without a word).
    private func refused(_ message: LocalizedMessage, by operatorID: Int64, maker: Operator, detail: String) -> LocalizedMessage {
        do {
            try context.write { try context.record("approval.refused", by: operatorID, subject: maker.username, detail: detail) }
        } catch {
            return error
        }
        return message
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
        guard approval.approverID != maker.id else { throw LocalizedMessage(.cashApprovalOwnWork) }
        guard approval.makerID == maker.id else { throw LocalizedMessage(.approvalForSomeoneElse) }
        guard clock.now().timeIntervalSince(approval.grantedAt) <= SupervisorApproval.lifetime else {
            throw LocalizedMessage(.approvalExpired)
        }
        guard let approver = try operators.find(id: approval.approverID)?.operator, approver.active,
              approver.role.may(.approve) else { throw LocalizedMessage(.approvalNotSupervisor, approval.approverName) }
        return approver
    }
}
