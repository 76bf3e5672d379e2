import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The day-close checklist shown before the business date moves (issue 13):
/// every drawer counted and signed off, the vault balanced, applications
/// still waiting for review (they carry over), and how many days the date
/// moves. Enter closes the day when nothing blocks it; a move of more than
/// one day asks for the number of days typed back. The service checks all of
/// it again, so nothing here is the only guard.
final class DayCloseScreen: KeyedScreen {
    /// Close the day; other keys type the number of days.
    enum Action { case close }

    let target: BusinessDate
    private var form = Form(fields: [.text("days", "", maxLength: 3, filter: .digits)], labelWidth: 30, requiredMessage: "")

    init(to target: BusinessDate) { self.target = target }

    var capturesText: Bool { true }
    var hasUnsavedWork: Bool { false }

    func title(_ session: Session) -> String { session.strings(.cashDayCloseTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([KeyBinding(.close, keys: [.enter], title: s(.cashDayCloseConfirm), help: s(.cashDayCloseConfirmLong))])
    }

    private func checklist(_ session: Session) -> Result<DayCloseChecklist, LocalizedMessage> {
        guard let actor = session.signedIn else { return .failure(LocalizedMessage(.loginInactive)) }
        do throws(LocalizedMessage) {
            return .success(try BusinessDayService(session.context).checklist(to: target, by: actor))
        } catch {
            return .failure(error)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) {
            _ = form.handle(key) { _, _ in nil }
            return .handled
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .close: return close(session)
        }
    }

    /// Moves the business date; the service checks the list again.
    private func close(_ session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .handled }
        do throws(LocalizedMessage) {
            let head = try BusinessDayService(session.context).setBusinessDate(target, confirmingDays: Int(form.value("days")), by: actor)
            session.reloadBranch()
            session.say(session.strings(.cashDayClosed, target.description) + " " + session.strings(.dayEndChainHead, head), .success)
            return .navigate(.pop)
        } catch {
            if error.key == .cashDayCloseConfirmDays { form.setError("days", error.text(in: session.strings)) }
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        var y = inner.y
        // Long items wrap onto the next row rather than lose their end at 80 columns.
        func line(_ text: String, _ role: StyleRole) {
            for row in TextLayout.wrap(text, width: inner.width) where y < inner.maxY {
                buffer.write(row, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
                y += 1
            }
        }
        let list: DayCloseChecklist
        switch checklist(session) {
        case .failure(let problem):
            line(problem.text(in: s), .error)
            return nil
        case .success(let found): list = found
        }
        line(s(.cashDayCloseHeading, list.from.description, list.to.description), .header)
        y += 1
        if list.drawersNotClosed.isEmpty {
            line("✓ " + s(.cashDayCloseDrawersDone, String(list.drawersClosed)), .success)
        } else {
            line("✗ " + LocalizedMessage(.cashDayCloseDrawersOpen, list.drawersNotClosed.map(\.teller).joined(separator: ", ")).text(in: s), .error)
        }
        if list.vaultBalanced {
            line("✓ " + s(.cashDayCloseVaultDone, AmountParser.format(list.vaultCash)), .success)
        } else {
            line("✗ " + LocalizedMessage(.cashDayCloseVaultUnbalanced, AmountParser.format(list.vaultLedger),
                                         AmountParser.format(list.vaultCash)).text(in: s), .error)
        }
        line((list.pendingReviews == 0 ? "✓ " : "! ") + s(.cashDayClosePending, String(list.pendingReviews)),
             list.pendingReviews == 0 ? .success : .warning)
        if list.overdueLoans > 0 {
            line("! " + s(.loanDayCloseOverdue, String(list.overdueLoans), AmountParser.format(list.overdueAmount)), .warning)
        }
        y += 1
        guard list.blockers.isEmpty else {
            line(s(.cashDayCloseBlocked, Key.escape.label), .warning)
            return nil
        }
        guard list.days > 1 else {
            line(s(.cashDayClosePrompt, keyTable(session).label(for: .close), Key.escape.label), .header)
            return nil
        }
        line(LocalizedMessage(.cashDayCloseConfirmDays, String(list.days), list.from.description, list.to.description).text(in: s), .warning)
        form.relabel(s, ["days": .cashDayCloseDaysLabel])
        return form.render(into: &buffer, at: Rect(x: inner.x, y: y + 1, width: inner.width, height: max(0, inner.maxY - y - 1)))
    }
}
