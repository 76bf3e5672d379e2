import BankCore
import BranchServices
import Localization
import TerminalUI

/// The branch's loan application drafts not yet submitted, newest first;
/// Enter continues the highlighted one with every value as it was saved.
final class LoanDraftsScreen: CommandScreen {
    private var drafts: [LoanApplication] = []
    private var names: [Int64: String] = [:]
    private var table = Table(columns: [])
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) { reloadIfChanged(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanDeskDraftsTitle) }

    func reloadIfChanged(_ session: Session) {
        session.reread(&refresh, into: &drafts) { actor throws(LocalizedMessage) in try LoanApplicationService(session.context).drafts(by: actor) }
        for id in Set(drafts.map(\.customerID)) where names[id] == nil { names[id] = LoanDeskData.customerName(id, session) }
    }

    func keyTable(_ session: Session) -> KeyTable<LoanListAction> { .openList(.loanDeskKeyContinue, .loanDeskKeyContinueLong, session) }

    func perform(_ action: LoanListAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .open:
            guard drafts.indices.contains(table.selected),
                  let screen = LoanApplicationScreen.continuing(session: session, applicationID: drafts[table.selected].id) else { return .handled }
            return .navigate(.push(screen))
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [
            TableColumn(s(.loanDeskColApplication), width: 16),
            TableColumn(s(.loanDeskColCustomer)),
            TableColumn(s(.loanDeskColProduct), width: 12),
            TableColumn(s(.loanDeskColAmount), width: 16, alignment: .right),
            TableColumn(s(.loanDeskColMonths), width: 6, alignment: .right),
        ]
        table.emptyMessage = s(.loanDeskDraftsEmpty)
        table.setRows(drafts.map { draft in
            [draft.number, names[draft.customerID] ?? "", draft.productCode, LoanFigures.money(draft.amount), String(draft.months)]
        })
        table.render(into: &buffer, at: area.inset(1))
        return nil
    }
}
