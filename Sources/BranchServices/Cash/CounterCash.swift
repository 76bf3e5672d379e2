import BankCore
import BankStore
import Localization

/// The drawer rules every payment or receipt of notes and coins at the
/// counter obeys, whatever the operation (cash deposit and withdrawal, a loan
/// paid out or repaid in cash): the count adds up, the teller's drawer is open
/// today and, paying out, holds those very notes; above the teller's own
/// authority a supervisor must approve. One place, so the desks cannot drift apart.
struct CounterCash {
    let context: BranchContext
    let posting: LedgerPosting

    /// Refuses a count that is negative or does not add up to `amount`.
    static func checkCount(_ cash: CashBreakdown, amount: Int64) throws {
        guard amount > 0, amount <= AmountParser.maximumMinorUnits else { throw LocalizedMessage(.amountTooLarge) }
        if let problem = cash.problem(forAmount: amount) { throw CashMessages.message(for: problem) }
    }

    /// The clerk's open drawer; paying out, it must hold the notes and coins counted.
    func drawer(for clerk: Operator, paying cash: CashBreakdown?) throws -> DrawerSessionRecord {
        let drawer = try DrawerService(context).openDrawer(for: clerk)
        if let cash {
            let holdings = try posting.ledger.holdings(internalID: drawer.internalID)
            guard cash.isCovered(by: holdings) else {
                throw LocalizedMessage(.drawerCannotCover, CashMessages.shortfall(cash, holdings))
            }
        }
        return drawer
    }

    /// The approval reason when `amount` is above what the clerk may enter alone for `operation`.
    static func authorityReason(_ rules: CashRules, clerk: Operator, _ operation: LimitedOperation, amount: Int64,
                                currency: Currency) -> LocalizedMessage? {
        let authority = rules.authority.enterLimit(clerk.role, operation, currency)
        guard amount > authority else { return nil }
        return LocalizedMessage(.approvalAboveAuthority, AmountParser.format(authority, minorUnits: currency.minorUnits))
    }
}
