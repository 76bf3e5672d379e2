import BankCore
import BankCrypto
import Foundation
import Localization

/// Maintenance commands run at the server's shell (`teller watchlist-import`,
/// `teller unlock-operator`) act for a named operator who types their ID and
/// PIN, so the audit trail says who did it. The check is the sign-in check:
/// the same PBKDF2 cost and the same answer for an unknown ID, a wrong PIN or
/// a locked ID; wrong PINs count toward the operator's lockout.
///
/// `unlock-operator` is the break-glass path: it accepts a locked
/// administrator's right PIN, so an administrator who is the branch's last
/// one, and locked, can still unlock themselves (or anyone). That weakens
/// nothing: whoever runs it owns the branch file and could edit it directly;
/// this way the unlock needs the administrator's own PIN and is on record.
extension AuthenticationService {
    public func confirmAtShell(username: String, pin: String, action: String,
                               ignoringLockout: Bool = false) throws(LocalizedMessage) -> Operator {
        let name = username.trimmingCharacters(in: .whitespaces)
        let policy = BranchSettingsService(context).security().lockoutPolicy
        let now = context.clock.now()
        let found = try context.write { try context.operators.find(username: name) }
        guard let (op, encoded) = found, let stored = PINHash(encoded: encoded) else {
            _ = checkPIN(pin, against: nil)
            try context.write { try context.record(action, by: nil, subject: name, detail: "unknown operator, at the shell") }
            throw LocalizedMessage(.loginBadCredentials)
        }
        let matches = checkPIN(pin, against: stored)
        if op.isLocked(at: now), !ignoringLockout {
            try context.write { try context.record(action, by: op.id, subject: op.username, detail: "locked, at the shell") }
            throw LocalizedMessage(.loginBadCredentials)
        }
        guard matches else { throw failure(for: op, policy: policy, now: now, action: action, typedID: true) }
        guard op.active else { throw LocalizedMessage(.loginInactive) }
        return op
    }
}

extension OperatorAdministration {
    /// `teller unlock-operator`: an administrator, by ID and PIN typed at the
    /// shell, lifts `username`'s lockout, approval pauses and lockout run.
    /// Works while the administrator is locked themselves (see `confirmAtShell`).
    /// Returns the administrator.
    public func unlockAtShell(username: String, adminUsername: String, adminPIN: String) throws(LocalizedMessage) -> Operator {
        let admin = try AuthenticationService(context).confirmAtShell(
            username: adminUsername, pin: adminPIN, action: "operator.unlock_refused", ignoringLockout: true)
        guard admin.role.may(.manageOperators) else {
            try context.write { try context.record("operator.unlock_refused", by: admin.id, subject: username, detail: "not an administrator") }
            throw LocalizedMessage(.cliNotPermitted, admin.username, part: LocalizedMessage(.cliRoleAdministrator))
        }
        try context.write {
            guard let target = try context.operators.find(username: username.trimmingCharacters(in: .whitespaces))?.operator else {
                throw LocalizedMessage(.cliOperatorUnknown, username)
            }
            try context.operators.clearFailures(id: target.id)
            try context.operators.clearAllLockouts(id: target.id)
            try context.record("operator.unlock", by: admin.id, subject: target.username, detail: "at the server's shell")
        }
        return admin
    }
}
