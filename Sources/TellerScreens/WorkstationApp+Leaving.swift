import Localization
import TerminalUI

/// Leaving a screen that holds typed work asks first, in one place for every
/// form: Esc (the screen's own or the application's Back), a destination
/// chosen with Ctrl-G, and F10 sign-out. The question starts on No. Locking
/// (F4 or idle) never asks: the lock panel covers the screen and the work is
/// still there after unlocking.
extension WorkstationApp {
    /// What the operator asked for when typed work was in the way.
    enum LeaveAction {
        case pop
        case goTo(String)
        case signOut
    }

    /// Does `action` at once when nothing would be lost, else asks.
    func leave(_ action: LeaveAction) {
        let affected: [any Screen]
        switch action {
        case .pop: affected = stack.last.map { [$0] } ?? []
        case .goTo, .signOut: affected = stack
        }
        // Nobody signed in (sign-in, first setup): nothing of an operator's to lose.
        guard session.signedIn != nil, affected.contains(where: { $0.hasUnsavedWork }) else {
            perform(action)
            return
        }
        let s = session.strings
        overlay = .confirmLeave(ConfirmDialog(title: s(.leaveFormTitle), message: s(.leaveFormMessage),
                                              yes: s(.leaveFormYes), no: s(.leaveFormNo)), action)
    }

    func perform(_ action: LeaveAction) {
        switch action {
        case .pop: navigate(.pop)
        case .goTo(let id): go(to: id)
        case .signOut: signOut()
        }
    }
}
