import TerminalUI

/// A screen whose keys are a typed table: it declares its actions as its own
/// enum, binds them to keys in `keyTable`, and performs them in one exhaustive
/// switch. The footer and F1 help read the same table (`commands`), so what a
/// key does and what the screen says it does cannot drift apart.
protocol KeyedScreen: Screen {
    associatedtype Action: Hashable & Sendable
    /// This screen's keys right now, in footer order.
    func keyTable(_ session: Session) -> KeyTable<Action>
    /// What `action` does; `key` is the key that triggered it, for actions
    /// such as moving a selection that hand the key on to a widget.
    func perform(_ action: Action, key: Key, session: Session) -> KeyResult
}

extension KeyedScreen {
    func commands(_ session: Session) -> [KeyCommand] { keyTable(session).commands }

    /// The result of the action bound to `key`, or nil when the table has no binding for it.
    func dispatch(_ key: Key, session: Session) -> KeyResult? {
        keyTable(session).action(for: key).map { perform($0, key: key, session: session) }
    }

    /// The order every screen with a field follows: its own table first, then
    /// what belongs to the application (Esc, function and control keys; see
    /// `FormScreenKeys.preempt`), and only then `typing`: the field takes the key.
    func route(_ key: Key, session: Session, typing: () -> KeyResult) -> KeyResult {
        dispatch(key, session: session) ?? FormScreenKeys.preempt(key) ?? typing()
    }
}
