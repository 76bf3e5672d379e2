import BankCore
import Foundation
import Localization
import Testing

/// Issue 12: repeated blocks, common PINs and dates of birth are refused, and
/// lockouts grow when they repeat.
@Suite struct WeakPINTests {
    @Test(arguments: ["121212", "123123", "909090", "12341234", "456456456456", "707070707070", "112112"])
    func refusesRepeatedPairsAndTriples(_ pin: String) {
        #expect(PINRules.problem(with: pin)?.key == .validPINWeak)
    }

    @Test(arguments: ["123456", "111111", "000000", "654321", "112233", "520520", "131313", "147258", "159357",
                      "123321", "666666", "888888", "987654", "5201314", "1314520", "741852", "159753"])
    func refusesTheDocumentedCommonPINs(_ pin: String) {
        #expect(PINRules.common.contains(pin))
        #expect(PINRules.problem(with: pin)?.key == .validPINWeak)
    }

    @Test(arguments: ["135790", "802468", "246810", "482915", "739164", "1212123", "9070709"])
    func acceptsOtherPINs(_ pin: String) {
        #expect(PINRules.problem(with: pin) == nil)
    }

    @Test func refusesTheDateOfBirthInEveryWrittenOrder() throws {
        let birth = try #require(BusinessDate("1983-03-21"))
        #expect(PINRules.birthDateForms(of: birth) == ["830321", "210383", "032183", "19830321", "21031983", "03211983"])
        for pin in ["830321", "210383", "032183", "19830321", "21031983", "03211983"] {
            #expect(PINRules.problem(with: pin, birthDate: birth)?.key == .validPINBirthDate, "\(pin)")
            #expect(PINRules.problem(with: pin) == nil, "\(pin) is fine for someone born on another day")
        }
        #expect(PINRules.problem(with: "830322", birthDate: birth) == nil)
        // Single-digit days and months are written with their zero.
        let early = try #require(BusinessDate("2001-02-03"))
        #expect(PINRules.problem(with: "010203", birthDate: early)?.key == .validPINBirthDate)
        #expect(PINRules.problem(with: "030201", birthDate: early)?.key == .validPINBirthDate)
        #expect(PINRules.problem(with: "20010203", birthDate: early)?.key == .validPINBirthDate)
    }

    @Test func repeatedLockoutsDoubleUpToTheCap() {
        let policy = LockoutPolicy.standard
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let first = policy.recordFailure(previousFailures: 4, now: start)
        #expect(first.lockedUntil == start + 30 * 60)
        #expect(first.lockouts == 1)
        // The next lockout within 24 hours lasts twice as long, and so on.
        let later = start + 31 * 60
        let second = policy.recordFailure(previousFailures: 4, lockouts: first.lockouts, lastLockoutAt: first.lastLockoutAt, now: later)
        #expect(second.lockedUntil == later + 60 * 60)
        #expect(second.lockouts == 2)
        #expect((1...8).map { policy.duration(ofLockout: $0) / 60 } == [30, 60, 120, 240, 480, 960, 1440, 1440])
        // A day without a lockout starts the run again.
        let dayLater = start + LockoutPolicy.escalationWindow
        let fresh = policy.recordFailure(previousFailures: 4, lockouts: 6, lastLockoutAt: start, now: dayLater)
        #expect(fresh.lockedUntil == dayLater + 30 * 60)
        #expect(fresh.lockouts == 1)
        // A wrong PIN that does not lock leaves the run alone.
        let counted = policy.recordFailure(previousFailures: 1, lockouts: 3, lastLockoutAt: start, now: later)
        #expect(counted.lockedUntil == nil && counted.lockouts == 3 && counted.lastLockoutAt == start)
    }
}
