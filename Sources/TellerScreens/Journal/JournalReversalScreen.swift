import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// A supervisor reverses one journal entry: the entry in words, a reason,
/// a confirmation, then `ReversalService`. A refusal (own entry, already
/// reversed, drawer closed…) is shown as the service words it. The
/// idempotency key is fixed on confirmation and reused for a retry with the
/// same reason.
final class JournalReversalScreen: FormOnlyScreen {
    let line: JournalLine
    private var form = Form(fields: [.text("reason", "", maxLength: 120, filter: .any)], labelWidth: 18, requiredMessage: "")
    private var confirm: ConfirmDialog?
    private(set) var key: String?
    private var keyReason = ""

    init(line: JournalLine) { self.line = line }

    var capturesText: Bool { confirm == nil }

    func title(_ session: Session) -> String { session.strings(.journalReverseTitle, String(line.entry.id)) }

    func keyTable(_ session: Session) -> KeyTable<Action> { .formKeys(session, .form) }

    /// The confirmation, while it is open, takes every key.
    func answer(_ key: Key, session: Session) -> KeyResult? {
        guard var dialog = confirm else { return nil }
        let answer = dialog.handle(key)
        confirm = answer == nil ? dialog : nil
        return answer == .yes ? reverse(session) : .handled
    }

    /// Hands a key to the reason form; a submitted reason asks for confirmation.
    func edit(_ key: Key, session: Session) -> KeyResult {
        let s = session.strings
        let event = form.handle(key) { _, value in
            value.trimmingCharacters(in: .whitespaces).count < 3 ? s(.reversalReasonMissing) : nil
        }
        if event == .submit {
            confirm = ConfirmDialog(title: s(.journalReverse),
                                    message: s(.journalReverseQuestion, String(line.entry.id), AmountParser.format(line.entry.amount)),
                                    yes: s(.yes), no: s(.no))
        }
        return .handled
    }

    private func reverse(_ session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .navigate(.pop) }
        let reason = form.value("reason").trimmingCharacters(in: .whitespaces)
        if key == nil || keyReason != reason {
            key = UUID().uuidString
            keyReason = reason
        }
        do {
            let posted = try ReversalService(session.context).reverse(entryID: line.entry.id, reason: reason, key: key ?? "", by: actor)
            session.say(session.strings(.journalReversed, String(line.entry.id), String(posted.entryID)), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        let entry = line.entry
        let summary = "\(session.coded("journalKind", entry.kind.rawValue))  \(entry.businessDate)  "
            + "\(JournalScreen.shortAccount(line.accountNumber))  \(entry.currency.rawValue) \(AmountParser.format(entry.amount))  "
            + s(.journalMadeBy, line.maker)
        buffer.write(summary, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        buffer.write(JournalScreen.detail(line, s), in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), role: .dim)
        form.relabel(s, ["reason": .journalReason])
        let cursor = form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: 2))
        if let confirm {
            confirm.render(into: &buffer, area: area)
            return nil
        }
        return cursor
    }
}
