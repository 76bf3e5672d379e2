import BankCore
import Foundation
import Testing

/// The pure KPI definitions: nearest-rank percentile, ratios, periods, buckets, changes and formatting.
@Suite struct KPIDefinitionTests {
    let utc = TimeZone(identifier: "UTC")!
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test(arguments: [
        ([7], 7),                                  // n = 1: the only value
        ([5, 1, 4, 2, 3], 5),                      // ceil(4.5) = 5
        ([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 9),      // ceil(9.0) = 9, exactly
        (Array(1...11), 10),                       // ceil(9.9) = 10
        (Array(1...20), 18),                       // ceil(18.0) = 18
        ([60, 120, 180, 240, 600, 1200], 1200),    // ceil(5.4) = 6
        ([3, 3, 3, 1], 3),
    ])
    func p90IsNearestRank(values: [Int], expected: Int) {
        #expect(Percentile.nearestRank(90, of: values) == expected)
    }

    @Test func percentileRanks() {
        #expect(Percentile.nearestRank(90, of: [Int]()) == nil)
        #expect(Percentile.rank(percent: 90, count: 0) == nil)
        #expect(Percentile.rank(percent: 90, count: 100) == 90)
        #expect(Percentile.rank(percent: 90, count: 101) == 91)
        #expect(Percentile.rank(percent: 50, count: 4) == 2)
        #expect(Percentile.rank(percent: 1, count: 3) == 1)
    }

    @Test func pickerMatchesTheDefinitionForEveryGroup() {
        let groups: [String: [Int64]] = [
            "one": [42], "five": [5, 1, 4, 2, 3], "ten": Array(1...10).map(Int64.init), "eleven": Array(1...11).map(Int64.init),
            "ties": [7, 7, 7, 1], "empty": [],
        ]
        var picker = NearestRankPicker(percent: 90, counts: groups.mapValues(\.count))
        let stream = groups.flatMap { key, values in values.map { (key, $0) } }.sorted { $0.1 < $1.1 }
        for (key, value) in stream { picker.feed(key, value) }
        for (key, values) in groups {
            #expect(picker.picked[key] == Percentile.nearestRank(90, of: values), "\(key)")
        }
        #expect(picker.picked["ten"] == 9 && picker.picked["eleven"] == 10 && picker.picked["five"] == 5)
        #expect(picker.picked["empty"] == nil)
    }

    @Test func ratiosWithZeroDenominatorsHaveNoData() {
        #expect(KPIRatio.of(0, 0) == nil)
        #expect(KPIRatio.of(3, 0) == nil)
        #expect(KPIRatio.of(0, 4) == 0)
        #expect(KPIRatio.of(1, 4) == 0.25)
        #expect(KPIRatio.perThousand(3, 5) == 600)
        #expect(KPIRatio.perThousand(1, 0) == nil)
        #expect(KPIRatio.averageSeconds(totalMillis: 0, count: 0) == nil)
        #expect(KPIRatio.averageSeconds(totalMillis: 2_400_000, count: 6) == 400)
        let empty = KPIFigures()
        #expect(empty.errorRate == nil && empty.noShowRate == nil && empty.satisfactionAverage == nil && empty.onTimeRate == nil)
    }

    @Test func calendarPeriodsAreHalfOpenLocalMidnights() throws {
        let day = KPIPeriod.day(BusinessDate("2026-03-02")!, timeZone: shanghai)
        #expect(day.start == Date(timeIntervalSince1970: 1_772_409_600 - 8 * 3600))
        #expect(day.end.timeIntervalSince(day.start) == 86_400)
        #expect(day.contains(day.start) && !day.contains(day.end))
        let february = try #require(KPIPeriod.month(year: 2028, month: 2, timeZone: utc))
        #expect(february.end.timeIntervalSince(february.start) == 29 * 86_400)
        #expect(february.label == "2028-02")
        let year = try #require(KPIPeriod.year(2026, timeZone: utc))
        #expect(year.end.timeIntervalSince(year.start) == 365 * 86_400)
        let range = try #require(KPIPeriod.dates(from: BusinessDate("2026-03-01")!, to: BusinessDate("2026-03-07")!, timeZone: utc))
        #expect(range.end.timeIntervalSince(range.start) == 7 * 86_400)
        #expect(range.label == "2026-03-01..2026-03-07")
        #expect(KPIPeriod.dates(from: BusinessDate("2026-03-02")!, to: BusinessDate("2026-03-01")!) == nil)
        #expect(KPIPeriod.month(year: 2026, month: 13) == nil)
        #expect(KPIPeriod(start: day.end, end: day.start) == nil)
        #expect(KPIPeriod(start: day.start, end: day.start) == nil)
    }

    @Test func daylightSavingDaysAreLocalDays() throws {
        // New York's spring-forward day has 23 hours.
        let newYork = TimeZone(identifier: "America/New_York")!
        let day = KPIPeriod.day(BusinessDate("2026-03-08")!, timeZone: newYork)
        #expect(day.end.timeIntervalSince(day.start) == 23 * 3600)
    }

    @Test func previousPeriods() throws {
        let instant = Date(timeIntervalSince1970: 1_772_452_800) // 2026-03-02 12:00 UTC
        #expect(KPIPeriod.today(instant, timeZone: utc).previous.label == "2026-03-01")
        #expect(KPIPeriod.thisMonth(instant, timeZone: utc).previous.label == "2026-02")
        #expect(KPIPeriod.thisYear(instant, timeZone: utc).previous.label == "2025")
        let week = try #require(KPIPeriod.dates(from: BusinessDate("2026-03-08")!, to: BusinessDate("2026-03-14")!, timeZone: utc))
        #expect(week.previous.label == "2026-03-01..2026-03-07")
        let night = try #require(KPIPeriod(start: instant, end: instant.addingTimeInterval(4 * 3600), timeZone: utc))
        #expect(night.previous.end == night.start && night.previous.start == instant.addingTimeInterval(-4 * 3600))
    }

    @Test func seriesBucketsTileThePeriod() throws {
        let instant = Date(timeIntervalSince1970: 1_772_452_800)
        let month = KPIPeriod.thisMonth(instant, timeZone: utc)
        #expect(KPIBucketSize.forPeriod(month) == .day)
        #expect(month.buckets().count == 31)
        let quarter = try #require(KPIPeriod.dates(from: BusinessDate("2026-01-01")!, to: BusinessDate("2026-03-31")!, timeZone: utc))
        #expect(KPIBucketSize.forPeriod(quarter) == .week)
        #expect(quarter.buckets().count == 13) // 90 days: 12 whole weeks and 6 days
        let year = KPIPeriod.thisYear(instant, timeZone: utc)
        #expect(KPIBucketSize.forPeriod(year) == .month)
        let months = year.buckets()
        #expect(months.count == 12)
        #expect(months.first?.start == year.start && months.last?.end == year.end)
        for (a, b) in zip(months, months.dropFirst()) { #expect(a.end == b.start) }
        let night = try #require(KPIPeriod(start: instant.addingTimeInterval(10 * 3600), end: instant.addingTimeInterval(14 * 3600), timeZone: utc))
        #expect(night.buckets().map { $0.end.timeIntervalSince($0.start) } == [7200, 7200])
    }

    @Test func changesAreAfterMinusBefore() {
        let served = KPIChange(figure: .ticketsServed, before: 40, after: 50)
        #expect(served.absolute == 10 && served.relative == 0.25)
        let share = KPIChange(figure: .noShowRate, before: 0.1, after: 0.05)
        #expect(share.absolute == 0.05 - 0.1 && share.relative == nil)
        #expect(KPIChange(figure: .averageWait, before: 0, after: 30).relative == nil)
        #expect(KPIChange(figure: .averageWait, before: nil, after: 30).absolute == nil)
        #expect(KPIFigure.noShowRate.formatChange(-0.05) == "-5.0pp")
        #expect(KPIFigure.averageWait.formatChange(75) == "+1:15")
        #expect(KPIFigure.ticketsServed.formatChange(0) == "±0")
    }

    @Test func formatting() {
        #expect(KPIFigure.averageWait.format(400) == "6:40")
        #expect(KPIFigure.p90Wait.format(3725) == "1:02:05")
        #expect(KPIFigure.noShowRate.format(1.0 / 7.0) == "14.3%")
        #expect(KPIFigure.satisfactionAverage.format(3.8) == "3.80")
        #expect(KPIFigure.complaintsPerThousand.format(600) == "600.0")
        #expect(KPIFigure.ticketsServed.format(5) == "5")
        #expect(KPIFigure.errorRate.format(nil) == "-")
    }
}
