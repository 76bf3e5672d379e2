import BankCore
import Testing

/// Known answers for loan schedules, and the properties every schedule keeps.
/// The expected figures come from an independent calculation (Python's
/// `decimal` at 60 digits, the README's rounding rules); the 12-month case is
/// the public example of the issue and of Chinese bank calculators.
@Suite struct LoanScheduleTests {
    static let start = BusinessDate("2026-01-15")!

    struct Case: Sendable, CustomTestStringConvertible {
        var principal: Int64, percent: String, months: Int, method: RepaymentMethod
        var first: Int64, last: Int64, totalInterest: Int64, second: Int64
        var testDescription: String { "\(principal) at \(percent)% over \(months) months, \(method.rawValue)" }
    }

    static let cases: [Case] = [
        Case(principal: 12_000_000, percent: "6", months: 12, method: .equalInstalment,
             first: 1_032_797, last: 1_032_799, totalInterest: 393_566, second: 1_032_797),
        Case(principal: 12_000_000, percent: "6", months: 12, method: .equalPrincipal,
             first: 1_060_000, last: 1_005_000, totalInterest: 390_000, second: 1_055_000),
        // A 30-year mortgage of CNY 1,000,000.00 at 4.9%: the familiar 5,307.27 a month.
        Case(principal: 100_000_000, percent: "4.9", months: 360, method: .equalInstalment,
             first: 530_727, last: 530_519, totalInterest: 91_061_512, second: 530_727),
        Case(principal: 100_000_000, percent: "4.9", months: 360, method: .equalPrincipal,
             first: 686_110, last: 279_192, totalInterest: 73_704_371, second: 684_976),
        Case(principal: 50_000_000, percent: "3.85", months: 240, method: .equalInstalment,
             first: 299_053, last: 298_972, totalInterest: 21_772_639, second: 299_053),
        Case(principal: 1_000_000, percent: "0", months: 7, method: .equalInstalment,
             first: 142_857, last: 142_858, totalInterest: 0, second: 142_857),
        Case(principal: 3_000_000, percent: "5.5", months: 6, method: .interestOnly,
             first: 13_750, last: 3_013_750, totalInterest: 82_500, second: 13_750),
        Case(principal: 1_000_001, percent: "4.35", months: 36, method: .equalPrincipal,
             first: 31_402, last: 27_907, totalInterest: 67_064, second: 31_301),
    ]

    @Test(arguments: cases)
    func knownAnswers(_ c: Case) throws {
        let schedule = LoanSchedule(principal: c.principal, rate: try #require(AnnualRate(percent: c.percent)),
                                    months: c.months, method: c.method, start: Self.start)
        #expect(schedule.instalments.count == c.months)
        #expect(schedule.instalments.first?.payment == c.first)
        #expect(schedule.instalments[1].payment == c.second)
        #expect(schedule.instalments.last?.payment == c.last)
        #expect(schedule.totalInterest == c.totalInterest)
        #expect(schedule.totalPayment == c.principal + c.totalInterest)
    }

    @Test(arguments: cases)
    func principalSumsExactlyAndTheLastInstalmentClosesTheLoan(_ c: Case) throws {
        let schedule = LoanSchedule(principal: c.principal, rate: try #require(AnnualRate(percent: c.percent)),
                                    months: c.months, method: c.method, start: Self.start)
        #expect(schedule.instalments.reduce(0) { $0 + $1.principal } == c.principal)
        #expect(schedule.instalments.last?.remaining == 0)
        var outstanding = c.principal
        for row in schedule.instalments {
            #expect(row.principal >= 0 && row.interest >= 0 && row.remaining >= 0)
            #expect(row.interest == schedule.rate.monthlyInterest(on: outstanding), "instalment \(row.number)")
            outstanding -= row.principal
            #expect(row.remaining == outstanding)
        }
    }

    @Test func thePublicExampleOfTheIssue() throws {
        let rate = try #require(AnnualRate(percent: "6"))
        #expect(LoanSchedule.annuityPayment(principal: 12_000_000, rate: rate, months: 12) == 1_032_797)  // 10,327.97
        let equalPrincipal = LoanSchedule(principal: 12_000_000, rate: rate, months: 12, method: .equalPrincipal, start: Self.start)
        #expect(equalPrincipal.instalments.first?.payment == 1_060_000)  // 10,600.00
        #expect(equalPrincipal.instalments.last?.payment == 1_005_000)   // 10,050.00
        #expect(equalPrincipal.totalInterest == 390_000)                 // 3,900.00
    }

    @Test func dueDatesKeepTheDayAndFallBackToMonthEnds() {
        let start = BusinessDate("2027-01-31")!
        let schedule = LoanSchedule(principal: 600_000, rate: AnnualRate(percent: "6")!, months: 14, method: .equalPrincipal, start: start)
        let dates = schedule.instalments.map(\.dueDate.description)
        #expect(Array(dates.prefix(4)) == ["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"])
        #expect(dates[11] == "2028-01-31")
        #expect(dates[12] == "2028-02-29")  // leap year
        #expect(dates[13] == "2028-03-31")
        #expect(BusinessDate("2026-11-30")!.adding(months: 3).description == "2027-02-28")
        #expect(BusinessDate("2026-12-15")!.adding(months: 1).description == "2027-01-15")
    }

    @Test func ratesParseStrictlyAndRoundHalfUp() {
        #expect(AnnualRate(percent: "6")?.partsPerMillion == 60_000)
        #expect(AnnualRate(percent: "4.35")?.partsPerMillion == 43_500)
        #expect(AnnualRate(percent: "3.8500")?.description == "3.85")
        #expect(AnnualRate(percent: "100")?.partsPerMillion == 1_000_000)
        for bad in ["", "6.", ".5", "-1", "101", "4.12345", "abc", "6%", " 6", "1e2", "６"] {
            #expect(AnnualRate(percent: bad) == nil, "\(bad)")
        }
        let rate = AnnualRate(percent: "6")!
        #expect(rate.monthlyInterest(on: 100) == 1)   // 0.5 fen rounds up
        #expect(rate.monthlyInterest(on: 99) == 0)    // 0.495 fen rounds down
        #expect(rate.dailyInterest(on: 3_600_000, days: 1) == 600)
    }
}
