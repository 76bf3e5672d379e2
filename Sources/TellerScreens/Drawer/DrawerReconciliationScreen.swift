import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// Day end after the blind count: expected against counted for every
/// denomination and the over or short, clearly marked; then a supervisor
/// signs off and the drawer closes (any over or short goes to suspense).
/// The sign-off's idempotency key is fixed when the teller asks for it and
/// reused when the sign-off is retried.
final class DrawerReconciliationScreen: CommandScreen {
    /// Ask a supervisor to sign off, or move through the denominations.
    enum Action { case signOff, move }

    let reconciliation: DrawerReconciliation
    private var table = Table(columns: [])
    private(set) var key: String?

    init(reconciliation: DrawerReconciliation) {
        self.reconciliation = reconciliation
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.drawerReconcileTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return .withListMoves([KeyBinding(.signOff, keys: [.enter, .character("s")], title: s(.drawerSignOff), help: s(.drawerSignOffLong))],
                              .move, session)
    }

    /// "Balanced", "Over by 10.00" or "Short by 100.00".
    static func varianceText(_ variance: Int64, _ s: Strings) -> (text: String, role: StyleRole) {
        if variance == 0 { return (s(.drawerBalanced), .success) }
        if variance > 0 { return (s(.drawerOver, AmountParser.format(variance)), .warning) }
        return (s(.drawerShort, AmountParser.format(-variance)), .error)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .signOff:
            return signOff(session)
        }
    }

    /// The sign-off's key is fixed now; a supervisor approves and the drawer closes.
    private func signOff(_ session: Session) -> KeyResult {
        let s = session.strings
        let fixed = self.key ?? UUID().uuidString
        self.key = fixed
        let variance = Self.varianceText(reconciliation.variance, s).text
        let need = ApprovalNeed(amount: max(reconciliation.expected.total, reconciliation.counted.total, 1), currency: .cny)
        return .navigate(.replaceTop(SupervisorApprovalScreen(why: [s(.drawerCloseNeedsSignOff), variance], need: need) { approval, session in
            guard let teller = session.signedIn else { return .navigate(.pop) }
            do throws(LocalizedMessage) {
                _ = try DrawerService(session.context).signOff(key: fixed, approval: approval, by: teller)
                session.say(session.strings(.drawerClosedDone, variance) + " " + session.strings(.dayEndChainHead, AuditService(session.context).head()),
                            .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .navigate(.replaceTop(self))
            }
        }))
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        let expected = reconciliation.expected.counts, counted = reconciliation.counted.counts
        table.columns = [TableColumn(s(.drawerColumnDenomination), width: 12),
                         TableColumn(s(.drawerColumnExpected), width: 14, alignment: .right),
                         TableColumn(s(.drawerColumnCounted), width: 14, alignment: .right),
                         TableColumn(s(.drawerColumnDifference), width: 14, alignment: .right)]
        var rows = CashCountGrid.denominations.map { d -> [String] in
            let e = expected[d, default: 0], c = counted[d, default: 0]
            let difference = Int64(c - e) * d.rawValue
            return [d.label, "\(e)", "\(c)", difference == 0 ? "" : Self.signed(difference)]
        }
        rows.append([s(.drawerTotal), AmountParser.format(reconciliation.expected.total),
                     AmountParser.format(reconciliation.counted.total), Self.signed(reconciliation.variance)])
        table.setRows(rows)
        table.render(into: &buffer, at: Rect(x: inner.x, y: inner.y, width: min(inner.width, 60), height: rows.count + 1),
                     focused: false)
        let variance = Self.varianceText(reconciliation.variance, s)
        let y = inner.y + rows.count + 2
        buffer.write(variance.text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: variance.role)
        buffer.write(s(.drawerSignOffHint, keyTable(session).label(for: .signOff), Key.escape.label), in: Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), role: .dim)
        return nil
    }

    /// `+10.00` / `-100.00`.
    static func signed(_ amount: Int64) -> String {
        (amount > 0 ? "+" : amount < 0 ? "-" : "") + AmountParser.format(abs(amount))
    }
}
