import Localization
import TerminalUI

/// Rows several desk screens put in their own typed tables: the shared form
/// keys, and the keys that move a list's highlight.
extension KeyTable {
    /// The shared form keys (submit, next field), every row bound to the one
    /// action "the form takes this key" (the form widget decides whether Enter
    /// moves on or submits). This is the only place the desk screens read
    /// `FormScreenKeys.commands`, so when the form keys become a typed table of
    /// their own, this is the line to change.
    static func formKeys(_ session: Session, _ action: Action, submitKeys: [Key] = [.control("s"), .enter]) -> KeyTable {
        KeyTable(FormScreenKeys.commands(session, submitKeys: submitKeys).map {
            KeyBinding(action, keys: $0.keys, title: $0.title, help: $0.help, inFooter: $0.inFooter)
        })
    }

    /// `rows`, then a row (help only) binding `action` to the keys a list takes
    /// to move its highlight — those of them no row in `rows` has already.
    static func withListMoves(_ rows: [KeyBinding<Action>], _ action: Action, _ session: Session) -> KeyTable {
        let taken = Set(rows.flatMap(\.keys))
        let moves = listMoveKeys.filter { !taken.contains($0) }
        guard !moves.isEmpty else { return KeyTable(rows) }
        return KeyTable(rows + [KeyBinding(action, keys: moves, title: session.strings(.uiHelpMenuMove), inFooter: false)])
    }
}

/// The keys a `Table` takes to move its highlight.
let listMoveKeys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end]
