import BankCore
import Localization
import TerminalUI

/// One entry of the cash and transfers hub: a title, who may use it and the screen it opens.
struct CashHubItem {
    var id: String
    var title: (Session) -> String
    var permission: Permission
    var make: (Session) -> any Screen
}

/// Cash and transfers: the money screens in one place, each reachable by its
/// number key. Items the role may not use are not listed (the services
/// refuse them anyway).
final class CashHubScreen: CommandScreen {
    /// Open the highlighted entry, move the highlight, or open entry `n` by its number key.
    enum Action: Hashable, Sendable { case select, move, open(Int) }

    private var menu = Menu(items: [])

    init(session: Session) {}

    /// Every money screen, in the order a teller's day uses them.
    static var items: [CashHubItem] { [
        CashHubItem(id: "deposit", title: { $0.strings(.depositTitle) }, permission: .cash, make: { CashOperationScreen(session: $0, direction: .deposit) }),
        CashHubItem(id: "withdrawal", title: { $0.strings(.withdrawTitle) }, permission: .cash, make: { CashOperationScreen(session: $0, direction: .withdrawal) }),
        CashHubItem(id: "transfer", title: { $0.strings(.transferTitle) }, permission: .cash, make: { TransferScreen(session: $0) }),
        CashHubItem(id: "drawer", title: { $0.strings(.drawerTitle) }, permission: .cash, make: { DrawerScreen(session: $0) }),
        CashHubItem(id: "statement", title: { $0.strings(.statementTitle) }, permission: .cash, make: { StatementScreen(session: $0) }),
        CashHubItem(id: "journal", title: { $0.strings(.journalTitle) }, permission: .cash, make: { JournalScreen(session: $0) }),
        CashHubItem(id: "positions", title: { $0.strings(.ledgerPositionTitle) }, permission: .cash, make: { CashPositionScreen(session: $0) }),
        CashHubItem(id: "books", title: { $0.strings(.booksTitle) }, permission: .viewAudit, make: { BooksScreen(session: $0) }),
    ] }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.menuCash) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        let numbered = available(session).prefix(9).enumerated().map { index, item in
            KeyBinding(Action.open(index), keys: [.character(Self.hotkey(index))], title: item.title(session), inFooter: false)
        }
        return KeyTable([
            KeyBinding(.select, keys: [.enter], title: s(.keySelect), help: s(.keySelectLong)),
            KeyBinding(.move, keys: [.up, .down, .home, .end, .tab, .backTab], title: s(.uiHelpMenuMove), inFooter: false),
        ] + numbered)
    }

    /// The number key of the entry at `index` (the first nine have one).
    private static func hotkey(_ index: Int) -> Character { Character(String(index + 1)) }

    private func available(_ session: Session) -> [CashHubItem] {
        guard let op = session.signedIn else { return [] }
        return Self.items.filter { op.role.may($0.permission) }
    }

    private func rebuild(_ session: Session) {
        let selected = menu.selectedItem?.id
        menu = Menu(items: available(session).enumerated().map { index, item in
            MenuItem(id: item.id, title: item.title(session), hotkey: index < 9 ? Self.hotkey(index) : nil)
        })
        if let selected { menu.select(id: selected) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        rebuild(session)
        let items = available(session)
        switch action {
        case .move:
            _ = menu.handle(key)
            return .handled
        case .select:
            guard let item = items.first(where: { $0.id == menu.selectedItem?.id }) else { return .handled }
            return .navigate(.push(item.make(session)))
        case .open(let index):
            guard items.indices.contains(index) else { return .handled }
            menu.select(id: items[index].id)
            return .navigate(.push(items[index].make(session)))
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        rebuild(session)
        menu.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: min(50, area.width - 4), height: menu.items.count))
        return nil
    }
}
