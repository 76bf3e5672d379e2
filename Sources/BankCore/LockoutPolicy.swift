import Foundation

/// How many wrong PINs an operator may enter before being locked out, and
/// for how long. Both come from branch settings (defaults: 5 and 30 minutes).
public struct LockoutPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var lockDuration: TimeInterval

    public static let standard = LockoutPolicy(maxAttempts: 5, lockDuration: 30 * 60)

    public init(maxAttempts: Int, lockDuration: TimeInterval) {
        self.maxAttempts = max(1, maxAttempts)
        self.lockDuration = max(60, lockDuration)
    }

    /// Counts a wrong PIN. When the count reaches the limit the operator is
    /// locked until `now + lockDuration` and the counter starts again.
    public func recordFailure(previousFailures: Int, now: Date) -> (failedAttempts: Int, lockedUntil: Date?) {
        let attempts = previousFailures + 1
        if attempts >= maxAttempts { return (0, now + lockDuration) }
        return (attempts, nil)
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
