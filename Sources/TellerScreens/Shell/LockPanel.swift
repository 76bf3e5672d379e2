import BankCore
import BranchServices
import Localization
import TerminalUI

/// Covers the screen while the terminal is locked. Only the operator who
/// locked it can unlock with their PIN; F10 signs them out instead.
final class LockPanel {
    enum Outcome { case stay, unlocked, signOut }

    let lockedOperator: Operator
    let idle: Bool
    let idleMinutes: Int
    private var pin = TextField(maxLength: 12, masked: true, filter: .digits)
    private var error: String?

    init(operator: Operator, idle: Bool, idleMinutes: Int) {
        self.lockedOperator = `operator`
        self.idle = idle
        self.idleMinutes = idleMinutes
    }

    /// The panel's own keys: the PIN's Enter and F10.
    enum Action: Hashable, Sendable { case unlock, signOut }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(.unlock, keys: [.enter], title: s(.keySubmit), help: s(.keySubmitLong)),
            KeyBinding(.signOut, keys: [.function(10)], title: s(.keySignOut), help: s(.keySignOutLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> Outcome {
        guard let action = keyTable(session).action(for: key) else {
            pin.handle(key)
            return .stay
        }
        switch action {
        case .signOut:
            return .signOut
        case .unlock:
            do {
                let note = try AuthenticationService(session.context).unlockTerminal(for: lockedOperator, pin: pin.text)
                session.message = nil
                if let note { session.say(note, .warning) }
                return .unlocked
            } catch {
                pin.text = ""
                // A wrong PIN that could not be counted (disk full) ends the session: no uncounted guesses.
                if [.loginNowLocked, .loginLocked, .loginInactive, .storeDiskFull].contains(error.key) {
                    session.say(error)
                    return .signOut
                }
                self.error = error.text(in: session.strings)
                return .stay
            }
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let box = area.centered(width: 60, height: 10)
        Box.draw(box, title: s(.lockTitle), into: &buffer)
        var y = box.y + 2
        if idle {
            buffer.write(s(.lockIdle, String(idleMinutes)), in: Rect(x: box.x + 2, y: y, width: box.width - 4, height: 1), role: .warning)
            y += 1
        }
        let who = "\(lockedOperator.displayName) (\(lockedOperator.username))"
        for line in TextLayout.wrap(s(.lockMessage, who, keyTable(session).label(for: .signOut)), width: box.width - 4).prefix(2) {
            buffer.write(line, x: box.x + 2, y: y, role: .normal, maxWidth: box.width - 4)
            y += 1
        }
        y += 1
        buffer.write(s(.loginPIN), x: box.x + 2, y: y, role: .label)
        let cursor = pin.render(into: &buffer, at: Rect(x: box.x + 16, y: y, width: 14, height: 1), focused: true)
        if let error {
            let lines = TextLayout.wrap(error, width: box.width - 4)
            for (i, line) in lines.prefix(2).enumerated() {
                buffer.write(line, x: box.x + 2, y: y + 1 + i, role: .error, maxWidth: box.width - 4)
            }
        }
        return cursor
    }
}
