import BankCore
import BranchServices
import Localization
import TerminalUI

/// The loan products, for administrators: every product (inactive ones too)
/// with its amount range, term and rate; Enter edits the highlighted one
/// (saved as a new version, so signed loans never change), N defines a new one.
final class LoanProductsScreen: CommandScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case edit, add, move }

    private(set) var products: [LoanProduct] = []
    private var table = Table(columns: [])

    init(session: Session) { reload(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.menuLoanProducts) }

    private func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            products = try LoanProductService(session.context).products(includeInactive: true, by: actor)
        } catch {
            session.say(error)
        }
    }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return .withListMoves([
            KeyBinding(.edit, keys: [.enter], title: s(.loanDeskKeyEdit), help: s(.loanDeskKeyEditLong)),
            KeyBinding(.add, keys: [.character("n"), .insert], title: s(.loanDeskKeyNew), help: s(.loanDeskKeyNewLong)),
        ], .move, session)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .add:
            return .navigate(.push(LoanProductFormScreen(session: session, product: nil) { [weak self] in self?.reload(session) }))
        case .edit:
            guard products.indices.contains(table.selected) else { return .handled }
            return .navigate(.push(LoanProductFormScreen(session: session, product: products[table.selected]) { [weak self] in
                self?.reload(session)
            }))
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [
            TableColumn(s(.loanDeskColCode), width: 10),
            TableColumn(s(.loanDeskColProduct)),
            TableColumn(s(.loanDeskColRange), width: 25, alignment: .right),
            TableColumn(s(.loanDeskColMonths), width: 7, alignment: .right),
            TableColumn(s(.loanDeskColRate), width: 7, alignment: .right),
            TableColumn(s(.loanDeskColActive), width: 7),
        ]
        table.emptyMessage = s(.loanDeskProductsEmpty)
        table.setRows(products.map { product in
            [product.code, session.loanProductName(product),
             LoanFigures.money(product.minimumAmount) + "–" + LoanFigures.money(product.maximumAmount),
             "\(product.minimumMonths)–\(product.maximumMonths)", LoanFigures.ratePercent(product.ratePPM) + "%",
             product.active ? s(.yes) : s(.no)]
        })
        table.render(into: &buffer, at: area.inset(1))
        return nil
    }
}
