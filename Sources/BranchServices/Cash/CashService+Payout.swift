import BankCore
import Localization

extension CashService {
    /// The notes and coins to pay `amount` out of the actor's open drawer,
    /// largest first (`CashPayout.suggest`), so the withdrawal screen can
    /// prefill its count. The teller sees only the suggestion, never the
    /// drawer's holdings (the day-end count stays blind). Nil when the drawer
    /// is not open or cannot make the amount up; the withdrawal itself is
    /// checked again when posted.
    public func suggestPayout(amount: Int64, by actor: Operator) -> CashBreakdown? {
        guard amount > 0, amount <= AmountParser.maximumMinorUnits else { return nil }
        return try? context.read { () throws -> CashBreakdown? in
            let clerk = try context.requireActor(actor, .cash)
            let drawer = try DrawerService(context).openDrawer(for: clerk)
            return CashPayout.suggest(amount: amount, from: try posting.ledger.holdings(internalID: drawer.internalID))
        }
    }
}
