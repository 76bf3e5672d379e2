import BankCore
import BankCrypto
import Localization

/// What an administrator does with operators: add, reset a PIN, unlock,
/// deactivate and reactivate. Every call checks the actor's permission and
/// writes the audit record in the same transaction as the change.
public struct OperatorAdministration {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    public func list(by actor: Operator) throws(LocalizedMessage) -> [Operator] {
        try context.write {
            _ = try context.requireActor(actor, .unlockOperators)
            return try context.operators.all()
        }
    }

    @discardableResult
    public func add(username: String, displayName: String, role: Role, pin: String,
                    by actor: Operator) throws(LocalizedMessage) -> Operator {
        if let problem = UsernameRules.problem(with: username) { throw problem }
        if let problem = DisplayNameRules.problem(with: displayName) { throw problem }
        if let problem = PINRules.problem(with: pin) { throw problem }
        let hash = PINHash.make(pin: pin, iterations: context.pinIterations).encoded
        return try context.write {
            let admin = try context.requireActor(actor, .manageOperators)
            if try context.operators.find(username: username) != nil {
                throw LocalizedMessage(.validUsernameTaken, username)
            }
            let created = try context.operators.insert(username: username, displayName: displayName.trimmingCharacters(in: .whitespaces),
                                                       role: role, pinHash: hash, createdAt: context.clock.now())
            try context.record("operator.add", by: admin.id, subject: username, detail: "role=\(role.rawValue)")
            return created
        }
    }

    /// Sets a new PIN (the administrator tells it to the operator) and clears any lockout.
    public func resetPIN(of target: Operator, to pin: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = PINRules.problem(with: pin) { throw problem }
        let hash = PINHash.make(pin: pin, iterations: context.pinIterations).encoded
        try context.write {
            let admin = try context.requireActor(actor, .manageOperators)
            try context.operators.setPINHash(id: target.id, hash: hash)
            try context.operators.clearFailures(id: target.id)
            try context.operators.clearAllLockouts(id: target.id)
            try context.record("operator.pin_reset", by: admin.id, subject: target.username)
        }
    }

    public func unlock(_ target: Operator, by actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let admin = try context.requireActor(actor, .unlockOperators)
            guard let current = try context.operators.find(id: target.id)?.operator else {
                throw LocalizedMessage(.errorOperatorNotFound, target.username)
            }
            let pausedApprovals = try context.operators.hasApprovalFailures(id: target.id)
            guard current.lockedUntil != nil || current.failedAttempts > 0 || pausedApprovals else { throw LocalizedMessage(.operatorsNotLocked, target.username) }
            try context.operators.clearFailures(id: target.id)
            try context.operators.clearAllLockouts(id: target.id)
            try context.record("operator.unlock", by: admin.id, subject: target.username)
        }
    }

    /// Deactivates or reactivates. Nobody deactivates themselves, and the
    /// last active administrator stays.
    public func setActive(_ target: Operator, _ active: Bool, by actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let admin = try context.requireActor(actor, .manageOperators)
            if !active {
                guard admin.id != target.id else { throw LocalizedMessage(.errorSelfDeactivate) }
                if target.role == .administrator, try context.operators.countActiveAdministrators() <= 1 {
                    throw LocalizedMessage(.errorLastAdministrator)
                }
            }
            try context.operators.setActive(id: target.id, active: active)
            try context.record(active ? "operator.reactivate" : "operator.deactivate", by: admin.id, subject: target.username)
        }
    }
}
