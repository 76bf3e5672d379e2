import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// Where PINs are checked and wrong PINs counted.
///
/// - Every check runs PBKDF2, against the stored hash or, for an unknown ID,
///   against a decoy of the branch's strength, so no answer is faster than another.
/// - Sign-in and one's own terminal unlock count wrong PINs on the operator:
///   `maxAttempts` of them lock the operator, for longer each time (see `LockoutPolicy`).
/// - A supervisor-approval prompt counts wrong PINs per (supervisor, terminal):
///   `maxAttempts` of them pause that supervisor's approvals from that terminal
///   only, for the same growing durations, and never touch their sign-in. So a
///   signed-in operator typing guesses into an approval prompt (each one audited
///   at their terminal) cannot lock the branch's only supervisor out, and a
///   sign-in lockout does not stop the supervisor approving at a colleague's terminal.
extension AuthenticationService {
    /// Runs the PIN hash and says whether it matched; nil `stored` checks a decoy.
    func checkPIN(_ pin: String, against stored: PINHash?) -> Bool {
        defer { context.pinHashObserver?() }
        guard let stored else {
            _ = PINHash.make(pin: pin, iterations: context.pinIterations)  // same cost as a real check
            return false
        }
        return stored.verify(pin)
    }

    /// Checks another operator's ID and PIN at this terminal (a supervisor
    /// approving). Unknown IDs, wrong PINs and a pause at this terminal all
    /// answer as an unknown ID, after the same PIN check; wrong PINs are
    /// audited as `action`. Returns the operator as stored now.
    func confirmCredentials(username: String, pin: String, action: String) throws(LocalizedMessage) -> Operator {
        let policy = BranchSettingsService(context).security().lockoutPolicy
        let now = context.clock.now()
        let found = try context.write { try context.operators.find(username: username) }
        guard let (op, encoded) = found, let stored = PINHash(encoded: encoded) else {
            _ = checkPIN(pin, against: nil)
            try context.write { try context.record(action, by: nil, subject: username, detail: "unknown operator") }
            throw LocalizedMessage(.loginBadCredentials)
        }
        let matches = checkPIN(pin, against: stored)
        let paused: Bool = try context.write {
            let failures = try context.operators.approvalFailures(operatorID: op.id, terminal: context.terminal)
            if let until = failures.blockedUntil, now < until {
                try context.record(action, by: op.id, subject: op.username, detail: "attempt while paused at this terminal")
                return true
            }
            // Guesses spread over many sessions (one per SSH login) are bounded too: once approvals are paused at
            // `Self.branchPauseTerminals` terminals, every terminal refuses them until the last of those pauses ends.
            let pauses = try context.operators.approvalPauses(operatorID: op.id, at: now)
            guard pauses.terminals >= Self.branchPauseTerminals else { return false }
            try context.record(action, by: op.id, subject: op.username,
                               detail: "attempt while paused at \(pauses.terminals) terminals (every terminal refuses)")
            return true
        }
        if paused { throw LocalizedMessage(.loginBadCredentials) }
        guard matches else { throw approvalFailure(for: op, policy: policy, now: now, action: action) }
        guard op.active else { throw LocalizedMessage(.loginInactive) }
        try context.write { try context.operators.clearApprovalFailures(operatorID: op.id, terminal: context.terminal) }
        return op
    }

    /// Terminals pausing one supervisor's approvals at once that pause them at every terminal.
    static let branchPauseTerminals = 2

    /// Counts a wrong approval PIN for this supervisor at this terminal.
    private func approvalFailure(for op: Operator, policy: LockoutPolicy, now: Date, action: String) -> LocalizedMessage {
        do {
            return try context.write {
                var failures = try context.operators.approvalFailures(operatorID: op.id, terminal: context.terminal)
                let outcome = policy.recordFailure(previousFailures: failures.failedAttempts, lockouts: failures.history.lockouts,
                                                   lastLockoutAt: failures.history.lastLockoutAt, now: now)
                failures.failedAttempts = outcome.failedAttempts
                if let until = outcome.lockedUntil { failures.blockedUntil = until }
                failures.history = LockoutHistory(lockouts: outcome.lockouts, lastLockoutAt: outcome.lastLockoutAt)
                try context.operators.setApprovalFailures(operatorID: op.id, terminal: context.terminal, failures)
                try context.record(action, by: op.id, subject: op.username, detail: "attempt \(outcome.lockedUntil == nil ? outcome.failedAttempts : policy.maxAttempts) at this terminal")
                if let until = outcome.lockedUntil {
                    try context.record("approval.paused", by: op.id, subject: op.username,
                                       detail: "approvals from \(context.terminal) paused for \(Int(until.timeIntervalSince(now) / 60)) minutes")
                }
                return LocalizedMessage(.loginBadCredentials)
            }
        } catch {
            return error
        }
    }

    /// The refusal of a wrong PIN, counted toward the operator's lockout. Where the operator ID was typed
    /// (sign-in) it reads exactly as an unknown ID does, even when it locks, so wrong guesses cannot tell
    /// which IDs exist; unlocking one's own terminal says how many attempts are left.
    func failure(for op: Operator, policy: LockoutPolicy, now: Date, action: String, typedID: Bool = false) -> LocalizedMessage {
        do {
            return try context.write {
                // Re-read under the write lock: another terminal may have counted a
                // wrong PIN, or locked the operator, since `op` was read. Counting
                // from the stale value would lose attempts (or lift that lock).
                let current = try context.operators.find(id: op.id)?.operator ?? op
                if current.isLocked(at: now), let until = current.lockedUntil {
                    try context.record(action, by: op.id, subject: op.username, detail: "attempt while locked")
                    return typedID ? LocalizedMessage(.loginBadCredentials) : LocalizedMessage(.loginLocked, LocalTimeText.dateMinutes(until))
                }
                let history = try context.operators.lockoutHistory(id: op.id)
                let outcome = policy.recordFailure(previousFailures: current.failedAttempts, lockouts: history.lockouts,
                                                   lastLockoutAt: history.lastLockoutAt, now: now)
                try context.operators.recordFailure(id: op.id, failedAttempts: outcome.failedAttempts, lockedUntil: outcome.lockedUntil)
                try context.record(action, by: op.id, subject: op.username, detail: "attempt \(current.failedAttempts + 1)")
                guard let until = outcome.lockedUntil else {
                    if typedID { return LocalizedMessage(.loginBadCredentials) }
                    return LocalizedMessage(.loginAttemptsLeft, String(policy.attemptsLeft(after: outcome.failedAttempts)))
                }
                try context.operators.setLockoutHistory(id: op.id, LockoutHistory(lockouts: outcome.lockouts, lastLockoutAt: outcome.lastLockoutAt))
                let minutes = Int(until.timeIntervalSince(now) / 60)
                try context.record("login.lockout", by: op.id, subject: op.username,
                                   detail: "locked for \(minutes) minutes (lockout \(outcome.lockouts) in a row)")
                return typedID ? LocalizedMessage(.loginBadCredentials) : LocalizedMessage(.loginNowLocked, String(minutes))
            }
        } catch {
            return error
        }
    }
}
