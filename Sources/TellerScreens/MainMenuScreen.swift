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
        return [KeyCommand(id: "select", keys: [.enter], title: s(.keySelect), help: s(.keySelectLong))]
    }

    private func items(_ session: Session) -> [MenuItem] {
        guard let op = session.signedIn else { return [] }
        var items: [MenuItem] = []
        for (index, destination) in Destination.available(to: op.role).enumerated() {
            items.append(MenuItem(id: destination.rawValue, title: session.destinationTitle(destination),
                                  hotkey: MenuHotkeys.destination(index)))
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

/// Hotkeys of menu destinations: digits 1–9, then letters A, B, C… (the main
/// menu keeps L, S and Q for lock, sign out and quit, and roles have fewer
/// than eleven destinations, so the letters never reach them).
enum MenuHotkeys {
    static func destination(_ index: Int) -> Character {
        index < 9 ? Character(String(index + 1)) : Character(UnicodeScalar(UInt8(65 + index - 9)))
    }
}
