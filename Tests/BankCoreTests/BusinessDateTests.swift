import BankCore
import Foundation
import Testing

@Suite struct BusinessDateTests {
    @Test func parsesARealDate() throws {
        let date = try #require(BusinessDate("2026-03-15"))
        #expect(date.year == 2026)
        #expect(date.month == 3)
        #expect(date.day == 15)
        #expect(date.description == "2026-03-15")
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2400-02-29", "1996-02-29"])
    func leapDaysInLeapYears(_ text: String) {
        #expect(BusinessDate(text)?.description == text)
    }

    @Test(arguments: ["2025-02-29", "1900-02-29", "2100-02-29", "2023-02-29", "2024-02-30"])
    func leapDaysInCommonYearsAreRefused(_ text: String) {
        #expect(BusinessDate(text) == nil)
    }

    @Test(arguments: ["2025-04-31", "2025-06-31", "2025-09-31", "2025-11-31", "2025-01-32", "2025-00-10",
                      "2025-13-01", "2025-01-00"])
    func impossibleDaysAndMonths(_ text: String) {
        #expect(BusinessDate(text) == nil)
    }

    @Test(arguments: ["", "2025", "2025-1-05", "2025-01-5", "25-01-05", "02025-01-05", "2025/01/05", "2025-01-05 ",
                      " 2025-01-05", "2025-01-05T00:00", "+025-01-05", "2025-+1-05", "2025--1-05", "２０２５-01-05",
                      "2025-01-05-", "abcd-ef-gh", "1899-12-31", "2025-1a-05"])
    func badFormatsAreRefused(_ text: String) {
        #expect(BusinessDate(text) == nil)
    }

    @Test func monthLengths() {
        for (month, days) in [1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31] {
            #expect(BusinessDate(year: 2025, month: month, day: days) != nil)
            #expect(BusinessDate(year: 2025, month: month, day: days + 1) == nil)
        }
    }

    @Test func yearBounds() {
        #expect(BusinessDate(year: 1900, month: 1, day: 1) != nil)
        #expect(BusinessDate(year: 9999, month: 12, day: 31) != nil)
        #expect(BusinessDate(year: 1899, month: 12, day: 31) == nil)
        #expect(BusinessDate(year: 10000, month: 1, day: 1) == nil)
    }

    @Test func ordersByCalendar() throws {
        let a = try #require(BusinessDate("2025-12-31"))
        let b = try #require(BusinessDate("2026-01-01"))
        let c = try #require(BusinessDate("2026-01-02"))
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(BusinessDate("2026-01-01") == b)
    }

    @Test func fromWallClockInAGivenTimeZone() throws {
        // 2026-01-01 00:30 UTC is still 2025-12-31 in New York and already 2026-01-01 in Shanghai.
        let instant = Date(timeIntervalSince1970: 1_767_227_400)
        let utc = try #require(TimeZone(identifier: "UTC"))
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(BusinessDate(date: instant, timeZone: utc).description == "2026-01-01")
        #expect(BusinessDate(date: instant, timeZone: shanghai).description == "2026-01-01")
        #expect(BusinessDate(date: instant, timeZone: newYork).description == "2025-12-31")
    }

    @Test func descriptionPadsWithZeros() {
        #expect(BusinessDate(year: 2025, month: 1, day: 5)?.description == "2025-01-05")
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        let date = BusinessDate("2024-02-27")!
        #expect(date.adding(days: 0).description == "2024-02-27")
        #expect(date.adding(days: 2).description == "2024-02-29")
        #expect(date.adding(days: 3).description == "2024-03-01")
        #expect(BusinessDate("2026-12-28")!.adding(days: 7).description == "2027-01-04")
        #expect(BusinessDate("2026-03-01")!.adding(days: -1).description == "2026-02-28")
    }
}
