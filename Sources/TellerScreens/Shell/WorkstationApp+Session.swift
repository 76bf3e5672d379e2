import BranchServices
import Localization

/// One operator, one terminal (issue 13): while someone is signed in here,
/// locked or not, the workstation renews their session row; when the row
/// was taken over (it expired after this terminal stopped answering, and the
/// operator signed in elsewhere) this terminal signs out and says why.
extension WorkstationApp {
    /// False when this terminal has just signed out because its session was taken over.
    @discardableResult
    func keepSessionAlive() -> Bool {
        guard let op = session.signedIn else { return true }
        guard !AuthenticationService(session.context).keepSessionAlive(for: op) else { return true }
        signOut()
        session.say(LocalizedMessage(.cashSessionTakenOver))
        return false
    }
}
