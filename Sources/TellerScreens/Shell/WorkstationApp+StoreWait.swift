import BranchServices
import Localization
import TerminalUI

/// A write that waits for another terminal's lock on the branch file must not
/// freeze the terminal silently: the first time it finds the file locked the
/// message line says the branch file is busy and the frame is drawn at once
/// (the key loop is inside that write); when the wait is over the notice goes
/// again, unless the screen has said something else since.
extension WorkstationApp {
    func showStoreWait(_ wait: StoreWait) {
        let notice = (text: session.strings(.storeWaiting), role: StyleRole.warning)
        switch wait {
        case .waiting(let attempt):
            guard attempt == 1, !isDrawingStoreWait else { return }
            session.message = notice
            isDrawingStoreWait = true
            defer { isDrawingStoreWait = false }
            draw()
        case .finished:
            if session.message?.text == notice.text, session.message?.role == notice.role { session.message = nil }
        }
    }
}
