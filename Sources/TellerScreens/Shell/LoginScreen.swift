import BankCore
import BranchServices
import Localization
import TerminalUI

/// Sign-in: operator ID and PIN. On a training branch it lists the demo
/// operators and their PINs, so a class can start without a handout.
final class LoginScreen: RootFormScreen {
    private var form: Form

    init(session: Session) {
        form = Form(fields: [
            .text("username", "", maxLength: 20, filter: .asciiPrintable),
            .text("pin", "", maxLength: 12, masked: true, filter: .digits),
        ], labelWidth: 14, requiredMessage: "")
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.loginTitle) }

    let submitKeys: [Key] = [.enter]
    let quitKeys: [Key] = [.escape, .function(10)]

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        guard form.handle(key, validate: { _, _ in nil }) == .submit else { return .handled }
        do {
            let op = try AuthenticationService(session.context).signIn(username: form.value("username"), pin: form.value("pin"))
            session.signedIn = op
            return .navigate(.signedIn)
        } catch {
            form.setValue("pin", "")
            form.focus = 1
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        form.relabel(s, ["username": .loginUsername, "pin": .loginPIN])
        let left = Rect(x: area.x + 2, y: area.y + 1, width: min(60, area.width - 4), height: area.height - 1)
        buffer.write(s(.appName), x: left.x, y: left.y, role: .header)
        buffer.write(s(.loginHint), in: Rect(x: left.x, y: left.y + 2, width: left.width, height: 1), role: .normal)
        let cursor = form.render(into: &buffer, at: Rect(x: left.x, y: left.y + 4, width: left.width, height: form.height))
        if session.isTraining {
            let top = left.y + 9
            buffer.write(s(.loginDemoHeader), x: left.x, y: top, role: .warning)
            buffer.write(s(.loginDemoColumns), x: left.x + 2, y: top + 1, role: .dim)
            for (i, login) in DemoBranch.logins.enumerated() where top + 2 + i < area.maxY {
                let line = TextLayout.fit(login.username, width: 12) + TextLayout.fit(login.pin, width: 10) + session.roleName(login.role)
                buffer.write(line, x: left.x + 2, y: top + 2 + i, role: .normal)
            }
        } else {
            buffer.write(s(.loginQuitHint, quitKeys.first?.label ?? "", quitKeys.last?.label ?? ""), x: left.x, y: left.y + 9, role: .dim)
        }
        return cursor
    }
}
