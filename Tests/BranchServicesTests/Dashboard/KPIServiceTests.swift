import BankCore
import BranchServices
import Foundation
import Testing
import TestSupport

/// Known answers for every KPI definition on `KPIDataset` (numbers worked out by hand).
@Suite struct KPIServiceTests {
    func slice(_ slices: [KPISlice], _ key: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> KPIFigures {
        try #require(slices.first { $0.key == key }, "no slice \(key)", sourceLocation: sourceLocation).figures
    }

    @Test func queueFiguresForOneDay() throws {
        let data = try KPIDataset()
        let figures = try data.report(KPIDataset.dayD).overall
        #expect(figures.tickets.issued == 8)
        #expect(figures.tickets.served == 5)
        // Waits 60, 120, 180, 240, 600, 1200: average 2400 / 6; p90 rank ceil(5.4) = 6.
        #expect(figures.averageWaitSeconds == 400)
        #expect(figures.p90WaitSeconds == 1200)
        // Handling of served tickets: 300, 600, 900, 1200, 900.
        #expect(figures.averageHandlingSeconds == 780)
        // One no-show among seven tickets with an outcome (ticket 7 is still waiting).
        #expect(figures.noShowRate == 1.0 / 7.0)
        #expect(figures.tickets.satisfaction == [0, 1, 1, 1, 2])
        #expect(figures.satisfactionAverage == 3.8)
        #expect(figures.satisfactionCount == 5)
    }

    @Test func operationErrorsForOneDay() throws {
        let data = try KPIDataset()
        let figures = try data.report(KPIDataset.dayD).overall
        #expect(figures.operations == OperationFacts(operations: 4, reversals: 1, refusals: 1, drawerVariances: 1))
        #expect(figures.operations?.errors == 3)
        #expect(figures.errorRate == 0.75)
    }

    @Test func complaintFiguresForOneDay() throws {
        let data = try KPIDataset()
        let figures = try data.report(KPIDataset.dayD).overall
        #expect(figures.complaints == ComplaintFacts(received: 3, resolved: 2, onTime: 1))
        #expect(figures.complaintsPerThousandServed == 600)
        #expect(figures.resolutionRate == 2.0 / 3.0)
        #expect(figures.onTimeRate == 0.5)
    }

    @Test func perBusinessType() throws {
        let report = try KPIDataset().report(KPIDataset.dayD)
        // "": complaints not linked to a visit (issue 13), so the slices add up to the total.
        #expect(report.byBusinessType.map(\.key) == ["cash", "accounts", "loans", ""])
        let cash = try slice(report.byBusinessType, "cash")
        #expect(cash.tickets.served == 4)
        #expect(cash.averageWaitSeconds == 390)
        #expect(cash.p90WaitSeconds == 1200)
        #expect(cash.averageHandlingSeconds == 675)
        #expect(cash.noShowRate == 0)
        #expect(cash.satisfactionAverage == 3.5)
        #expect(cash.operations == nil)
        #expect(cash.errorRate == nil)
        #expect(cash.complaintsPerThousandServed == 250)
        let accounts = try slice(report.byBusinessType, "accounts")
        #expect(accounts.averageWaitSeconds == 420)
        #expect(accounts.p90WaitSeconds == 600)
        #expect(accounts.noShowRate == 0.5)
        #expect(accounts.complaintsPerThousandServed == 1000)
        #expect(accounts.resolutionRate == 0)
        #expect(accounts.onTimeRate == nil)
        let loans = try slice(report.byBusinessType, "loans")
        #expect(loans.tickets.issued == 2)
        #expect(loans.averageWaitSeconds == nil)
        #expect(loans.p90WaitSeconds == nil)
        #expect(loans.noShowRate == 0)
        #expect(loans.satisfactionAverage == nil)
        #expect(loans.complaintsPerThousandServed == nil)
    }

    @Test func perCounter() throws {
        let report = try KPIDataset().report(KPIDataset.dayD)
        #expect(report.byCounter.map(\.key) == ["1", "2", ""])
        let one = try slice(report.byCounter, "1")
        #expect(one.tickets.served == 3)
        #expect(one.averageWaitSeconds == 460)
        #expect(one.p90WaitSeconds == 1200)
        #expect(one.averageHandlingSeconds == 600)
        #expect(one.satisfactionAverage == 11.0 / 3.0)
        #expect(one.complaints.received == 1)
        let two = try slice(report.byCounter, "2")
        #expect(two.averageWaitSeconds == 340)
        #expect(two.p90WaitSeconds == 600)
        #expect(two.averageHandlingSeconds == 1050)
        #expect(two.noShowRate == 1.0 / 3.0)
        #expect(two.complaintsPerThousandServed == 500)
        let none = try slice(report.byCounter, "")
        #expect(none.tickets.issued == 1)
        #expect(none.tickets.served == 0)
    }

    @Test func perOperator() throws {
        let report = try KPIDataset().report(KPIDataset.dayD)
        #expect(report.byOperator.map(\.key) == ["li.wei", "zhang.min", ""])
        let teller = try slice(report.byOperator, "li.wei")
        #expect(teller.tickets.served == 3)
        #expect(teller.averageWaitSeconds == 460)
        #expect(teller.p90WaitSeconds == 1200)
        #expect(teller.averageHandlingSeconds == 600)
        // Operations by maker; the reversal counts against the teller whose withdrawal it undid.
        #expect(teller.operations == OperationFacts(operations: 3, reversals: 1, refusals: 1, drawerVariances: 1))
        #expect(teller.errorRate == 1)
        #expect(teller.complaints.received == 1)
        let supervisor = try slice(report.byOperator, "zhang.min")
        #expect(supervisor.averageWaitSeconds == 210)
        #expect(supervisor.p90WaitSeconds == 240)
        #expect(supervisor.operations == OperationFacts(operations: 1))
        #expect(supervisor.errorRate == 0)
        #expect(supervisor.complaintsPerThousandServed == 500)
        let nobody = try slice(report.byOperator, "")
        #expect(nobody.tickets.issued == 3)
        #expect(nobody.averageWaitSeconds == 600)
        #expect(nobody.noShowRate == 0.5)
        #expect(nobody.complaints == ComplaintFacts(received: 1, resolved: 1, onTime: 0))
        #expect(nobody.complaintsPerThousandServed == nil)
        #expect(nobody.onTimeRate == 0)
    }

    @Test func emptyPeriodHasNoDataRatherThanZero() throws {
        let data = try KPIDataset()
        let report = try data.report(KPIPeriod.day(BusinessDate("2026-03-12")!, timeZone: KPIDataset.utc))
        let figures = report.overall
        #expect(figures.tickets == TicketFacts())
        #expect(figures.operations == OperationFacts())
        #expect(figures.complaints == ComplaintFacts())
        for figure in KPIFigure.allCases where figure.kind != .count {
            #expect(figures.value(figure) == nil, "\(figure)")
        }
        #expect(report.byBusinessType.isEmpty && report.byCounter.isEmpty && report.byOperator.isEmpty)
        #expect(report.series.count == 1)
        #expect(report.series[0].served == 0 && report.series[0].averageWaitSeconds == nil)
        // And on a branch with no history at all.
        let empty = try KPIDataset(populated: false).report(KPIDataset.dayD)
        #expect(empty.overall.value(.errorRate) == nil)
        #expect(empty.overall.value(.ticketsServed) == 0)
    }

    @Test func periodCrossingMidnight() throws {
        let data = try KPIDataset()
        let start = Date(timeIntervalSince1970: Double(KPIDataset.at(22)) / 1000)
        let period = try #require(KPIPeriod(start: start, end: start.addingTimeInterval(4 * 3600), timeZone: KPIDataset.utc))
        let report = try data.report(period)
        // Tickets 8 (23:30) and 9 (00:30 next day).
        #expect(report.overall.tickets.issued == 2)
        #expect(report.overall.tickets.served == 2)
        #expect(report.overall.averageWaitSeconds == 750)
        #expect(report.overall.p90WaitSeconds == 1200)
        #expect(report.overall.averageHandlingSeconds == 750)
        #expect(report.overall.operations == OperationFacts())
        #expect(report.bucketSize == .day)
        #expect(report.series.map(\.served) == [1, 1])
        #expect(report.series.map(\.averageWaitSeconds) == [1200, 300])
        #expect(report.series.map(\.bucket.end) == [Date(timeIntervalSince1970: Double(KPIDataset.at(0, day: 1)) / 1000), period.end])
    }

    @Test func businessDayFollowsTheInjectedTimeZone() throws {
        let data = try KPIDataset()
        // Shanghai's 2 March runs from 1 March 16:00 to 2 March 16:00 UTC: tickets 10 and 1–7.
        let shanghai = try data.report(KPIPeriod.day(KPIDataset.day, timeZone: TimeZone(identifier: "Asia/Shanghai")!))
        #expect(shanghai.overall.tickets.issued == 8)
        #expect(shanghai.overall.tickets.served == 5)
        #expect(shanghai.overall.p90WaitSeconds == 600)
    }

    @Test func comparisonOfTwoDays() throws {
        let data = try KPIDataset()
        let comparison = try KPIService(data.context).compare(KPIDataset.dayD.previous, with: KPIDataset.dayD, by: nil)
        #expect(comparison.before.period == KPIPeriod.day(BusinessDate("2026-03-01")!, timeZone: KPIDataset.utc))
        let changes = Dictionary(uniqueKeysWithValues: comparison.changes.map { ($0.figure, $0) })
        let served = try #require(changes[.ticketsServed])
        #expect(served.before == 1 && served.after == 5 && served.absolute == 4 && served.relative == 4)
        let wait = try #require(changes[.averageWait])
        #expect(wait.before == 60 && wait.after == 400 && wait.absolute == 340)
        #expect(wait.relative == 340.0 / 60.0)
        let errorRate = try #require(changes[.errorRate])
        // D−1: one deposit and one drawer variance; D: 3 errors in 4 operations. Shares change in points only.
        #expect(errorRate.before == 1 && errorRate.after == 0.75 && errorRate.absolute == -0.25 && errorRate.relative == nil)
        let complaints = try #require(changes[.complaintsReceived])
        #expect(complaints.absolute == 2 && complaints.relative == 2)
        let resolution = try #require(changes[.resolutionRate])
        #expect(resolution.before == 0 && resolution.after == 2.0 / 3.0)
        let onTime = try #require(changes[.onTimeRate])
        #expect(onTime.before == nil && onTime.absolute == nil && onTime.relative == nil)
    }

    @Test func dashboardNeedsThePermission() throws {
        let data = try KPIDataset()
        let refused = failure { try KPIService(data.context).report(for: KPIDataset.dayD, by: data.branch.teller) }
        #expect(refused?.key == .errorForbidden)
        #expect(try KPIService(data.context).report(for: KPIDataset.dayD, by: data.branch.supervisor).overall.tickets.served == 5)
    }
}
