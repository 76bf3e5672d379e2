import BankCore
import Localization
import TerminalUI

/// The operator's home: only the destinations their role may use, then lock
/// and sign out.
final class MainMenuScreen: KeyedScreen {
    /// One line of the menu.
    enum Entry: Hashable, Sendable {
        case destination(Destination)
        case lock, signOut, quit

        /// The menu widget's id for the line.
        var id: String {
            switch self {
            case .destination(let destination): return destination.rawValue
            case .lock: return "lock"
            case .signOut: return "signout"
            case .quit: return "quit"
            }
        }
    }

    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable {
        case select, move
        /// An entry's own key.
        case pick(Entry)
    }

    private var menu = Menu(items: [])

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.menuTitle) }

    private func entries(_ session: Session) -> [(entry: Entry, item: MenuItem)] {
        guard let op = session.signedIn else { return [] }
        let s = session.strings
        let desks = Destinations.available(to: op.role).map { row in
            (Entry.destination(row.id), MenuItem(id: row.id.rawValue, title: s(row.title), hotkey: row.hotkey))
        }
        return desks + [
            (.lock, MenuItem(id: Entry.lock.id, title: s(.menuLock), hotkey: "L")),
            (.signOut, MenuItem(id: Entry.signOut.id, title: s(.menuSignOut), hotkey: "S")),
            (.quit, MenuItem(id: Entry.quit.id, title: s(.menuQuit), hotkey: "Q")),
        ]
    }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        // The footer offers Enter; help also lists every item's own key, as the menu shows it.
        return KeyTable([
            KeyBinding(.select, keys: [.enter], title: s(.keySelect), help: s(.keySelectLong)),
            KeyBinding(.move, keys: [.up, .down], title: s(.uiHelpMenuMove), inFooter: false),
        ] + entries(session).compactMap { entry, item in
            item.hotkey.map { KeyBinding(.pick(entry), keys: [.character($0)], title: item.title, inFooter: false) }
        })
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        rebuildMenu(session)
        // An item's key works in either case (`a` as `A`).
        if case .character(let c) = key, let result = dispatch(.character(Character(c.uppercased())), session: session) { return result }
        if let result = dispatch(key, session: session) { return result }
        // The menu widget's other movement keys (Home, End, Tab, Shift-Tab) move the highlight too.
        let before = menu.selected
        _ = menu.handle(key)
        return menu.selected == before ? .ignored : .handled
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            _ = menu.handle(key)
            return .handled
        case .select:
            guard let id = menu.handle(key), let entry = entries(session).first(where: { $0.item.id == id })?.entry else { return .handled }
            return go(entry, session: session)
        case .pick(let entry):
            menu.select(id: entry.id)
            return go(entry, session: session)
        }
    }

    private func go(_ entry: Entry, session: Session) -> KeyResult {
        switch entry {
        case .lock: return .navigate(.lock)
        case .signOut: return .navigate(.signOut)
        case .quit: return .navigate(.quit)
        case .destination(let destination): return .navigate(.push(Destinations.row(destination).make(session)))
        }
    }

    /// The menu follows the role and the language; the highlighted line stays.
    private func rebuildMenu(_ session: Session) {
        let selectedID = menu.selectedItem?.id
        menu = Menu(items: entries(session).map(\.item))
        if let selectedID { menu.select(id: selectedID) }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        rebuildMenu(session)
        if let op = session.signedIn {
            buffer.write(session.strings(.menuWelcome, op.displayName, session.roleName(op.role)),
                         in: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: 1), role: .header)
        }
        menu.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 3, width: min(40, area.width - 4), height: menu.items.count))
        return nil
    }
}
