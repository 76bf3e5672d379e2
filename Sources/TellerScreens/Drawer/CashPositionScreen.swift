import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// Cash positions (issue 13). A teller sees their own drawer in totals
/// during the day: float, cash in and out, to and from the vault, what it
/// should hold. A supervisor sees every drawer of the day and the vault at a
/// glance, and `p` prints the day-end cash position report to a private file.
final class CashPositionScreen: CommandScreen {
    /// Print the day-end report (supervisors), or move through the drawers.
    enum Action { case print, move }

    private var table = Table(columns: [])
    /// What was read: the branch's positions (a supervisor), the teller's own drawer, or why neither could be.
    private var position: Result<(branch: BranchCashPosition?, own: DrawerPosition?), LocalizedMessage>?
    /// Re-reads when the branch file changed (a drawer moved on any terminal), not every frame.
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) {}

    func reloadIfChanged(_ session: Session) {
        guard refresh.isDue(session.context, now: session.context.clock.now()), let actor = session.signedIn else { return }
        let service = CashPositionService(session.context)
        do {
            position = .success(supervises(session) ? (try service.branch(by: actor), nil) : (nil, try service.mine(by: actor)))
        } catch {
            position = .failure(error)
        }
    }

    var capturesText: Bool { false }
    var hasUnsavedWork: Bool { false }

    private func supervises(_ session: Session) -> Bool { session.signedIn?.role.may(.approve) ?? false }

    func title(_ session: Session) -> String { session.strings(.ledgerPositionTitle) }

    /// Supervisors print the report and move through the branch's drawers; a teller's own totals have no keys.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        guard supervises(session) else { return KeyTable([]) }
        let s = session.strings
        return .withListMoves([KeyBinding(.print, keys: [.character("p")], title: s(.ledgerPositionPrint), help: s(.ledgerPositionPrintLong))],
                              .move, session)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .ignored }
        switch action {
        case .move:
            table.handle(key)
            return .handled
        case .print:
            printReport(session, by: actor)
            return .handled
        }
    }

    private func printReport(_ session: Session, by actor: Operator) {
        do {
            session.say(session.strings(.ledgerPositionPrinted, try CashPositionService(session.context).writeReport(by: actor)), .success)
        } catch {
            session.say(error)
        }
    }

    static func status(_ status: DrawerSessionRecord.Status, _ s: Strings) -> String {
        switch status {
        case .open: return s(.ledgerPositionOpen)
        case .counted: return s(.ledgerPositionCounted)
        case .closed: return s(.ledgerPositionClosed)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        switch position {
        case .success(let read):
            if let branch = read.branch { renderBranch(branch, into: &buffer, inner, s) } else { renderOwn(read.own, into: &buffer, inner, s) }
        case .failure(let error):
            buffer.write(error.text(in: s), in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .error)
        case nil:
            break
        }
        return nil
    }

    private func renderOwn(_ drawer: DrawerPosition?, into buffer: inout CellBuffer, _ inner: Rect, _ s: Strings) {
        guard let drawer else {
            buffer.write(s(.ledgerPositionNoDrawer), in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .warning)
            return
        }
        let rows: [(String, String)] = [
            (s(.ledgerPositionStatus), Self.status(drawer.status, s) + "  " + drawer.businessDate.description),
            (s(.ledgerPositionFloat), AmountParser.format(drawer.float)),
            (s(.ledgerPositionIn), AmountParser.format(drawer.cashIn)),
            (s(.ledgerPositionOut), AmountParser.format(drawer.cashOut)),
            (s(.ledgerPositionFromVault), AmountParser.format(drawer.fromVault)),
            (s(.ledgerPositionToVault), AmountParser.format(drawer.toVault)),
            (s(.ledgerPositionExpected), "CNY " + AmountParser.format(drawer.expected)),
        ]
        MoneyRows.render(s(.ledgerPositionMine), rows, into: &buffer, area: inner)
    }

    private func renderBranch(_ position: BranchCashPosition, into buffer: inout CellBuffer, _ inner: Rect, _ s: Strings) {
        table.columns = [TableColumn(s(.ledgerPositionTeller), width: 10), TableColumn(s(.ledgerPositionStatus), width: 7),
                         TableColumn(s(.ledgerPositionFloat), width: 11, alignment: .right),
                         TableColumn(s(.ledgerPositionIn), width: 11, alignment: .right),
                         TableColumn(s(.ledgerPositionOut), width: 11, alignment: .right),
                         TableColumn(s(.ledgerPositionVaultNet), width: 11, alignment: .right),
                         TableColumn(s(.ledgerPositionExpected), width: 11, alignment: .right)]
        table.emptyMessage = s(.ledgerPositionNoDrawers)
        table.setRows(position.drawers.map { drawer in
            [drawer.teller, Self.status(drawer.status, s), AmountParser.format(drawer.float), AmountParser.format(drawer.cashIn),
             AmountParser.format(drawer.cashOut), DrawerReconciliationScreen.signed(drawer.fromVault - drawer.toVault),
             AmountParser.format(drawer.expected)]
        })
        let height = max(2, min(inner.height - 3, position.drawers.count + 1))
        table.render(into: &buffer, at: Rect(x: inner.x, y: inner.y, width: inner.width, height: height), focused: true)
        let balanced = position.vaultLedger == position.vaultCash.total
        buffer.write(s(.ledgerPositionVault, AmountParser.format(position.vaultCash.total)) + "  "
                         + (balanced ? s(.ledgerPositionVaultBalanced) : s(.ledgerPositionVaultUnbalanced, AmountParser.format(position.vaultLedger))),
                     in: Rect(x: inner.x, y: inner.y + height + 1, width: inner.width, height: 1), role: balanced ? .normal : .error)
    }
}
