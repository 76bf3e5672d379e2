import BankCore
import Localization
import TerminalUI

/// The operator's home: only the destinations their role may use, then lock
/// and sign out.
final class MainMenuScreen: Screen {
    private var menu = Menu(items: [])

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.menuTitle) }

    func commands(_ session: Session) -> [KeyCommand] {
        let s = session.strings
        // The footer offers Enter; help also lists every item's own key, as the menu shows it.
        var commands = [KeyCommand(id: "select", keys: [.enter], title: s(.keySelect), help: s(.keySelectLong)),
                        KeyCommand(id: "move", keys: [.up, .down], title: s(.uiHelpMenuMove), inFooter: false)]
        for item in items(session) {
            guard let hotkey = item.hotkey else { continue }
            commands.append(KeyCommand(id: "item-" + item.id, keys: [.character(hotkey)], title: item.title, inFooter: false))
        }
        return commands
    }

    private func items(_ session: Session) -> [MenuItem] {
        guard let op = session.signedIn else { return [] }
        var items: [MenuItem] = []
        for destination in Destination.available(to: op.role) {
            items.append(MenuItem(id: destination.rawValue, title: session.destinationTitle(destination),
                                  hotkey: MenuHotkeys.key(for: destination)))
        }
        items.append(MenuItem(id: "lock", title: session.strings(.menuLock), hotkey: "L"))
        items.append(MenuItem(id: "signout", title: session.strings(.menuSignOut), hotkey: "S"))
        items.append(MenuItem(id: "quit", title: session.strings(.menuQuit), hotkey: "Q"))
        return items
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        let selectedID = menu.selectedItem?.id
        menu = Menu(items: items(session))
        if let selectedID { menu.select(id: selectedID) }
        if key == .escape { return .handled }  // the menu is the root: Esc does nothing here
        guard let id = menu.handle(key) else {
            switch key {
            case .up, .down, .home, .end, .tab, .backTab: return .handled
            default: return .ignored
            }
        }
        switch id {
        case "lock": return .navigate(.lock)
        case "signout": return .navigate(.signOut)
        case "quit": return .navigate(.quit)
        default:
            guard let destination = Destination(rawValue: id) else { return .handled }
            return .navigate(.push(session.makeScreen(destination)))
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let selectedID = menu.selectedItem?.id
        menu = Menu(items: items(session))
        if let selectedID { menu.select(id: selectedID) }
        if let op = session.signedIn {
            buffer.write(session.strings(.menuWelcome, op.displayName, session.roleName(op.role)),
                         in: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: 1), role: .header)
        }
        menu.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 3, width: min(40, area.width - 4), height: menu.items.count))
        return nil
    }
}

/// Hotkeys of menu destinations, the same for every role: each destination
/// keeps the key of its place among all destinations (digits 1–9, then A, B,
/// C), and a role that may not use one simply does not see it. The main menu
/// keeps L, S and Q for lock, sign out and quit; the letters stop at C.
enum MenuHotkeys {
    static func key(for destination: Destination) -> Character {
        let index = Destination.allCases.firstIndex(of: destination) ?? 0
        return index < 9 ? Character(String(index + 1)) : Character(UnicodeScalar(UInt8(65 + index - 9)))
    }
}
