import BankCore
import BranchServices
import Localization
import TerminalUI

/// The schedule preview the customer sees before anything is submitted:
/// every instalment (No., due date, payment, principal, interest, remaining)
/// in a scrollable table, the terms above and the totals below. Opened for
/// submission, its confirm key submits the application with this schedule.
final class LoanScheduleScreen: KeyedScreen {
    /// Submits the application and returns the screen that shows the outcome.
    typealias Submit = (Session) throws(LocalizedMessage) -> any Screen

    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case move, submit }

    let schedule: LoanSchedule
    private let submitAction: Submit?
    private var table = Table(columns: [])

    init(schedule: LoanSchedule, submit: Submit? = nil) {
        self.schedule = schedule
        submitAction = submit
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanDeskScheduleTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        var rows: [KeyBinding<Action>] = []
        if submitAction != nil {
            rows.append(KeyBinding(.submit, keys: [.control("s"), .function(12)], title: s(.loanDeskKeyConfirmSubmit), help: s(.loanDeskKeyConfirmSubmitLong)))
        }
        return .withListMoves(rows, .move, session)
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        dispatch(key, session: session) ?? .ignored
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .submit:
            guard let submitAction else { return .handled }
            do {
                // The draft is no longer one: the desk starts again from the menu with the outcome on top.
                return .navigate(.reset(to: try submitAction(session)))
            } catch {
                session.say(error)
                return .handled
            }
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let money = LoanFigures.money
        let inner = area.inset(1)
        buffer.write(s(.loanSummary, money(schedule.principal), schedule.rate.description, String(schedule.months),
                       session.loanMethodName(schedule.method)),
                     in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        table.columns = [
            TableColumn(s(.loanColumnNumber), width: 4, alignment: .right),
            TableColumn(s(.loanColumnDue), width: 10),
            TableColumn(s(.loanColumnPayment), width: 13, alignment: .right),
            TableColumn(s(.loanColumnPrincipal), width: 13, alignment: .right),
            TableColumn(s(.loanColumnInterest), width: 11, alignment: .right),
            TableColumn(s(.loanColumnRemaining), width: 14, alignment: .right),
            // Room at the right for the table's "row/rows" marker, clear of the last heading.
            TableColumn(""),
        ]
        table.setRows(schedule.instalments.map { row in
            [String(row.number), row.dueDate.description, money(row.payment), money(row.principal), money(row.interest), money(row.remaining)]
        })
        table.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 4))
        buffer.write(s(.loanTotals, money(schedule.totalPayment), money(schedule.principal), money(schedule.totalInterest)),
                     in: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), role: .header)
        return nil
    }
}
