import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The teller's cash drawer for the day: its state (closed, open since,
/// verified by, operations, counted) and the ways to move it on — open with
/// a float a supervisor verifies, buy from or sell to the vault, the blind
/// day-end count and the sign-off. Supervisors also see the vault and
/// record cash received into it.
final class DrawerScreen: CommandScreen {
    /// The ways to move the drawer on; which are offered depends on its state and the role.
    enum Action { case open, buy, sell, count, reconcile, receive }

    private var status: DrawerStatus?
    private var vault: CashBreakdown?
    /// Re-reads the drawer when the branch file changed (this terminal's own moves included), not every frame.
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) { reloadIfChanged(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.drawerTitle) }

    private func isSupervisor(_ session: Session) -> Bool { session.signedIn?.role.may(.approve) ?? false }

    func reloadIfChanged(_ session: Session) {
        if refresh.isDue(session.context, now: session.context.clock.now()) { reload(session) }
    }

    private func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            status = try DrawerService(session.context).status(by: actor)
            vault = isSupervisor(session) ? try DrawerService(session.context).vaultHoldings(by: actor) : nil
        } catch {
            session.say(error)
        }
    }

    /// The drawer's state decides its rows: open a closed drawer; buy, sell or count an open one; sign off a counted one.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        var rows: [KeyBinding<Action>] = []
        switch status?.session.status {
        case nil, .closed?:
            rows.append(KeyBinding(.open, keys: [.character("o")], title: s(.drawerOpenDay), help: s(.drawerOpenDayLong)))
        case .open?:
            rows += [
                KeyBinding(.buy, keys: [.character("b")], title: s(.drawerBuy), help: s(.drawerBuyLong)),
                KeyBinding(.sell, keys: [.character("s")], title: s(.drawerSell), help: s(.drawerSellLong)),
                KeyBinding(.count, keys: [.character("d")], title: s(.drawerDayEnd), help: s(.drawerDayEndLong)),
            ]
        case .counted?:
            rows.append(KeyBinding(.reconcile, keys: [.character("f")], title: s(.drawerSignOff), help: s(.drawerSignOffLong)))
        }
        if isSupervisor(session) {
            rows.append(KeyBinding(.receive, keys: [.character("v")], title: s(.drawerVaultReceive), help: s(.drawerVaultReceiveLong)))
        }
        return KeyTable(rows)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        let s = session.strings
        switch action {
        case .open:
            return .navigate(.push(CashCountScreen(heading: .drawerOpenDay, intro: [s(.drawerOpenIntro)], question: .drawerOpenQuestion,
                                                   onConfirmed: Self.openDrawer)))
        case .buy, .sell:
            let buying = action == .buy
            return .navigate(.push(CashCountScreen(heading: buying ? .drawerBuy : .drawerSell,
                                                   intro: [s(buying ? .drawerBuyLong : .drawerSellLong)],
                                                   question: buying ? .drawerBuyQuestion : .drawerSellQuestion) { cash, key, count, session in
                Self.moveWithVault(cash, buying: buying, key: key, count: count, session: session)
            }))
        case .count:
            return .navigate(.push(CashCountScreen(heading: .drawerDayEnd, intro: [s(.drawerBlindIntro), s(.drawerBlindIntro2)],
                                                   question: .drawerCountQuestion) { cash, _, _, session in
                guard let teller = session.signedIn else { return .navigate(.pop) }
                do throws(LocalizedMessage) {
                    let reconciliation = try DrawerService(session.context).count(cash, by: teller)
                    return .navigate(.replaceTop(DrawerReconciliationScreen(reconciliation: reconciliation)))
                } catch {
                    session.say(error)
                    return .handled
                }
            }))
        case .reconcile:
            guard let reconciliation = status?.reconciliation else { return .handled }
            return .navigate(.push(DrawerReconciliationScreen(reconciliation: reconciliation)))
        case .receive:
            return .navigate(.push(CashCountScreen(heading: .drawerVaultReceive, intro: [s(.drawerVaultReceiveLong)],
                                                   question: .drawerVaultQuestion) { cash, key, _, session in
                Self.post(session, done: .drawerVaultReceived) { (supervisor: Operator) throws(LocalizedMessage) -> PostedOperation in
                    try DrawerService(session.context).receiveIntoVault(cash, key: key, by: supervisor)
                }
            }))
        }
    }

    /// Float counted: a supervisor verifies it here, then the drawer opens. A
    /// refusal comes back to the count with the same key for a retry.
    private static func openDrawer(_ float: CashBreakdown, key: String, count: CashCountScreen, session: Session) -> KeyResult {
        let s = session.strings
        let why = [s(.drawerFloatNeedsVerification), s(.drawerFloatTotal, AmountParser.format(float.total))]
        let need = ApprovalNeed(amount: float.total, currency: .cny)
        return .navigate(.replaceTop(SupervisorApprovalScreen(why: why, need: need) { approval, session in
            guard let teller = session.signedIn else { return .navigate(.pop) }
            do throws(LocalizedMessage) {
                _ = try DrawerService(session.context).open(float: float, key: key, approval: approval, by: teller)
                session.say(session.strings(.drawerOpened, AmountParser.format(float.total)), .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .navigate(.replaceTop(count))
            }
        }))
    }

    /// Cash counted for the vault: a second person (a supervisor) approves
    /// here, then it moves. A refusal comes back to the count with the same key.
    private static func moveWithVault(_ cash: CashBreakdown, buying: Bool, key: String, count: CashCountScreen,
                                      session: Session) -> KeyResult {
        let s = session.strings
        let why = [s(.drawerMoveNeedsApproval), s(.drawerMoveTotal, AmountParser.format(cash.total))]
        return .navigate(.replaceTop(SupervisorApprovalScreen(why: why, need: ApprovalNeed(amount: cash.total, currency: .cny)) {
            approval, session in
            guard let teller = session.signedIn else { return .navigate(.pop) }
            do throws(LocalizedMessage) {
                let service = DrawerService(session.context)
                let posted = buying ? try service.buy(cash, key: key, approval: approval, by: teller)
                    : try service.sell(cash, key: key, approval: approval, by: teller)
                session.say(s(buying ? .drawerBought : .drawerSold, AmountParser.format(posted.amount), String(posted.entryID)), .success)
                return .navigate(.pop)
            } catch {
                session.say(error)
                return .navigate(.replaceTop(count))
            }
        }))
    }

    /// Posts a drawer or vault movement; back to the drawer on success, stays on the count otherwise.
    private static func post(_ session: Session, done: StringKey2,
                             _ operation: (Operator) throws(LocalizedMessage) -> PostedOperation) -> KeyResult {
        guard let actor = session.signedIn else { return .navigate(.pop) }
        do {
            let posted = try operation(actor)
            session.say(session.strings(done, AmountParser.format(posted.amount), String(posted.entryID)), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let x = area.x + 2
        var y = area.y + 1
        func line(_ label: String, _ value: String, role: StyleRole = .normal) {
            buffer.write(TextLayout.fit(label, width: 20), x: x, y: y, role: .label)
            buffer.write(value, in: Rect(x: x + 21, y: y, width: area.width - 25, height: 1), role: role)
            y += 1
        }
        if let status, status.session.status != .closed {
            let record = status.session
            line(s(.drawerState), record.status == .open ? s(.drawerStateOpen, record.businessDate.description)
                                                         : s(.drawerStateCounted), role: record.status == .open ? .success : .warning)
            line(s(.drawerVerifiedBy), operatorName(record.verifiedBy, session))
            line(s(.drawerOperations), String(status.operations))
            if let counted = record.countedTotal {
                line(s(.drawerCountedTotal), AmountParser.format(counted))
            }
        } else {
            line(s(.drawerState), s(.drawerStateClosed), role: .dim)
            buffer.write(s(.drawerClosedHint, keyTable(session).label(for: .open)), in: Rect(x: x, y: y, width: area.width - 4, height: 1), role: .dim)
            y += 1
        }
        if let vault {
            y += 1
            buffer.write(s(.drawerVaultHeading, AmountParser.format(vault.total)), x: x, y: y, role: .header)
            y += 1
            for pair in CashCountGrid.denominations.chunked(4) where y < area.maxY {
                let text = pair.map { TextLayout.fit($0.label, width: 4, alignment: .right) + " × "
                    + TextLayout.fit("\(vault.counts[$0, default: 0])", width: 6) }.joined(separator: "   ")
                buffer.write(text, in: Rect(x: x, y: y, width: area.width - 4, height: 1), role: .normal)
                y += 1
            }
        }
        return nil
    }

    /// The supervisor's user name (tellers and supervisors are listed), or their number.
    private func operatorName(_ id: Int64, _ session: Session) -> String {
        CustomerService(session.context).accountManagers().first { $0.id == id }?.username ?? "#\(id)"
    }
}

private extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
