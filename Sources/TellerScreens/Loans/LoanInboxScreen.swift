import BankCore
import BranchServices
import Localization
import TerminalUI

/// The approvers' inbox: applications waiting for a decision, oldest first
/// (number, customer, product, amount, months, recommendation, approvals so
/// far of those needed); Enter opens one to decide.
final class LoanInboxScreen: CommandScreen {
    private(set) var items: [LoanApprovalItem] = []
    private var table = Table(columns: [])
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) { reloadIfChanged(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanDeskHubInbox) }

    func reloadIfChanged(_ session: Session) {
        session.reread(&refresh, into: &items) { actor throws(LocalizedMessage) in try LoanApprovalService(session.context).inbox(by: actor) }
    }

    func keyTable(_ session: Session) -> KeyTable<LoanListAction> { .openList(.loanDeskKeyOpen, .loanDeskKeyOpenLong, session) }

    func perform(_ action: LoanListAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .open:
            guard items.indices.contains(table.selected) else { return .handled }
            return .navigate(.push(LoanDecisionScreen(session: session, item: items[table.selected])))
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [
            TableColumn(s(.loanDeskColApplication), width: 14),
            TableColumn(s(.loanDeskColCustomer)),
            TableColumn(s(.loanDeskColProduct), width: 10),
            TableColumn(s(.loanDeskColAmount), width: 13, alignment: .right),  // to 99,999,999.99, and room for the name
            TableColumn(s(.loanDeskColMonths), width: 6, alignment: .right),
            TableColumn(s(.loanDeskColRecommendation), width: 7),
            TableColumn(s(.loanDeskColApprovals), width: 9, alignment: .right),
        ]
        table.emptyMessage = s(.loanDeskInboxEmpty)
        table.setRows(items.map { item in
            let application = item.application
            let approvals = item.decisions.filter { $0.decision == .approve }.count
            return [application.number, item.customerName, application.productCode, LoanFigures.money(application.amount),
                    String(application.months), application.recommendation.map(session.recommendationName) ?? "",
                    "\(approvals)/\(application.approvalsNeeded)"]
        })
        table.render(into: &buffer, at: area.inset(1))
        return nil
    }
}
