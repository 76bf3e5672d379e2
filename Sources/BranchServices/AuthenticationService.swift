import BankCore
import BankCrypto
import Foundation
import Localization

/// Signing in and confirming a PIN at the lock screen. Applies the lockout
/// policy and writes every success, failure, lockout and unlock to the audit
/// trail in the same transaction as the counter change.
public struct AuthenticationService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// A hash nobody's PIN matches, checked when the operator ID is unknown so
    /// that a wrong ID takes as long as a wrong PIN.
    private static let decoy = PINHash.make(pin: "000000", iterations: 1)

    /// Checks the operator ID and PIN. Throws a message saying what is wrong.
    public func signIn(username: String, pin: String) throws(LocalizedMessage) -> Operator {
        let name = username.trimmingCharacters(in: .whitespaces)
        let policy = BranchSettingsService(context).security().lockoutPolicy
        let now = context.clock.now()
        let found = try context.write { try context.operators.find(username: name) }
        guard let (op, encoded) = found, let stored = PINHash(encoded: encoded) else {
            _ = PINHash.make(pin: pin, iterations: context.pinIterations)  // same cost as a real check
            try context.write { try context.record("login.failure", by: nil, subject: name, detail: "unknown operator") }
            throw LocalizedMessage(.loginBadCredentials)
        }
        if op.isLocked(at: now) {
            try context.write { try context.record("login.refused_locked", by: op.id, subject: op.username) }
            throw LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(op.lockedUntil!))
        }
        guard stored.verify(pin) else {
            throw failure(for: op, policy: policy, now: now, action: "login.failure", typedID: true)
        }
        guard op.active else {
            try context.write { try context.record("login.refused_inactive", by: op.id, subject: op.username) }
            throw LocalizedMessage(.loginInactive)
        }
        let refusal: LocalizedMessage? = try context.write {
            // Re-check under the write lock: a lockout or deactivation made at
            // another terminal while the PIN was being checked wins over this success.
            guard let latest = try context.operators.find(id: op.id)?.operator, latest.active else {
                try context.record("login.refused_inactive", by: op.id, subject: op.username)
                return LocalizedMessage(.loginInactive)
            }
            if latest.isLocked(at: now), let until = latest.lockedUntil {
                try context.record("login.refused_locked", by: op.id, subject: op.username)
                return LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(until))
            }
            try context.operators.clearFailures(id: op.id)
            if stored.needsRehash(minimumIterations: context.pinIterations) {
                try context.operators.setPINHash(id: op.id, hash: PINHash.make(pin: pin, iterations: context.pinIterations).encoded)
            }
            try context.record("login.success", by: op.id, subject: op.username)
            return nil
        }
        if let refusal { throw refusal }
        var signedIn = op
        signedIn.failedAttempts = 0
        signedIn.lockedUntil = nil
        return signedIn
    }

    /// Unlocks a locked terminal for the operator who locked it. Wrong PINs
    /// count toward the lockout just like at sign-in.
    ///
    /// Unlocking does not depend on a write succeeding (issue 12): the PIN
    /// check is a read and a hash. When the disk is full after a correct PIN
    /// the terminal unlocks anyway and the returned note says the unlock
    /// could not be recorded; a wrong PIN that cannot be counted throws the
    /// disk-full message, and the lock panel then signs the operator out, so
    /// a full disk never gives unlimited uncounted guesses.
    @discardableResult
    public func unlockTerminal(for op: Operator, pin: String) throws(LocalizedMessage) -> LocalizedMessage? {
        let policy = BranchSettingsService(context).security().lockoutPolicy
        let now = context.clock.now()
        guard let (current, encoded) = try context.read({ try context.operators.find(id: op.id) }),
              let stored = PINHash(encoded: encoded) else { throw LocalizedMessage(.loginInactive) }
        if current.isLocked(at: now) { throw LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(current.lockedUntil!)) }
        guard stored.verify(pin) else { throw failure(for: current, policy: policy, now: now, action: "terminal.unlock_failure") }
        guard current.active else { throw LocalizedMessage(.loginInactive) }
        let refusal: LocalizedMessage?
        do {
            refusal = try context.write {
                // Re-check under the write lock, as at sign-in.
                guard let latest = try context.operators.find(id: op.id)?.operator, latest.active else {
                    return LocalizedMessage(.loginInactive)
                }
                if latest.isLocked(at: now), let until = latest.lockedUntil {
                    return LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(until))
                }
                try context.operators.clearFailures(id: op.id)
                try context.record("terminal.unlock", by: op.id, subject: op.username)
                return nil
            }
        } catch where error.key == .storeDiskFull {
            return LocalizedMessage(.unlockNotRecorded, parts: [error])
        }
        if let refusal { throw refusal }
        return nil
    }

    /// Checks another operator's ID and PIN at this terminal (a supervisor
    /// approving): unknown IDs cost the same time, wrong PINs count toward the
    /// lockout and are audited as `action`. Returns the operator as stored now.
    func confirmCredentials(username: String, pin: String, action: String) throws(LocalizedMessage) -> Operator {
        let policy = BranchSettingsService(context).security().lockoutPolicy
        let now = context.clock.now()
        let found = try context.write { try context.operators.find(username: username) }
        guard let (op, encoded) = found, let stored = PINHash(encoded: encoded) else {
            _ = PINHash.make(pin: pin, iterations: context.pinIterations)
            try context.write { try context.record(action, by: nil, subject: username, detail: "unknown operator") }
            throw LocalizedMessage(.loginBadCredentials)
        }
        if op.isLocked(at: now), let until = op.lockedUntil { throw LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(until)) }
        guard stored.verify(pin) else { throw failure(for: op, policy: policy, now: now, action: action, typedID: true) }
        guard op.active else { throw LocalizedMessage(.loginInactive) }
        try context.write { try context.operators.clearFailures(id: op.id) }
        return op
    }

    /// Records that the terminal was locked (by key or by idle timeout).
    public func recordLock(for op: Operator, idle: Bool) throws(LocalizedMessage) {
        try context.write { try context.record("terminal.lock", by: op.id, subject: op.username, detail: idle ? "idle" : "key") }
    }

    /// Records a sign-out.
    public func recordSignOut(for op: Operator) throws(LocalizedMessage) {
        try context.write { try context.record("logout", by: op.id, subject: op.username) }
    }

    /// The refusal of a wrong PIN, counted toward the lockout. Where the operator ID was typed (sign-in, a
    /// supervisor's approval) it reads exactly as an unknown ID does, so wrong guesses cannot tell which IDs
    /// exist; unlocking one's own terminal says how many attempts are left.
    private func failure(for op: Operator, policy: LockoutPolicy, now: Date, action: String, typedID: Bool = false) -> LocalizedMessage {
        do {
            return try context.write {
                // Re-read under the write lock: another terminal may have counted a
                // wrong PIN, or locked the operator, since `op` was read. Counting
                // from the stale value would lose attempts (or lift that lock).
                let current = try context.operators.find(id: op.id)?.operator ?? op
                if current.isLocked(at: now), let until = current.lockedUntil {
                    try context.record(action, by: op.id, subject: op.username, detail: "attempt while locked")
                    return LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(until))
                }
                let outcome = policy.recordFailure(previousFailures: current.failedAttempts, now: now)
                try context.operators.recordFailure(id: op.id, failedAttempts: outcome.failedAttempts, lockedUntil: outcome.lockedUntil)
                try context.record(action, by: op.id, subject: op.username, detail: "attempt \(current.failedAttempts + 1)")
                guard outcome.lockedUntil != nil else {
                    if typedID { return LocalizedMessage(.loginBadCredentials) }
                    return LocalizedMessage(.loginAttemptsLeft, String(policy.attemptsLeft(after: outcome.failedAttempts)))
                }
                try context.record("login.lockout", by: op.id, subject: op.username,
                                   detail: "locked for \(Int(policy.lockDuration / 60)) minutes")
                return LocalizedMessage(.loginNowLocked, String(Int(policy.lockDuration / 60)))
            }
        } catch {
            return error
        }
    }
}
