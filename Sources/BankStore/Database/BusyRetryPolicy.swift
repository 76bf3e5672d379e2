import Foundation

/// The store's one answer to "another terminal holds the lock": how long one
/// attempt lets SQLite wait for it, how long to pause between attempts, and
/// when to give up. Every retry loop (opening a file, a write transaction, the
/// benchmark's raw baseline) runs through `run`, so there is one policy to read
/// and to tune. An attempt that failed busy was rolled back, so retrying it
/// never does anything twice.
public struct BusyRetryPolicy: Sendable, Equatable {
    /// How long SQLite itself waits for the lock in one attempt (its busy timeout) before the attempt fails.
    public var lockWaitMilliseconds: Int32
    /// The random pause between two attempts: SQLite's own wait is not fair between processes.
    public var pause: ClosedRange<TimeInterval>
    /// At most this many attempts in all.
    public var attempts: Int
    /// No new attempt is begun once this long has passed since the first one began.
    public var totalWait: TimeInterval

    public init(lockWaitMilliseconds: Int32, pause: ClosedRange<TimeInterval>, attempts: Int, totalWait: TimeInterval) {
        self.lockWaitMilliseconds = lockWaitMilliseconds
        self.pause = pause
        self.attempts = attempts
        self.totalWait = totalWait
    }

    /// A write transaction at a terminal: a quarter of a second per attempt, so a caller hears soon that it is
    /// waiting (and can show it), and up to a minute in all, so a burst of work elsewhere does not fail this one.
    public static let write = BusyRetryPolicy(lockWaitMilliseconds: 250, pause: 0.001...0.05, attempts: .max, totalWait: 60)
    /// Opening a file: switching a brand-new file to WAL and migrating it can meet another terminal doing the
    /// same, and SQLite's busy wait does not cover every step of that.
    public static let open = BusyRetryPolicy(lockWaitMilliseconds: Database.busyTimeoutMilliseconds, pause: 0.01...0.1,
                                             attempts: .max, totalWait: 15)
    /// The benchmark's raw-SQLite baseline: SQLite's wait, then a few quick retries, as a bare program would.
    public static let rawBaseline = BusyRetryPolicy(lockWaitMilliseconds: Database.busyTimeoutMilliseconds, pause: 0...0,
                                                    attempts: 100, totalWait: .infinity)

    /// Runs `attempt` until it does not fail with `StoreError.busy` (returned or thrown on), or the policy gives
    /// up and the last `.busy` is thrown. `onWait` hears of each failed attempt before the pause that follows it;
    /// `attempt` gets the attempt's number, from 1.
    public func run<T>(onWait: ((BusyWait) -> Void)? = nil, _ attempt: (Int) throws -> T) throws -> T {
        let started = Date()
        var number = 1
        while true {
            do {
                return try attempt(number)
            } catch StoreError.busy where number < attempts && Date().timeIntervalSince(started) < totalWait {
                onWait?(BusyWait(attempt: number, waited: Date().timeIntervalSince(started)))
                if pause.upperBound > 0 { Thread.sleep(forTimeInterval: Double.random(in: pause)) }
                number += 1
            }
        }
    }
}

/// What a waiting caller is told after an attempt failed busy: which attempt, and how long it has waited so far.
public struct BusyWait: Sendable, Equatable {
    public let attempt: Int
    public let waited: TimeInterval

    public init(attempt: Int, waited: TimeInterval) {
        self.attempt = attempt
        self.waited = waited
    }
}
