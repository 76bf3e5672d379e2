import BankCore
import BankStore
import Foundation
import Localization

/// One drawer's cash through a session, in fen: what came in and went out by
/// kind, and what it should hold now (or held before the sign-off).
public struct DrawerPosition: Sendable, Equatable {
    public var teller: String
    public var name: String
    public var status: DrawerSessionRecord.Status
    public var businessDate: BusinessDate
    public var float: Int64
    public var cashIn: Int64
    public var cashOut: Int64
    public var fromVault: Int64
    public var toVault: Int64
    /// Float + in − out + from the vault − to the vault.
    public var expected: Int64 { float + cashIn - cashOut + fromVault - toVault }
    /// Counted minus expected, once signed off.
    public var variance: Int64?
}

/// Every drawer of the day and the vault, for the supervisor.
public struct BranchCashPosition: Sendable, Equatable {
    public var businessDate: BusinessDate
    public var drawers: [DrawerPosition]
    public var vaultCash: CashBreakdown
    public var vaultLedger: Int64
}

/// Cash positions during the day (issue 13): a teller sees their own
/// drawer's position in totals (float, cash in and out, to and from the
/// vault, what it should hold), a supervisor sees every drawer of the day and
/// the vault at a glance and prints the day-end cash position report. The
/// blind count stays blind by denomination: no view shows a drawer's
/// expected notes and coins before it is counted.
public struct CashPositionService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// The actor's own drawer not yet closed, or nil when none is open.
    public func mine(by actor: Operator) throws(LocalizedMessage) -> DrawerPosition? {
        try context.read {
            let teller = try context.requireActor(actor, .cash)
            guard let session = try DrawerRepository(db: context.database).current(operatorID: teller.id) else { return nil }
            return try position(session)
        }
    }

    /// Every drawer of the business day (and any older one still open) and the vault (supervisors).
    public func branch(by actor: Operator) throws(LocalizedMessage) -> BranchCashPosition {
        try context.read {
            _ = try context.requireActor(actor, .approve)
            return try branchPosition()
        }
    }

    /// Writes the day-end cash position report, per drawer and for the vault,
    /// to a private file beside the branch file (`reports/`); audited. Returns the path.
    public func writeReport(by actor: Operator) throws(LocalizedMessage) -> String {
        let (body, path) = try context.write { () throws -> (String, String) in
            let supervisor = try context.requireActor(actor, .approve)
            let position = try branchPosition()
            let now = context.clock.now()
            let folder = ((context.database.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("reports")
            let stamp = LocalTimeText.dateTime(now).filter { $0.isNumber }
            let path = (folder as NSString).appendingPathComponent("cash-position-\(position.businessDate)-\(stamp).txt")
            try context.record("cash.position_report", by: supervisor.id, subject: position.businessDate.description,
                               detail: "drawers \(position.drawers.count) vault \(position.vaultCash.total)")
            return (CashPositionText.report(position, branch: context.branch(), by: supervisor, at: now,
                                            head: try DayEndText.head(context)), path)
        }
        do {
            try PrivateFile.write(body, to: path)
        } catch {
            throw LocalizedMessage(.ledgerReportWriteFailed, path, error.localizedDescription)
        }
        return path
    }

    private func branchPosition() throws -> BranchCashPosition {
        let date = context.businessDate
        let drawers = DrawerRepository(db: context.database)
        let positions = try CashPositionRepository(db: context.database).sessions(on: date).compactMap { id in
            try drawers.session(id: id).map(position)
        }
        let ledger = LedgerRepository(db: context.database)
        let vault = try ledger.internalAccount(code: DrawerService.vaultCode)
        return BranchCashPosition(businessDate: date, drawers: positions,
                                  vaultCash: try vault.map { try ledger.holdings(internalID: $0.id) } ?? CashBreakdown(),
                                  vaultLedger: vault?.balance ?? 0)
    }

    private func position(_ session: DrawerSessionRecord) throws -> DrawerPosition {
        let flows = try CashPositionRepository(db: context.database).flows(sessionID: session.id)
        let who = try context.operators.find(id: session.operatorID)?.operator
        let reversals = flows[.reversal, default: 0]
        return DrawerPosition(teller: who?.username ?? "#\(session.operatorID)", name: who?.displayName ?? "", status: session.status,
                              businessDate: session.businessDate, float: flows[.drawerOpen, default: 0],
                              cashIn: flows[.deposit, default: 0] + max(reversals, 0),
                              cashOut: -flows[.withdrawal, default: 0] + max(-reversals, 0),
                              fromVault: flows[.drawerBuy, default: 0], toVault: -flows[.drawerSell, default: 0],
                              variance: session.variance)
    }
}
