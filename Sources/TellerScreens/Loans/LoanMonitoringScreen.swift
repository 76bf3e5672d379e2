import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The supervisors' loans list (issue 15): at the top what is due today,
/// the loans in each overdue bucket and each grade of the five-grade
/// classification with its outstanding principal; below, every active loan
/// (contract, masked customer, outstanding, due today, days overdue, bucket,
/// grade). `b` and `g` narrow the list to one bucket or one grade after
/// another, `a` shows all again; Enter shows the chosen loan's instalments.
/// The service refuses anyone who is not a supervisor (or dashboard reader),
/// so this screen is not the only guard. The list re-reads when another
/// terminal commits (a repayment, a day end).
final class LoanMonitoringScreen: CommandScreen {
    enum Action { case open, bucket, grade, all, move }

    /// Which loans the list shows.
    enum Filter: Equatable {
        case all
        case bucket(OverdueBucket)
        case grade(LoanGrade)

        var bucket: OverdueBucket? { if case .bucket(let value) = self { value } else { nil } }
        var grade: LoanGrade? { if case .grade(let value) = self { value } else { nil } }
    }

    /// The choice after `current` in `all`: the first when none is chosen, nil after the last (all loans again).
    static func next<T: Equatable>(after current: T?, in all: [T]) -> T? {
        guard let current, let index = all.firstIndex(of: current) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }

    private(set) var portfolio: LoanPortfolio?
    private(set) var filter: Filter = .all
    private var table = Table(columns: [])
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) {
        reload(session)
    }

    var capturesText: Bool { false }
    var hasUnsavedWork: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanMonitoringTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return .withListMoves([
            KeyBinding(.open, keys: [.enter], title: s(.loanMonitoringOpenKey), help: s(.loanMonitoringOpenKeyLong)),
            KeyBinding(.bucket, keys: [.character("b")], title: s(.loanMonitoringBucketKey), help: s(.loanMonitoringBucketKeyLong)),
            KeyBinding(.grade, keys: [.character("g")], title: s(.loanMonitoringGradeKey), help: s(.loanMonitoringGradeKeyLong)),
            KeyBinding(.all, keys: [.character("a")], title: s(.loanMonitoringAllKey), help: s(.loanMonitoringAllKeyLong)),
        ], .move, session)
    }

    /// The loans the filter lets through, in the service's order.
    var shown: [LoanMonitoringLine] {
        (portfolio?.lines ?? []).filter { line in
            switch filter {
            case .all: true
            case .bucket(let bucket): line.bucket == bucket
            case .grade(let grade): line.grade == grade
            }
        }
    }

    func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            portfolio = try LoanMonitoringService(session.context).portfolio(by: actor)
        } catch {
            portfolio = nil
            session.say(error)
        }
    }

    func reloadIfChanged(_ session: Session) {
        if refresh.isDue(session.context, now: session.context.clock.now()) { reload(session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
        case .open:
            let lines = shown
            guard lines.indices.contains(table.selected), let actor = session.signedIn else { return .handled }
            let line = lines[table.selected]
            do {
                let rows = try LoanMonitoringService(session.context).instalments(loanID: line.loan.id, by: actor)
                return .navigate(.push(LoanMonitoringInstalmentsScreen(line: line, instalments: rows,
                                                                       today: portfolio?.businessDate ?? line.loan.startDate)))
            } catch {
                session.say(error)
            }
        case .bucket:
            filter = Self.next(after: filter.bucket, in: OverdueBucket.allCases).map(Filter.bucket) ?? .all
            table.select(0)
        case .grade:
            filter = Self.next(after: filter.grade, in: LoanGrade.allCases).map(Filter.grade) ?? .all
            table.select(0)
        case .all:
            filter = .all
            table.select(0)
        }
        return .handled
    }

    private func filterName(_ session: Session) -> String {
        switch filter {
        case .all: session.strings(.loanMonitoringAll)
        case .bucket(let bucket): session.loanBucketName(bucket)
        case .grade(let grade): session.loanGradeName(grade)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        guard let portfolio else { return nil }
        LoanMonitoringSummary.render(portfolio, into: &buffer, at: inner, session: session)
        let showing = s(.loanMonitoringShowing, filterName(session))
        buffer.write(showing, x: inner.maxX - DisplayWidth.of(showing), y: inner.y, role: .dim)
        table.columns = [
            TableColumn(s(.loanMonitoringColumnContract), width: 14), TableColumn(s(.loanMonitoringColumnCustomer), width: 9),
            TableColumn(s(.loanMonitoringColumnOutstanding), width: 12, alignment: .right),
            TableColumn(s(.loanMonitoringColumnDueToday), width: 10, alignment: .right),
            TableColumn(s(.loanMonitoringColumnDays), width: 5, alignment: .right), TableColumn(s(.loanMonitoringColumnBucket), width: 7),
            TableColumn(s(.loanMonitoringColumnGrade)),
        ]
        table.emptyMessage = s(filter == .all ? .loanMonitoringNone : .loanMonitoringNoneFiltered)
        table.setRows(shown.map { line in
            [line.loan.contractNumber, line.customerName, AmountParser.format(line.loan.outstandingPrincipal),
             line.dueToday > 0 ? AmountParser.format(line.dueToday) : "", String(line.daysOverdue),
             line.bucket.map(session.loanBucketName) ?? "", session.loanGradeName(line.grade)]
        })
        let top = inner.y + LoanMonitoringSummary.height + 1
        table.render(into: &buffer, at: Rect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top))
        return nil
    }
}
