import Localization
import TerminalUI

/// The keys that work on every screen. The application dispatches them by
/// one exhaustive switch (`WorkstationApp.perform(_:)`), and the footer and
/// F1 help read the same table.
enum GlobalAction: Hashable, Sendable {
    case help, language, theme, lock, goTo, back, signOut, quit, redraw

    /// What still works while the lock panel covers the screen.
    static let whileLocked: Set<GlobalAction> = [.help, .language, .quit]
    /// What works before anything else looks at the key: over help, dialogs and a too-small terminal.
    static let atOnce: Set<GlobalAction> = [.quit, .redraw]
}

/// The global key table for the application's state right now.
enum GlobalKeys {
    /// `signedIn`: somebody is signed in; `depth`: screens on the stack (1 at home: menu, sign-in, setup).
    static func table(_ strings: Strings, signedIn: Bool, depth: Int) -> KeyTable<GlobalAction> {
        let s = strings
        let atHome = depth <= 1
        var rows = [
            KeyBinding(GlobalAction.help, keys: [.function(1), .character("?")], title: s(.keyHelp), help: s(.keyHelpLong)),
            KeyBinding(.language, keys: [.function(2)], title: s(.keyLanguage), help: s(.keyLanguageLong)),
            KeyBinding(.theme, keys: [.function(3)], title: s(.keyTheme), help: s(.keyThemeLong), inFooter: atHome),
        ]
        if signedIn {
            // Lock and go-to show in the footer on the main menu; everywhere they work and F1 lists them.
            rows.append(KeyBinding(.lock, keys: [.function(4)], title: s(.keyLock), help: s(.keyLockLong), inFooter: atHome))
            rows.append(KeyBinding(.goTo, keys: [.control("g")], title: s(.keyGoTo), help: s(.keyGoToLong), inFooter: atHome))
            if !atHome { rows.append(KeyBinding(.back, keys: [.escape], title: s(.keyBack), help: s(.keyBackLong))) }
            rows.append(KeyBinding(.signOut, keys: [.function(10)], title: s(.keySignOut), help: s(.keySignOutLong)))
        }
        rows.append(KeyBinding(.quit, keys: [.control("q"), .control("c")], title: s(.keyQuit), help: s(.keyQuitLong), inFooter: false))
        rows.append(KeyBinding(.redraw, keys: [.control("l")], title: s(.keyRedraw), help: s(.keyRedrawLong), inFooter: false))
        return KeyTable(rows)
    }
}
