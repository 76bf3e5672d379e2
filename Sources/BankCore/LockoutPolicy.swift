import Foundation

/// How many wrong PINs an operator may enter before being locked out, and
/// for how long. Both come from branch settings (defaults: 5 and 30 minutes).
/// Lockouts grow when they repeat: a lockout that begins within
/// `escalationWindow` (24 hours) of the previous one lasts twice as long as
/// that one (30, 60, 120 … minutes), up to `maximumLockDuration` (24 hours).
/// A quiet day, or an administrator's unlock, starts the run again; a good PIN
/// does not, so guesses spread between the owner's sign-ins still slow down.
public struct LockoutPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var lockDuration: TimeInterval

    public static let standard = LockoutPolicy(maxAttempts: 5, lockDuration: 30 * 60)
    /// Lockouts closer together than this count as one run.
    public static let escalationWindow: TimeInterval = 24 * 60 * 60
    /// The longest lockout, however long the run.
    public static let maximumLockDuration: TimeInterval = 24 * 60 * 60

    public init(maxAttempts: Int, lockDuration: TimeInterval) {
        self.maxAttempts = max(1, maxAttempts)
        self.lockDuration = max(60, lockDuration)
    }

    /// What one more wrong PIN does.
    public struct Outcome: Sendable, Equatable {
        public var failedAttempts: Int
        /// Set when this PIN starts a lockout.
        public var lockedUntil: Date?
        /// The run of lockouts after this PIN (unchanged unless it locks).
        public var lockouts: Int
        public var lastLockoutAt: Date?
    }

    /// Counts a wrong PIN. When the count reaches the limit the operator is
    /// locked for `duration(ofLockout:)` of the run and the counter starts again.
    public func recordFailure(previousFailures: Int, lockouts: Int = 0, lastLockoutAt: Date? = nil, now: Date) -> Outcome {
        let attempts = previousFailures + 1
        guard attempts >= maxAttempts else {
            return Outcome(failedAttempts: attempts, lockedUntil: nil, lockouts: lockouts, lastLockoutAt: lastLockoutAt)
        }
        let continuesRun = lastLockoutAt.map { now.timeIntervalSince($0) < Self.escalationWindow } ?? false
        let number = continuesRun ? lockouts + 1 : 1
        return Outcome(failedAttempts: 0, lockedUntil: now + duration(ofLockout: number), lockouts: number, lastLockoutAt: now)
    }

    /// How long the `number`th lockout of a run lasts (1 = the first).
    public func duration(ofLockout number: Int) -> TimeInterval {
        let doublings = min(max(0, number - 1), 20)
        return min(lockDuration * Double(1 << doublings), max(lockDuration, Self.maximumLockDuration))
    }

    /// Wrong PINs still allowed after `failedAttempts`.
    public func attemptsLeft(after failedAttempts: Int) -> Int { max(0, maxAttempts - failedAttempts) }
}

/// Locks the terminal after a period without key presses (default 5 minutes).
public struct IdleLock: Sendable, Equatable {
    public var timeout: TimeInterval
    public private(set) var lastActivity: Date

    public init(timeout: TimeInterval, start: Date) {
        self.timeout = timeout
        self.lastActivity = start
    }

    public mutating func recordActivity(at now: Date) { lastActivity = now }

    /// True once `timeout` has passed since the last key press.
    public func shouldLock(at now: Date) -> Bool { now.timeIntervalSince(lastActivity) >= timeout }
}
