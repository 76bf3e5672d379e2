import TerminalUI

/// A keyed desk screen without a text field (a list, a view, a result): its
/// table first, then Esc and the application's keys, and a key in no row is
/// ignored. Written once here, so no such screen can handle a
/// key round its table.
protocol CommandScreen: KeyedScreen {}

extension CommandScreen {
    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) { .ignored }
    }
}

/// The one action of a screen that is a single form: the key is the form's.
enum FormOnlyAction: Hashable, Sendable { case form }

/// A keyed desk screen that is one form (its table is the form keys): an
/// open dialog answers first, then Esc and the application's keys, then the
/// form takes the key, whether its table has a row for it or it is text.
protocol FormOnlyScreen: KeyedScreen where Action == FormOnlyAction {
    /// A key for an open dialog (a confirmation) before the form sees it; nil when none is open.
    func answer(_ key: Key, session: Session) -> KeyResult?
    /// Hands a key to the form (and acts when the form is submitted).
    func edit(_ key: Key, session: Session) -> KeyResult
}

extension FormOnlyScreen {
    func answer(_ key: Key, session: Session) -> KeyResult? { nil }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if let answered = answer(key, session: session) { return answered }
        return route(key, session: session) { edit(key, session: session) }
    }

    func perform(_ action: FormOnlyAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .form: return edit(key, session: session)
        }
    }
}
