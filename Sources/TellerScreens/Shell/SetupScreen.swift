import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// First-run setup of a real branch: branch code, name and business date,
/// and the first administrator with a PIN they choose (typed twice).
final class SetupScreen: RootFormScreen {
    private var form: Form
    private let labels: [String: StringKey0] = [
        "code": .setupBranchCode, "name": .setupBranchName, "date": .setupBusinessDate,
        "admin": .setupAdminUsername, "adminName": .setupAdminName, "pin": .setupPIN, "pin2": .setupPINAgain,
    ]

    init(session: Session) {
        let today = BusinessDate(date: session.context.clock.now()).description
        form = Form(fields: [
            .text("code", "", maxLength: 12, filter: .asciiPrintable),
            .text("name", "", maxLength: 40),
            .text("date", "", today, maxLength: 10, filter: .asciiPrintable),
            .text("admin", "", maxLength: 20, filter: .asciiPrintable),
            .text("adminName", "", maxLength: 40),
            .text("pin", "", maxLength: 12, masked: true, filter: .digits),
            .text("pin2", "", maxLength: 12, masked: true, filter: .digits),
        ], labelWidth: 20, requiredMessage: "")
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.setupTitle) }

    let submitKeys: [Key] = [.enter, .control("s")]
    let quitKeys: [Key] = [.escape]

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        let event = form.handle(key) { [form] id, value in
            Self.problem(id: id, value: value, form: form)?.text(in: session.strings)
        }
        guard event == .submit, let date = BusinessDate(form.value("date")) else { return .handled }
        do {
            let admin = try SetupService(session.context).createBranch(
                code: form.value("code"), name: form.value("name"), businessDate: date,
                adminUsername: form.value("admin"), adminName: form.value("adminName"), pin: form.value("pin"))
            session.reloadBranch()
            // Nobody is signed in yet, so "sign out" just shows the sign-in screen, keeping this message.
            session.say(session.strings(.setupDone, session.branch?.code ?? "", admin.username), .success)
            return .navigate(.signOut)
        } catch {
            session.say(error)
            return .handled
        }
    }

    static func problem(id: String, value: String, form: Form) -> LocalizedMessage? {
        switch id {
        case "code": return BranchCodeRules.problem(with: value)
        case "name", "adminName": return DisplayNameRules.problem(with: value)
        case "date": return BusinessDate(value) == nil ? LocalizedMessage(.validDate) : nil
        case "admin": return UsernameRules.problem(with: value)
        case "pin": return PINRules.problem(with: value)
        case "pin2": return value == form.value("pin") ? nil : LocalizedMessage(.validPINMismatch)
        default: return nil
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        form.relabel(s, labels, hints: ["code": .validBranchCode, "admin": .validUsername, "pin": .validPINLength, "date": .validDate])
        let intro = TextLayout.wrap(s(.setupIntro, session.context.filePath), width: area.width - 4)
        for (i, line) in intro.prefix(4).enumerated() {
            buffer.write(line, x: area.x + 2, y: area.y + i, role: .normal)
        }
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 4, width: area.width - 4, height: area.height - 4))
    }
}
