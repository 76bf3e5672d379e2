import BankCore
import Foundation
import Testing

/// `WaitEstimator` on fixed data with known answers.
@Suite struct EstimateQueueTests {
    let estimator = WaitEstimator(defaultHandlingTime: 300)

    @Test func peopleAheadSharedAmongCountersTimesAverage() {
        // 6 ahead, 2 counters, history [300, 600]: 6 / 2 × 450 = 1350 s.
        #expect(estimator.estimate(peopleAhead: 6, openCounters: 2, recentHandlingTimes: [300, 600]) == 1350)
        #expect(WaitEstimator.minutes(1350) == 23)
        #expect(estimator.estimate(peopleAhead: 3, openCounters: 3, recentHandlingTimes: [120, 240, 360]) == 240)
    }

    @Test func noHistoryUsesTheDefault() {
        #expect(estimator.estimate(peopleAhead: 4, openCounters: 1, recentHandlingTimes: []) == 1200)
        #expect(WaitEstimator(defaultHandlingTime: 600).estimate(peopleAhead: 1, openCounters: 2, recentHandlingTimes: []) == 300)
        #expect(WaitEstimator.standard.defaultHandlingTime == 300)
    }

    @Test func noOpenCounterIsUnknown() {
        #expect(estimator.estimate(peopleAhead: 5, openCounters: 0, recentHandlingTimes: [300]) == nil)
        #expect(estimator.estimate(peopleAhead: 0, openCounters: 0, recentHandlingTimes: []) == nil)
    }

    @Test func nobodyAheadIsNoWait() {
        #expect(estimator.estimate(peopleAhead: 0, openCounters: 2, recentHandlingTimes: [300, 600]) == 0)
        #expect(estimator.estimate(peopleAhead: -3, openCounters: 1, recentHandlingTimes: []) == 0)
    }

    @Test func minutesRoundUp() {
        #expect(WaitEstimator.minutes(0) == 0)
        #expect(WaitEstimator.minutes(1) == 1)
        #expect(WaitEstimator.minutes(59.9) == 1)
        #expect(WaitEstimator.minutes(60) == 1)
        #expect(WaitEstimator.minutes(61) == 2)
        #expect(WaitEstimator.minutes(1350) == 23)
    }
}
