import BankCore
import BankStore
import Localization

/// Moves the branch to its next business date (day close / day open). The
/// business date is separate from the wall clock and only moves forward;
/// ticket numbers restart with it.
///
/// A day closes the way a branch closes its books (issue 13): every teller's
/// drawer is counted and signed off first, and the vault's cash by
/// denomination agrees with its ledger balance, so the date never moves
/// under an open drawer (whose cash the next day would refuse). Applications
/// waiting for review do not stop the close; the checklist shows them, as
/// they carry over to the next day. A move of more than one day (a holiday,
/// or a typo) needs the number of days typed back, so no day is skipped silently.
public struct BusinessDayService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Supervisors and administrators may change the business date.
    public static func mayChange(_ role: Role) -> Bool { role.may(.approve) || role.may(.branchSettings) }

    /// What closing today and opening `date` would meet, without changing anything.
    public func checklist(to date: BusinessDate, by actor: Operator) throws(LocalizedMessage) -> DayCloseChecklist {
        try context.read {
            let current = try context.requireActor(actor, nil)
            guard Self.mayChange(current.role) else { throw LocalizedMessage(.errorForbidden, "business_date") }
            return try makeChecklist(to: date)
        }
    }

    /// Closes the day and opens `date`: refused with an open drawer or an
    /// unbalanced vault, and for a move of more than one day unless
    /// `confirmingDays` is that number of days. Returns the audit chain head
    /// after the change, to show on the day-end message (see `DayEndText`).
    @discardableResult
    public func setBusinessDate(_ date: BusinessDate, confirmingDays: Int? = nil, by actor: Operator) throws(LocalizedMessage) -> String {
        try context.write {
            let current = try context.requireActor(actor, nil)
            guard Self.mayChange(current.role) else { throw LocalizedMessage(.errorForbidden, "business_date") }
            let checklist = try makeChecklist(to: date)
            if let blocker = checklist.blockers.first { throw blocker }
            if checklist.days > 1, confirmingDays != checklist.days {
                throw LocalizedMessage(.cashDayCloseConfirmDays, String(checklist.days), checklist.from.description, date.description)
            }
            // The loans' day end (penalty per day passed, overdue follow-ups) in this same transaction.
            let loans = try LoanMonitoringService(context).closeDays(from: checklist.from, to: date, by: current.id)
            try context.branches.setBusinessDate(date)
            try AccountFreezeService(context).liftExpired(before: date, by: current.id)
            try context.record("branch.business_date", by: current.id, subject: context.branch()?.code ?? "",
                               detail: "\(checklist.from) -> \(date) (\(checklist.days) days); drawers closed \(checklist.drawersClosed); "
                                   + "vault \(checklist.vaultCash); pending reviews \(checklist.pendingReviews); \(loans.auditText)")
            return try DayEndText.head(context)?.description ?? "-"
        }
    }

    private func makeChecklist(to date: BusinessDate) throws -> DayCloseChecklist {
        guard let branch = try context.branches.load() else { throw LocalizedMessage(.cliNoBranch, context.database.path) }
        guard date > branch.businessDate else { throw LocalizedMessage(.businessDateBackwards, branch.businessDate.description) }
        var days = 0
        var day = branch.businessDate
        while day < date, days <= DayCloseChecklist.longestMove {
            day = day.adding(days: 1)
            days += 1
        }
        guard days <= DayCloseChecklist.longestMove else { throw LocalizedMessage(.cashDayCloseTooFar, String(DayCloseChecklist.longestMove)) }
        let ledger = LedgerRepository(db: context.database)
        let open = try DrawerRepository(db: context.database).unclosed().map { session in
            DayCloseChecklist.Drawer(teller: try context.operators.find(id: session.operatorID)?.operator.username ?? "?",
                                     status: session.status, businessDate: session.businessDate)
        }
        let closed = try DrawerRepository(db: context.database).closedCount(on: branch.businessDate)
        let vault = try ledger.internalAccount(code: DrawerService.vaultCode)
        let vaultCash = try vault.map { try ledger.holdings(internalID: $0.id).total } ?? 0
        let pending = try AccountRepository(db: context.database).applications(status: "pending_review").count
        let overdue = try LoanMonitoringService(context).overdueAtClose(of: branch.businessDate)
        return DayCloseChecklist(from: branch.businessDate, to: date, days: days, drawersNotClosed: open, drawersClosed: closed,
                                 vaultLedger: vault?.balance ?? 0, vaultCash: vaultCash, pendingReviews: pending,
                                 overdueLoans: overdue.loans, overdueAmount: overdue.amount)
    }
}

/// The day-close checklist: drawers counted and signed off, the vault
/// balanced, applications still waiting for review, and how many days the
/// date moves.
public struct DayCloseChecklist: Sendable, Equatable {
    /// A drawer not yet closed: whose, how far it got, and its business date.
    public struct Drawer: Sendable, Equatable {
        public var teller: String
        public var status: DrawerSessionRecord.Status
        public var businessDate: BusinessDate
    }

    /// The furthest the date may move at once (a long holiday is a few days; a year is a typo).
    public static let longestMove = 31

    public var from: BusinessDate
    public var to: BusinessDate
    public var days: Int
    public var drawersNotClosed: [Drawer]
    /// Drawers signed off on the closing day.
    public var drawersClosed: Int
    /// The vault's ledger balance and the cash it holds by denomination (fen).
    public var vaultLedger: Int64
    public var vaultCash: Int64
    /// Account applications waiting for a supervisor (they carry over).
    public var pendingReviews: Int
    /// Active loans overdue at the end of the closing day and their unpaid interest and principal (fen).
    public var overdueLoans: Int = 0
    public var overdueAmount: Int64 = 0

    public var vaultBalanced: Bool { vaultLedger == vaultCash }

    /// What stops the close, first to last; empty when the day may close.
    public var blockers: [LocalizedMessage] {
        var found: [LocalizedMessage] = []
        if !drawersNotClosed.isEmpty {
            found.append(LocalizedMessage(.cashDayCloseDrawersOpen, drawersNotClosed.map(\.teller).joined(separator: ", ")))
        }
        if !vaultBalanced {
            found.append(LocalizedMessage(.cashDayCloseVaultUnbalanced, AmountParser.format(vaultLedger), AmountParser.format(vaultCash)))
        }
        return found
    }
}
