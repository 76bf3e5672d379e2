import BankCore
import Localization

extension OperatorAdministration {
    /// Gives an operator who may approve an approval limit of their own in
    /// CNY fen (the branch manager's, above the supervisors'), or with nil
    /// puts them back on their role's figure. Administrators only, never for
    /// themselves, only for a role that may approve; audited with the old and
    /// new figure.
    public func setApprovalLimit(of target: Operator, to limit: Int64?, by actor: Operator) throws(LocalizedMessage) {
        if let limit, limit < 0 || limit > AmountParser.maximumMinorUnits { throw LocalizedMessage(.amountTooLarge) }
        try context.write {
            let admin = try context.requireActor(actor, .manageOperators)
            guard admin.id != target.id else { throw LocalizedMessage(.cashApprovalOwnWork) }
            guard let current = try context.operators.find(id: target.id)?.operator else {
                throw LocalizedMessage(.errorOperatorNotFound, target.username)
            }
            guard current.role.may(.approve) else { throw LocalizedMessage(.approvalNotSupervisor, current.username) }
            _ = try context.operators.setApprovalLimit(id: current.id, limit: limit)
            try context.record("operator.approval_limit", by: admin.id, subject: current.username,
                               detail: "\(current.approvalLimit.map(String.init) ?? "role") -> \(limit.map(String.init) ?? "role")")
        }
    }
}
