import BankCore
import BranchServices
import Localization
import TerminalUI

/// A supervisor approves at this terminal with their own ID and PIN and a
/// reason (above a teller's authority, a daily limit, a drawer float or
/// sign-off). On success `onApproved` decides where to go next, usually
/// posting the operation with the approval; Esc goes back without one.
/// With a `need` (the amount) the form names who may approve it, and a
/// supervisor ID typed whose limit does not cover it is refused as soon as
/// the ID is entered, before the PIN is asked (issue 13).
final class SupervisorApprovalScreen: FormOnlyScreen {
    private let why: [String]
    private let need: ApprovalNeed?
    private let onApproved: (SupervisorApproval, Session) -> KeyResult
    private var form = Form(fields: [
        .text("supervisor", "", maxLength: 20, filter: .any),
        .text("pin", "", maxLength: 12, masked: true, filter: .digits),
        .text("reason", "", maxLength: 120, filter: .any),
    ], labelWidth: 22, requiredMessage: "")

    /// `why`: the reasons approval is needed, shown above the form; `need`: the amount the approver's limit must cover.
    init(why: [String], need: ApprovalNeed? = nil, onApproved: @escaping (SupervisorApproval, Session) -> KeyResult) {
        self.why = why
        self.need = need
        self.onApproved = onApproved
    }

    var capturesText: Bool { true }

    func title(_ session: Session) -> String { session.strings(.approvalTitle) }

    /// Enter and Ctrl-S submit the form from its last field.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([KeyBinding(.form, keys: [.enter, .control("s")], title: s(.keySubmit), help: s(.keySubmitLong))])
    }

    /// Hands a key to the form: checks the supervisor as the ID field is left, approves when it is submitted.
    func edit(_ key: Key, session: Session) -> KeyResult {
        let s = session.strings
        guard let maker = session.signedIn else { return .handled }
        let authority = ApprovalAuthority(session.context)
        // Leaving the ID field: an approver who cannot approve this amount is told now, before the PIN.
        if form.fields.indices.contains(form.focus), form.fields[form.focus].id == "supervisor", [.tab, .down, .enter].contains(key),
           let need, let problem = authority.problem(approver: form.value("supervisor"), need: need, maker: maker) {
            // The field says it briefly; the message line says it whole, naming who can approve.
            form.setError("supervisor", s(.cashApprovalNotThisOne))
            session.say(problem, .warning)
            return .handled
        }
        let event = form.handle(key) { id, value in
            switch id {
            case "supervisor":
                if value.trimmingCharacters(in: .whitespaces).isEmpty { return s(.approvalSupervisorMissing) }
                return need.flatMap { authority.problem(approver: value, need: $0, maker: maker) }.map { _ in s(.cashApprovalNotThisOne) }
            case "pin": return value.isEmpty ? s(.approvalPINMissing) : nil
            case "reason": return value.trimmingCharacters(in: .whitespaces).count < 3 ? s(.approvalReasonMissing) : nil
            default: return nil
            }
        }
        guard event == .submit else { return .handled }
        do throws(LocalizedMessage) {
            let approval = try AuthenticationService(session.context).approve(
                username: form.value("supervisor"), pin: form.value("pin"), reason: form.value("reason"), maker: maker, need: need)
            return onApproved(approval, session)
        } catch {
            // Back to the PIN, cleared, so a PIN typed again goes where it belongs and never into the
            // reason (which is kept in the audit trail); a reason that held the PIN is cleared too.
            form.setValue("pin", "")
            if error.key == .approvalReasonHoldsPIN { form.setValue("reason", "") }
            if let pinField = form.fields.firstIndex(where: { $0.id == "pin" }) { form.focus = pinField }
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        var y = area.y + 1
        for reason in why.prefix(3) {
            buffer.write("• " + reason, in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: 1), role: .warning)
            y += 1
        }
        if let need, let maker = session.signedIn {
            let who = ApprovalAuthority.names(ApprovalAuthority(session.context).approvers(for: need, maker: maker))
            for row in TextLayout.wrap(s(.cashApprovalWho, who), width: area.width - 4).prefix(2) {
                buffer.write(row, in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: 1), role: .label)
                y += 1
            }
        }
        buffer.write(s(.approvalHandOver), in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: 1), role: .dim)
        form.relabel(s, ["supervisor": .approvalSupervisor, "pin": .approvalPIN, "reason": .approvalReason])
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: y + 2, width: area.width - 4, height: area.height - (y + 2 - area.y)))
    }
}
