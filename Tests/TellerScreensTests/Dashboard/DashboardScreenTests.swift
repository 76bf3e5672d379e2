import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The supervisor's KPI dashboard on the demo branch (a week of queue history before the fixed instant):
/// the screen shows exactly what `KPIService` computes, for each period, view and comparison.
@Suite struct DashboardScreenTests {
    func openDashboard(language: Language = .english) throws -> Workstation {
        let w = try Workstation(language: language)
        try w.signIn(as: "super")
        try w.open(.dashboard)
        return w
    }

    func report(_ w: Workstation, _ period: KPIPeriod) throws -> KPIReport {
        try KPIService(w.context).report(for: period, by: nil)
    }

    func expectFigure(_ w: Workstation, _ figure: KPIFigure, _ report: KPIReport, sourceLocation: SourceLocation = #_sourceLocation) {
        let label = KPILabels.name(figure, w.session.strings)
        let text = figure.format(report.overall.value(figure))
        let shown = w.lines.contains { line in
            guard let range = line.range(of: label) else { return false }
            return line[range.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix(text)
        }
        #expect(shown, "\(label) should read \(text)\n\(w.screen)", sourceLocation: sourceLocation)
    }

    @Test func opensOnTodayWithTheServiceFigures() throws {
        let w = try openDashboard()
        #expect(w.title == "KPI dashboard")
        let today = KPIPeriod.today(w.clock.now())
        #expect(w.lines[2].contains("Period \(today.label)"))
        let expected = try report(w, today)
        #expect(expected.overall.tickets.issued == 5) // the demo's waiting customers
        for figure in KPIFigure.allCases where DashboardScreen.overviewPairs.contains(where: { $0.0 == figure || $0.1 == figure }) {
            expectFigure(w, figure, expected)
        }
        #expect(w.screen.contains("1 Overview"))
        #expect(w.footer.contains("m Month"))
    }

    @Test func monthAndYearShowTheWeekOfHistory() throws {
        let w = try openDashboard()
        w.press(.character("y"))
        let year = try report(w, KPIPeriod.thisYear(w.clock.now()))
        #expect(year.overall.tickets.served == 140) // 7 days × 5 types × 4 tickets
        #expect(w.lines[2].contains("Period \(year.period.label)"))
        for figure in [KPIFigure.ticketsServed, .averageWait, .p90Wait, .averageHandling, .satisfactionAverage, .operations] {
            expectFigure(w, figure, year)
        }
        #expect(w.screen.contains(Sparkline.line(year.series.map { Double($0.served) }, width: 40)))
        w.press(.character("m"))
        let month = try report(w, KPIPeriod.thisMonth(w.clock.now()))
        expectFigure(w, .ticketsServed, month)
        expectFigure(w, .p90Wait, month)
        w.press(.character("d"))
        #expect(w.lines[2].contains("Period \(KPIPeriod.today(w.clock.now()).label)"))
    }

    @Test func breakdownsByTypeCounterAndOperator() throws {
        let w = try openDashboard()
        w.press(.character("y"))
        let year = try report(w, KPIPeriod.thisYear(w.clock.now()))
        w.press(.character("2"))
        #expect(w.screen.contains("Type"))
        for slice in year.byBusinessType {
            let name = KPILabels.key(slice.key, dimension: .businessType, w.session.strings)
            let row = try #require(w.lines.first { $0.hasPrefix(" " + name.prefix(13)) }, "\(name)\n\(w.screen)")
            #expect(row.contains(KPIFigure.p90Wait.format(slice.figures.p90WaitSeconds)))
            #expect(row.contains("█"))
        }
        w.press(.tab)
        #expect(w.screen.contains("Counter"))
        for slice in year.byCounter where !slice.key.isEmpty {
            #expect(w.lines.contains { $0.hasPrefix(" " + slice.key + " ") && $0.contains(String(slice.figures.tickets.served)) })
        }
        w.press(.tab)
        // The demo history is served by teller (counters 1 and 2) and teller2 (counters 3 and 4).
        let teller = try #require(year.byOperator.first { $0.key == "teller" })
        #expect(teller.figures.tickets.served == 56)
        let row = try #require(w.lines.first { $0.hasPrefix(" teller ") })
        #expect(row.contains(" 56 ") && row.contains(KPIFigure.averageWait.format(teller.figures.averageWaitSeconds)))
        #expect(w.screen.contains("Operations"))
        w.press(.backTab, .backTab, .backTab)
        #expect(w.screen.contains("Tickets issued"))
    }

    @Test func comparisonOfThisMonthWithLastMonth() throws {
        let w = try openDashboard()
        w.press(.character("m"), .character("5"))
        let month = KPIPeriod.thisMonth(w.clock.now())
        let comparison = try KPIService(w.context).compare(month, with: month.previous, by: nil)
        #expect(w.screen.contains("A (before) = \(month.previous.label)"))
        #expect(w.screen.contains("B (after) = \(month.label)   change = B - A"))
        for change in comparison.changes.prefix(8) {
            let label = KPILabels.name(change.figure, w.session.strings)
            let row = try #require(w.lines.first { $0.hasPrefix(" " + label + " ") }, "\(label)\n\(w.screen)")
            let cells = row.split(separator: " ", omittingEmptySubsequences: true).suffix(4).map(String.init)
            #expect(cells == [change.figure.format(change.before), change.figure.format(change.after),
                              change.figure.formatChange(change.absolute, points: "pp"),
                              change.relative.map { String(format: "%+.1f%%", $0 * 100) } ?? "-"], "\(label)")
        }
        let served = try #require(comparison.changes.first { $0.figure == .ticketsServed })
        #expect((served.before ?? 0) + (served.after ?? 0) == 140)
    }

    @Test func customDatesAndComparisonPeriod() throws {
        let w = try openDashboard()
        w.press(.character("r"))
        #expect(w.session.message == nil)
        // Clear the prefilled dates and enter a bad one.
        func fill(_ text: String) {
            for _ in 0..<10 { w.press(.backspace) }
            w.type(text)
        }
        fill("2026-02-30")
        w.press(.tab)
        fill("2026-03-01")
        w.press(.control("s"))
        #expect(w.screen.contains("From: Write the date as YYYY-MM-DD"))
        // The form focuses the first problem.
        fill("2026-03-02")
        w.press(.control("s"))
        #expect(w.screen.contains("To: The end date is before the start date"))
        // The refused field takes the focus: go back to From.
        w.press(.backTab)
        fill("2026-02-23")
        w.press(.tab, .tab)
        w.type("2026-02-16")
        w.press(.control("s"))
        #expect(w.screen.contains("Compare to: Give both compare dates"))
        w.type("2026-02-22")
        w.press(.control("s"))
        #expect(w.lines[2].contains("Period 2026-02-23..2026-03-01"))
        let week = try #require(KPIPeriod.dates(from: BusinessDate("2026-02-23")!, to: BusinessDate("2026-03-01")!))
        expectFigure(w, .ticketsServed, try report(w, week))
        w.press(.character("5"))
        #expect(w.screen.contains("A (before) = 2026-02-16..2026-02-22"))
        #expect(w.screen.contains("B (after) = 2026-02-23..2026-03-01   change = B - A"))
        // Escape leaves a half-filled form without changing the period.
        w.press(.character("r"), .escape)
        #expect(w.lines[2].contains("Period 2026-02-23..2026-03-01"))
        w.press(.escape)
        #expect(w.title == "Main menu")
    }

    /// Issue 13: A and B go by date, not by which dates were typed first, and the legend is never cut.
    @Test func aComparisonPeriodAfterThePeriodIsB() throws {
        let w = try openDashboard()
        w.press(.character("r"))
        func fill(_ text: String) {
            for _ in 0..<10 { w.press(.backspace) }
            w.type(text)
        }
        fill("2026-02-16")
        w.press(.tab)
        fill("2026-02-22")
        w.press(.tab)
        w.type("2026-02-23")
        w.press(.tab)
        w.type("2026-03-01")
        w.press(.control("s"))
        #expect(w.lines[2].contains("Period 2026-02-16..2026-02-22"))
        w.press(.character("5"))
        #expect(w.screen.contains("A (before) = 2026-02-16..2026-02-22"))
        #expect(w.screen.contains("B (after) = 2026-02-23..2026-03-01   change = B - A"))
        let week = try #require(KPIPeriod.dates(from: BusinessDate("2026-02-16")!, to: BusinessDate("2026-02-22")!))
        let later = try #require(KPIPeriod.dates(from: BusinessDate("2026-02-23")!, to: BusinessDate("2026-03-01")!))
        let served = try #require(w.lines.first { $0.hasPrefix(" Tickets served ") })
        let cells = served.split(separator: " ", omittingEmptySubsequences: true).suffix(4).map(String.init)
        #expect(cells.first == KPIFigure.ticketsServed.format(try report(w, week).overall.value(.ticketsServed)))
        #expect(cells.dropFirst().first == KPIFigure.ticketsServed.format(try report(w, later).overall.value(.ticketsServed)))
        // Back on the overview, the figures are still the chosen period's own.
        w.press(.character("1"))
        expectFigure(w, .ticketsServed, try report(w, week))
    }

    @Test func chineseAndOnlyForTheDashboardPermission() throws {
        let w = try openDashboard(language: .chinese)
        #expect(w.title == "运营指标看板")
        w.press(.character("y"))
        #expect(w.screen.contains("办结笔数"))
        w.press(.character("5"))
        #expect(w.screen.contains("之前"))
        for width in w.lines.map(DisplayWidth.of) { #expect(width <= 80) }
        let teller = try Workstation()
        try teller.signIn(as: "teller")
        #expect(!teller.screen.contains("KPI dashboard"))
        #expect(throws: LocalizedMessage.self) {
            try KPIService(teller.context).report(for: KPIPeriod.today(teller.clock.now()), by: teller.session.signedIn!)
        }
    }
}
