import BankCore
import BranchServices
import Localization
import TerminalUI

/// Leaving a screen that holds typed work asks first, in one place for every
/// form: Esc (the screen's own or the application's Back), a destination
/// chosen with Ctrl-G, F10 or the menu's sign-out, and quitting from a menu
/// or the sign-in screen. Signing out or quitting while a customer is called
/// to the operator's counter asks too. The question starts on No. Locking
/// (F4 or idle) never asks: the lock panel covers the screen and the work is
/// still there after unlocking. Ctrl-Q and Ctrl-C quit at once, always.
extension WorkstationApp {
    /// What the operator asked for when typed work was in the way.
    enum LeaveAction {
        case pop
        /// A destination chosen with Ctrl-G; nil is the main menu.
        case goTo(Destination?)
        case signOut
        case quit

        /// Whether the action ends the operator's session (and frees their counter).
        var endsSession: Bool {
            switch self {
            case .signOut, .quit: return true
            case .pop, .goTo: return false
            }
        }
    }

    /// Does `action` at once when nothing would be lost, else asks.
    func leave(_ action: LeaveAction) {
        let s = session.strings
        if action.endsSession, session.signedIn != nil, let served = ServedTicket.current(session),
           let ticket = try? QueueService(session.context).ticket(id: served.ticketID)?.ticket {
            let title = action == .quit ? s(.uiLeaveCounterQuitTitle) : s(.uiLeaveCounterSignOutTitle)
            overlay = .confirmLeave(ConfirmDialog(title: title, message: s(.uiLeaveCounterMessage, ticket.displayNumber),
                                                  yes: action == .quit ? s(.menuQuit) : s(.menuSignOut), no: s(.leaveFormNo)), action)
            return
        }
        let affected: [any Screen]
        switch action {
        case .pop: affected = stack.last.map { [$0] } ?? []
        case .goTo, .signOut, .quit: affected = stack
        }
        // Nobody signed in (sign-in, first setup): only quitting loses what was typed there.
        let counts = session.signedIn != nil || action == .quit
        guard counts, affected.contains(where: { $0.hasUnsavedWork }) else {
            perform(action)
            return
        }
        let message = action == .quit ? s(.uiLeaveQuitMessage) : s(.leaveFormMessage)
        overlay = .confirmLeave(ConfirmDialog(title: action == .quit ? s(.uiLeaveQuitTitle) : s(.leaveFormTitle), message: message,
                                              yes: action == .quit ? s(.menuQuit) : s(.leaveFormYes), no: s(.leaveFormNo)), action)
    }

    func perform(_ action: LeaveAction) {
        switch action {
        case .pop: navigate(.pop)
        case .goTo(let destination): go(to: destination)
        case .signOut: signOut()
        case .quit: quit()
        }
    }
}

extension WorkstationApp.LeaveAction: Equatable {}
