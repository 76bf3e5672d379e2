import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The supervisor's KPI dashboard: every figure for today, this month, this
/// year or any dates, with sparklines and bars; per business type, counter
/// and operator; and a before/after comparison of two periods. The numbers
/// come from `KPIService`, the same as `teller report`.
final class DashboardScreen: KeyedScreen {
    /// Its form is a search (dates, an account), not work to lose: leaving never asks.
    var hasUnsavedWork: Bool { false }

    /// The five views, in Tab order (also keys 1 to 5).
    enum View: Int, CaseIterable {
        case overview, businessType, counter, `operator`, compare
    }

    /// `form`: a key for the open dates form; `step`: the view so many places on in Tab order; `move`: the breakdown's highlight.
    enum Action: Hashable, Sendable { case form, today, month, year, range, step(Int), show(View), move }

    private(set) var view: View = .overview
    private(set) var period: KPIPeriod
    /// The period compared with; nil means the period just before `period`. A and B go by date.
    private(set) var customBefore: KPIPeriod?
    private(set) var report: KPIReport? { didSet { breakdownRows = [:] } }
    /// The breakdown tables' formatted rows by view, language and bar width, kept until the report
    /// changes: formatting every figure again was most of the cost of a keystroke.
    var breakdownRows: [String: [[String]]] = [:]
    private(set) var comparison: KPIComparison?
    private var rangeForm: DashboardRangeForm?
    var table = Table(columns: [])
    let timeZone: TimeZone

    init(session: Session, timeZone: TimeZone = .current) {
        self.timeZone = timeZone
        period = KPIPeriod.today(session.context.clock.now(), timeZone: timeZone)
        load(session)
    }

    var capturesText: Bool { rangeForm != nil }

    func title(_ session: Session) -> String { session.strings(.dashboardTitle) }

    /// The dates form's keys while it is open; otherwise the periods, the views and (in a breakdown) the list's moves.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        if rangeForm != nil { return .formKeys(session, .form) }
        let s = session.strings
        let rows = [
            KeyBinding(Action.today, keys: [.character("d")], title: s(.dashboardToday), help: s(.dashboardTodayLong)),
            KeyBinding(.month, keys: [.character("m")], title: s(.dashboardMonth), help: s(.dashboardMonthLong)),
            KeyBinding(.year, keys: [.character("y")], title: s(.dashboardYear), help: s(.dashboardYearLong)),
            KeyBinding(.range, keys: [.character("r")], title: s(.dashboardRange), help: s(.dashboardRangeLong)),
            KeyBinding(.step(1), keys: [.tab], title: s(.dashboardNextView), help: s(.dashboardNextViewLong)),
            KeyBinding(.step(-1), keys: [.backTab], title: s(.dashboardNextView), help: s(.dashboardNextViewLong), inFooter: false),
        ] + View.allCases.map { view in
            KeyBinding(.show(view), keys: [.character(Character(String(view.rawValue + 1)))], title: viewName(view, s), inFooter: false)
        }
        return view == .overview ? KeyTable(rows) : .withListMoves(rows, .move, session)
    }

    func viewName(_ view: View, _ s: Strings) -> String {
        switch view {
        case .overview: return s(.dashboardViewOverview)
        case .businessType: return s(.dashboardViewType)
        case .counter: return s(.dashboardViewCounter)
        case .operator: return s(.dashboardViewOperator)
        case .compare: return s(.dashboardViewCompare)
        }
    }

    /// The period compared with, in force.
    var beforePeriod: KPIPeriod { customBefore ?? period.previous }

    private func load(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            let service = KPIService(session.context)
            if view == .compare {
                // A and B go by date; the period's own report is whichever of the two it is.
                let pair = try service.compare(period, with: beforePeriod, by: actor)
                comparison = pair
                report = pair.after.period == period ? pair.after : pair.before
            } else {
                report = try service.report(for: period, by: actor)
                comparison = nil
            }
        } catch {
            session.say(error)
        }
    }

    private func choose(_ newPeriod: KPIPeriod, before: KPIPeriod?, session: Session) {
        period = newPeriod
        customBefore = before
        table.select(0)
        load(session)
    }

    private func show(_ newView: View, session: Session) {
        guard newView != view else { return }
        view = newView
        table.select(0)
        // The comparison's "after" report is the period's own report, so leaving it needs no reload.
        if view == .compare { load(session) } else { comparison = nil }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        // The form's Esc closes the dates form rather than leaving the dashboard.
        if key == .escape, rangeForm != nil {
            rangeForm = nil
            return .handled
        }
        return route(key, session: session) {
            guard rangeForm != nil else { return .ignored }
            chooseDates(key, session)
            return .handled
        }
    }

    /// Hands a key to the dates form; valid dates show their period.
    private func chooseDates(_ key: Key, _ session: Session) {
        guard var form = rangeForm else { return }
        let chosen = form.handle(key, timeZone: timeZone, strings: session.strings)
        rangeForm = form
        if let (newPeriod, before) = chosen {
            rangeForm = nil
            choose(newPeriod, before: before, session: session)
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        let now = session.context.clock.now()
        switch action {
        case .form: chooseDates(key, session)
        case .move: table.handle(key)
        case .today: choose(KPIPeriod.today(now, timeZone: timeZone), before: nil, session: session)
        case .month: choose(KPIPeriod.thisMonth(now, timeZone: timeZone), before: nil, session: session)
        case .year: choose(KPIPeriod.thisYear(now, timeZone: timeZone), before: nil, session: session)
        case .range: rangeForm = DashboardRangeForm(period: period)
        case .step(let step):
            let count = View.allCases.count
            show(View(rawValue: (view.rawValue + count + step) % count) ?? .overview, session: session)
        case .show(let chosen): show(chosen, session: session)
        }
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        func line(_ row: Int) -> Rect { Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1) }
        buffer.write(s(.dashboardPeriod, period.label, KPIReportFormat.localTime(period.start, timeZone),
                       KPIReportFormat.localTime(period.end, timeZone)), in: line(0), role: .header)
        drawTabs(into: &buffer, at: line(1), s)
        let body = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if var form = rangeForm {
            let cursor = form.render(into: &buffer, at: Rect(x: body.x, y: body.y, width: body.width, height: form.height),
                                     session: session)
            rangeForm = form
            return cursor
        }
        guard let report else { return nil }
        switch view {
        case .overview: drawOverview(report, into: &buffer, at: body, s)
        case .businessType: drawBreakdown(report.byBusinessType, .businessType, into: &buffer, at: body, s)
        case .counter: drawBreakdown(report.byCounter, .counter, into: &buffer, at: body, s)
        case .operator: drawBreakdown(report.byOperator, .operator, into: &buffer, at: body, s)
        case .compare: if let comparison { drawComparison(comparison, into: &buffer, at: body, s) }
        }
        return nil
    }

    private func drawTabs(into buffer: inout CellBuffer, at rect: Rect, _ s: Strings) {
        var x = rect.x
        for candidate in View.allCases {
            let text = " \(candidate.rawValue + 1) \(viewName(candidate, s)) "
            guard x + DisplayWidth.of(text) <= rect.maxX else { break }
            x += buffer.write(text, x: x, y: rect.y, role: candidate == view ? .selection : .dim) + 1
        }
    }
}
