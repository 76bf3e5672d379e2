import BankCore
import Foundation
import Testing

@Suite struct LockoutPolicyTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func standardIsFiveAttemptsAndThirtyMinutes() {
        #expect(LockoutPolicy.standard.maxAttempts == 5)
        #expect(LockoutPolicy.standard.lockDuration == 30 * 60)
    }

    @Test func fourFailuresCountThenTheFifthLocksAndResets() {
        let policy = LockoutPolicy.standard
        var failures = 0
        for expected in 1...4 {
            let outcome = policy.recordFailure(previousFailures: failures, now: start)
            #expect(outcome.failedAttempts == expected)
            #expect(outcome.lockedUntil == nil)
            failures = outcome.failedAttempts
        }
        let fifth = policy.recordFailure(previousFailures: failures, now: start)
        #expect(fifth.failedAttempts == 0)
        #expect(fifth.lockedUntil == start + 30 * 60)
    }

    @Test func attemptsLeft() {
        let policy = LockoutPolicy.standard
        #expect(policy.attemptsLeft(after: 0) == 5)
        #expect(policy.attemptsLeft(after: 1) == 4)
        #expect(policy.attemptsLeft(after: 4) == 1)
        #expect(policy.attemptsLeft(after: 5) == 0)
        #expect(policy.attemptsLeft(after: 9) == 0)
    }

    @Test func configuredLimits() {
        let policy = LockoutPolicy(maxAttempts: 3, lockDuration: 600)
        #expect(policy.recordFailure(previousFailures: 1, now: start).lockedUntil == nil)
        #expect(policy.recordFailure(previousFailures: 2, now: start).lockedUntil == start + 600)
        // Counts already at or above a lowered limit lock on the next failure.
        #expect(policy.recordFailure(previousFailures: 7, now: start).lockedUntil == start + 600)
    }

    @Test func nonsenseValuesAreClamped() {
        let policy = LockoutPolicy(maxAttempts: 0, lockDuration: 5)
        #expect(policy.maxAttempts == 1)
        #expect(policy.lockDuration == 60)
        #expect(policy.recordFailure(previousFailures: 0, now: start).lockedUntil == start + 60)
    }

    @Test func operatorIsLockedUntilTheInstantExpires() {
        let until = start + 1800
        let op = Operator(id: 1, username: "teller", displayName: "T", role: .teller, lockedUntil: until)
        #expect(op.isLocked(at: start))
        #expect(op.isLocked(at: until - 0.001))
        #expect(!op.isLocked(at: until))
        #expect(!Operator(id: 2, username: "x", displayName: "X", role: .guide).isLocked(at: start))
    }
}

@Suite struct IdleLockTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func locksAtExactlyTheTimeoutNotBefore() {
        let lock = IdleLock(timeout: 300, start: start)
        #expect(!lock.shouldLock(at: start))
        #expect(!lock.shouldLock(at: start + 299))
        #expect(!lock.shouldLock(at: start + 299.999))
        #expect(lock.shouldLock(at: start + 300))
        #expect(lock.shouldLock(at: start + 3600))
    }

    @Test func activityResetsTheTimer() {
        var lock = IdleLock(timeout: 300, start: start)
        lock.recordActivity(at: start + 200)
        #expect(lock.lastActivity == start + 200)
        #expect(!lock.shouldLock(at: start + 300))
        #expect(!lock.shouldLock(at: start + 499))
        #expect(lock.shouldLock(at: start + 500))
    }

    @Test func worksWithAnInjectedManualClock() {
        let clock = ManualClock(start)
        var lock = IdleLock(timeout: 60, start: clock.now())
        clock.advance(by: 59)
        #expect(!lock.shouldLock(at: clock.now()))
        lock.recordActivity(at: clock.now())
        clock.advance(by: 59)
        #expect(!lock.shouldLock(at: clock.now()))
        clock.advance(by: 1)
        #expect(lock.shouldLock(at: clock.now()))
    }
}

@Suite struct ClockTests {
    @Test func manualClockMovesOnlyWhenTold() {
        let start = Date(timeIntervalSince1970: 1_000)
        let clock = ManualClock(start)
        #expect(clock.now() == start)
        clock.advance(by: 90)
        #expect(clock.now() == start + 90)
        clock.set(start)
        #expect(clock.now() == start)
    }

    @Test func systemClockIsTheWallClock() {
        let before = Date()
        let now = SystemClock().now()
        #expect(now >= before)
        #expect(now.timeIntervalSince(before) < 60)
    }
}
