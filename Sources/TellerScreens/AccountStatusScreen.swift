import BankCore
import BankStore
import BranchServices
import Localization
import TerminalUI

/// A supervisor freezes an account or lifts a freeze, with a reason, from
/// the customer's panel. `AccountStatusService` checks the permission and
/// the account's state and audits the change; its refusal is shown as is.
final class AccountStatusScreen: Screen {
    private let accounts: [AccountRecord]
    private var form = Form(fields: [
        .choice("account", "", options: []),
        .choice("action", "", options: []),
        .text("reason", "", maxLength: 120, filter: .any),
    ], labelWidth: 18, requiredMessage: "")

    init(accounts: [AccountRecord]) {
        self.accounts = accounts
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.statementStatusTitle) }

    func commands(_ session: Session) -> [KeyCommand] { FormScreenKeys.commands(session) }

    private func fillOptions(_ session: Session) {
        let s = session.strings
        for index in form.fields.indices {
            guard case .choice(_, let selected) = form.fields[index].input else { continue }
            let options: [(value: String, label: String)]
            switch form.fields[index].id {
            case "account":
                options = accounts.map { ($0.number, "\(AccountNumber.masked($0.number))  \(session.coded("accountStatus", $0.status.rawValue))") }
            default:
                options = [("freeze", s(.statementFreeze)), ("lift", s(.statementLift))]
            }
            form.fields[index].input = .choice(options: options, selected: min(selected, max(0, options.count - 1)))
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        fillOptions(session)
        let s = session.strings
        let event = form.handle(key) { id, value in
            id == "reason" && value.trimmingCharacters(in: .whitespaces).count < 3 ? s(.approvalReasonMissing) : nil
        }
        guard event == .submit, let actor = session.signedIn else { return .handled }
        let number = form.value("account"), reason = form.value("reason")
        do {
            if form.value("action") == "freeze" {
                try AccountStatusService(session.context).freeze(accountNumber: number, reason: reason, by: actor)
                session.say(s(.statementFrozen, AccountNumber.masked(number)), .success)
            } else {
                try AccountStatusService(session.context).lift(accountNumber: number, reason: reason, by: actor)
                session.say(s(.statementLifted, AccountNumber.masked(number)), .success)
            }
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        fillOptions(session)
        form.relabel(session.strings, ["account": .statementAccount, "action": .statementStatusAction, "reason": .journalReason])
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2))
    }
}
