import BankCore
import BranchServices
import Localization
import TerminalUI

/// One loan's instalments from the monitoring list (Enter): each with its due
/// date, principal and interest, what was paid and what is still owed, and
/// whether it is paid, overdue, due today or still to come; the heading gives
/// the outstanding principal, days overdue and penalty owed. Read-only: the
/// list read it all before pushing this screen.
final class LoanMonitoringInstalmentsScreen: CommandScreen {
    enum Action { case move }

    let line: LoanMonitoringLine
    let instalments: [InstalmentBalance]
    let today: BusinessDate
    private var table = Table(columns: [])

    init(line: LoanMonitoringLine, instalments: [InstalmentBalance], today: BusinessDate) {
        self.line = line
        self.instalments = instalments
        self.today = today
        // Start at the oldest instalment not yet paid.
        table.setRows(instalments.map { _ in [] })
        table.select(instalments.firstIndex { !$0.isSettled } ?? 0)
    }

    var capturesText: Bool { false }
    var hasUnsavedWork: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanMonitoringInstalmentsTitle, line.loan.contractNumber) }

    func keyTable(_ session: Session) -> KeyTable<Action> { .withListMoves([], .move, session) }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move: table.handle(key)
        }
        return .handled
    }

    private func state(_ row: InstalmentBalance, _ s: Strings) -> String {
        if row.isSettled { return s(.loanInstalmentSettled) }
        if row.isOverdue(on: today) { return s(.loanInstalmentOverdue) }
        return s(row.dueDate == today ? .loanInstalmentDueToday : .loanInstalmentToCome)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        let heading = s(.loanMonitoringInstalmentsHeading, line.customerName, AmountParser.format(line.loan.outstandingPrincipal),
                        String(line.daysOverdue), AmountParser.format(line.penaltyOwed))
        buffer.write(heading, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: line.daysOverdue > 0 ? .warning : .header)
        table.columns = [
            TableColumn(s(.loanColumnNumber), width: 4, alignment: .right), TableColumn(s(.loanColumnDue), width: 10),
            TableColumn(s(.loanColumnPrincipal), width: 11, alignment: .right),
            TableColumn(s(.loanColumnInterest), width: 10, alignment: .right),
            TableColumn(s(.loanMonitoringColumnPaid), width: 11, alignment: .right),
            TableColumn(s(.loanMonitoringColumnOwed), width: 11, alignment: .right), TableColumn(s(.loanMonitoringColumnState)),
        ]
        table.setRows(instalments.map { row in
            [String(row.number), row.dueDate.description, AmountParser.format(row.principal), AmountParser.format(row.interest),
             AmountParser.format(row.principalPaid + row.interestPaid), AmountParser.format(row.principalOwed + row.interestOwed),
             state(row, s)]
        })
        table.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2))
        return nil
    }
}
