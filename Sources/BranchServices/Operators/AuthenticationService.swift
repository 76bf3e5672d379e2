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

    /// Checks the operator ID and PIN. Throws a message saying what is wrong.
    /// An unknown ID, a wrong PIN and a locked ID answer the same message and
    /// cost the same PBKDF2 check, so guesses learn nothing about which IDs
    /// exist or are locked (and a locked ID never says whether the PIN was right).
    public func signIn(username: String, pin: String) throws(LocalizedMessage) -> Operator {
        let name = username.trimmingCharacters(in: .whitespaces)
        let policy = BranchSettingsService(context).security().lockoutPolicy
        let now = context.clock.now()
        let found: (operator: Operator, pinHash: String)?
        do {
            found = try context.write { try context.operators.find(username: name) }
        } catch let message where message.key == .storeCredentialTampered {
            try? context.write { try context.record("login.refused_tampered", by: nil, subject: name, detail: "credential seal broken") }
            throw message
        }
        guard let (op, encoded) = found, let stored = PINHash(encoded: encoded) else {
            _ = checkPIN(pin, against: nil)
            try context.write { try context.record("login.failure", by: nil, subject: name, detail: "unknown operator") }
            throw LocalizedMessage(.loginBadCredentials)
        }
        let matches = checkPIN(pin, against: stored)
        if op.isLocked(at: now) {
            try context.write { try context.record("login.refused_locked", by: op.id, subject: op.username) }
            throw LocalizedMessage(.loginBadCredentials)
        }
        guard matches else {
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
            if latest.isLocked(at: now) {
                try context.record("login.refused_locked", by: op.id, subject: op.username)
                return LocalizedMessage(.loginBadCredentials)
            }
            // One terminal at a time: refused (and audited) while another terminal holds the operator live.
            if let elsewhere = try claimSession(for: latest, now: now) { return elsewhere }
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
        guard checkPIN(pin, against: stored) else { throw failure(for: current, policy: policy, now: now, action: "terminal.unlock_failure") }
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
            return LocalizedMessage(.unlockNotRecorded, part: error)
        }
        if let refusal { throw refusal }
        return nil
    }

    /// Records that the terminal was locked (by key or by idle timeout).
    public func recordLock(for op: Operator, idle: Bool) throws(LocalizedMessage) {
        try context.write { try context.record("terminal.lock", by: op.id, subject: op.username, detail: idle ? "idle" : "key") }
    }

    /// Records a sign-out and ends this terminal's session for the operator.
    public func recordSignOut(for op: Operator) throws(LocalizedMessage) {
        try context.write {
            try releaseSession(for: op)
            try context.record("logout", by: op.id, subject: op.username)
        }
    }
}
