import BankCore
import BankStore
import Foundation
import Localization

/// The expected and counted cash of a drawer at day end, shown only after the blind count.
public struct DrawerReconciliation: Sendable, Equatable {
    public var expected: CashBreakdown
    public var counted: CashBreakdown
    /// Counted minus expected: positive over, negative short.
    public var variance: Int64 { counted.total - expected.total }
}

/// What a teller's drawer screen shows. Holdings stay hidden until the blind count is made.
public struct DrawerStatus: Sendable, Equatable {
    public var session: DrawerSessionRecord
    public var operations: Int
    public var reconciliation: DrawerReconciliation?
}

/// The teller's cash drawer through the day: a float counted out of the vault
/// and verified by a supervisor, cash bought from and sold to the vault, a
/// blind count at day end, then expected against counted with any over or
/// short posted to suspense on a supervisor's sign-off, and everything back
/// in the vault. A drawer that is counted or closed takes no cash operations.
public struct DrawerService {
    let context: BranchContext
    let posting: LedgerPosting
    let drawers: DrawerRepository

    public init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
        drawers = DrawerRepository(db: context.database)
    }

    static func drawerCode(_ teller: Operator) -> String { drawerCode(username: teller.username) }
    static func drawerCode(username: String) -> String { "drawer:\(username)" }
    static let vaultCode = "vault:CNY"

    func vault() throws -> InternalAccountRecord {
        try posting.ledger.internalAccount(code: Self.vaultCode, kind: .vault, currency: .cny)
    }

    /// The teller's drawer if it is open for today's business date; otherwise a message saying what to do.
    func openDrawer(for teller: Operator) throws -> DrawerSessionRecord {
        guard let session = try drawers.current(operatorID: teller.id) else { throw LocalizedMessage(.drawerNotOpen) }
        guard session.status == .open else { throw LocalizedMessage(.drawerCounted) }
        guard session.businessDate == posting.today else { throw LocalizedMessage(.drawerFromEarlierDay, session.businessDate.description) }
        return session
    }

    /// The teller's drawer that is not closed, with the reconciliation once counted.
    public func status(by actor: Operator) throws(LocalizedMessage) -> DrawerStatus? {
        try context.read {
            let teller = try context.requireActor(actor, .cash)
            guard let session = try drawers.current(operatorID: teller.id) else { return nil }
            return try describe(session)
        }
    }

    private func describe(_ session: DrawerSessionRecord) throws -> DrawerStatus {
        let operations = try posting.ledger.entryCount(internalID: session.internalID)
        var reconciliation: DrawerReconciliation?
        if session.status == .counted, let counted = session.counted {
            reconciliation = DrawerReconciliation(expected: try posting.ledger.holdings(internalID: session.internalID), counted: counted)
        }
        return DrawerStatus(session: session, operations: operations, reconciliation: reconciliation)
    }

    /// What the vault holds (supervisors), by denomination.
    public func vaultHoldings(by actor: Operator) throws(LocalizedMessage) -> CashBreakdown {
        try context.read {
            _ = try context.requireActor(actor, .approve)
            guard let vault = try posting.ledger.internalAccount(code: Self.vaultCode) else { return CashBreakdown() }
            return try posting.ledger.holdings(internalID: vault.id)
        }
    }

    /// Opens the teller's drawer for today with a float from the vault; a
    /// supervisor verifies the float with their own credentials.
    public func open(float: CashBreakdown, key: String, approval: SupervisorApproval?,
                     by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try posting.perform(key: key, request: "drawer_open|\(actor.id)|\(float.summary)", actor: actor) { teller in
            if let existing = try drawers.current(operatorID: teller.id) {
                throw existing.businessDate == posting.today ? LocalizedMessage(.drawerAlreadyOpen)
                    : LocalizedMessage(.drawerFromEarlierDay, existing.businessDate.description)
            }
            guard float.total > 0 else { throw LocalizedMessage(.drawerFloatEmpty) }
            if let problem = float.problem(forAmount: float.total) { throw CashMessages.message(for: problem) }
            // Without a verification say so plainly (not "a supervisor must approve this: …").
            guard approval != nil else { throw LocalizedMessage(.drawerFloatNeedsVerification) }
            let approved = try posting.checkApproval(approval, needed: [], maker: teller,
                                                     amount: float.total, currency: .cny, rules: CashRulesService(context).rules())
            guard let approved else { throw LocalizedMessage(.drawerFloatNeedsVerification) }
            let vault = try vault()
            let drawer = try posting.ledger.internalAccount(code: Self.drawerCode(teller), kind: .drawer, currency: .cny, operatorID: teller.id)
            try requireVaultCovers(float, vault: vault)
            let today = posting.today
            let now = context.clock.now()
            var draft = transferDraft(.drawerOpen, from: vault, to: drawer, cash: float, teller: teller, approvedBy: approved)
            draft.afterPosting = { entryID in
                _ = try drawers.open(operatorID: teller.id, internalID: drawer.id, businessDate: today, openEntryID: entryID,
                                     verifiedBy: approved.id, at: now)
            }
            return draft
        }
    }

    /// More cash from the vault into the open drawer; a second person (a
    /// supervisor) counts it across and approves, as for the float.
    public func buy(_ cash: CashBreakdown, key: String, approval: SupervisorApproval?,
                    by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try posting.perform(key: key, request: "drawer_buy|\(actor.id)|\(cash.summary)", actor: actor) { teller in
            let session = try openDrawer(for: teller)
            guard cash.total > 0, cash.problem(forAmount: cash.total) == nil else { throw LocalizedMessage(.drawerFloatEmpty) }
            let approved = try vaultMoveApproval(approval, cash: cash, teller: teller)
            let vault = try vault()
            try requireVaultCovers(cash, vault: vault)
            guard let drawer = try posting.ledger.internalAccount(id: session.internalID) else { throw LocalizedMessage(.drawerNotOpen) }
            return transferDraft(.drawerBuy, from: vault, to: drawer, cash: cash, teller: teller, approvedBy: approved)
        }
    }

    /// Surplus cash from the open drawer back to the vault; a second person
    /// (a supervisor) receives it and approves.
    public func sell(_ cash: CashBreakdown, key: String, approval: SupervisorApproval?,
                     by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try posting.perform(key: key, request: "drawer_sell|\(actor.id)|\(cash.summary)", actor: actor) { teller in
            let session = try openDrawer(for: teller)
            guard cash.total > 0, cash.problem(forAmount: cash.total) == nil else { throw LocalizedMessage(.drawerFloatEmpty) }
            let approved = try vaultMoveApproval(approval, cash: cash, teller: teller)
            let holdings = try posting.ledger.holdings(internalID: session.internalID)
            guard cash.isCovered(by: holdings) else { throw LocalizedMessage(.drawerCannotCover, CashMessages.shortfall(cash, holdings)) }
            guard let drawer = try posting.ledger.internalAccount(id: session.internalID) else { throw LocalizedMessage(.drawerNotOpen) }
            return transferDraft(.drawerSell, from: drawer, to: try vault(), cash: cash, teller: teller, approvedBy: approved)
        }
    }

    /// The second person for cash between vault and drawer: present, fresh,
    /// someone else who may approve this amount.
    private func vaultMoveApproval(_ approval: SupervisorApproval?, cash: CashBreakdown,
                                   teller: Operator) throws -> (id: Int64, reason: String) {
        guard approval != nil, let approved = try posting.checkApproval(approval, needed: [], maker: teller, amount: cash.total,
                                                                        currency: .cny, rules: CashRulesService(context).rules()) else {
            throw LocalizedMessage(.drawerMoveNeedsApproval)
        }
        return approved
    }

    /// The blind count: the teller enters what is in the drawer without seeing
    /// what is expected. Afterwards the drawer takes no more cash operations
    /// and the reconciliation is shown.
    public func count(_ counted: CashBreakdown, by actor: Operator) throws(LocalizedMessage) -> DrawerReconciliation {
        if counted.counts.values.contains(where: { $0 < 0 }) { throw LocalizedMessage(.cashNegativeCount) }
        return try context.write {
            let teller = try context.requireActor(actor, .cash)
            guard let session = try drawers.current(operatorID: teller.id) else { throw LocalizedMessage(.drawerNotOpen) }
            guard session.status == .open else { throw LocalizedMessage(.drawerCounted) }
            let expected = try posting.ledger.holdings(internalID: session.internalID)
            try drawers.recordCount(sessionID: session.id, counted: counted, expectedTotal: expected.total, at: context.clock.now())
            try context.record("drawer.count", by: teller.id, subject: "drawer \(session.id)",
                               detail: "counted \(counted.total) expected \(expected.total)")
            return DrawerReconciliation(expected: expected, counted: counted)
        }
    }

    /// A supervisor signs off the count: one entry moves the counted cash back
    /// to the vault and posts any over or short to suspense; the drawer closes.
    /// A drawer that expected nothing and held nothing closes without an entry (nil).
    @discardableResult
    public func signOff(key: String, approval: SupervisorApproval?, by actor: Operator) throws(LocalizedMessage) -> PostedOperation? {
        if try closeEmpty(approval: approval, by: actor) { return nil }
        return try posting.perform(key: key, request: "drawer_close|\(actor.id)", actor: actor) { teller in
            guard let session = try drawers.current(operatorID: teller.id) else { throw LocalizedMessage(.drawerNotOpen) }
            guard session.status == .counted, let counted = session.counted else { throw LocalizedMessage(.drawerNotCounted) }
            let expected = try posting.ledger.holdings(internalID: session.internalID)
            guard approval != nil else { throw LocalizedMessage(.drawerCloseNeedsSignOff) }
            let approved = try posting.checkApproval(approval, needed: [], maker: teller,
                                                     amount: max(expected.total, counted.total, 1), currency: .cny,
                                                     rules: CashRulesService(context).rules())
            guard let approved else { throw LocalizedMessage(.drawerCloseNeedsSignOff) }
            let vault = try vault()
            let suspense = try posting.ledger.internalAccount(code: "suspense:CNY", kind: .suspense, currency: .cny)
            let variance = counted.total - expected.total
            let postings: [(book: LedgerBook, amount: Int64)] = [
                (.internal(session.internalID), -expected.total), (.internal(vault.id), counted.total), (.internal(suspense.id), -variance),
            ].filter { $0.amount != 0 }
            let now = context.clock.now()
            var draft = EntryDraft(
                entry: JournalEntryRecord(kind: .drawerClose, idempotencyKey: "", requestHash: "", businessDate: posting.today,
                                          currency: .cny, amount: max(expected.total, counted.total, 1), makerID: teller.id,
                                          approverID: approved.id, approvalReason: approved.reason,
                                          memo: variance == 0 ? "balanced" : (variance > 0 ? "over" : "short"),
                                          detail: "expected \(expected.summary); counted \(counted.summary); variance \(variance)", at: now),
                postings: postings,
                cash: [(session.internalID, expected, -1), (vault.id, counted, 1)],
                auditAction: "ledger.drawer_close", auditDetail: "drawer \(session.id) variance \(variance)")
            let branch = context.branch(), head = try DayEndText.head(context)
            let approverName = approval?.approverName ?? String(approved.id)
            draft.voucher = ("drawer-close", { entryID, sequence, _ in
                DayEndText.drawerSignOff(sequence: sequence, entryID: entryID, branch: branch, teller: teller, approver: approverName,
                                         expected: expected, counted: counted, variance: variance, head: head, at: now)
            })
            draft.afterPosting = { entryID in
                try drawers.close(sessionID: session.id, signedOffBy: approved.id, reason: approved.reason, variance: variance,
                                  closeEntryID: entryID, at: now)
            }
            return draft
        }
    }

    /// Closes a counted drawer with nothing expected and nothing counted (all
    /// cash sold back to the vault): there is no money to post, only the sign-off.
    private func closeEmpty(approval: SupervisorApproval?, by actor: Operator) throws(LocalizedMessage) -> Bool {
        try context.write {
            let teller = try context.requireActor(actor, .cash)
            guard let session = try drawers.current(operatorID: teller.id), session.status == .counted,
                  session.counted?.total == 0, try posting.ledger.holdings(internalID: session.internalID).total == 0 else { return false }
            guard approval != nil else { throw LocalizedMessage(.drawerCloseNeedsSignOff) }
            guard let approved = try posting.checkApproval(approval, needed: [], maker: teller, amount: 1, currency: .cny,
                                                           rules: CashRulesService(context).rules()) else {
                throw LocalizedMessage(.drawerCloseNeedsSignOff)
            }
            try drawers.close(sessionID: session.id, signedOffBy: approved.id, reason: approved.reason, variance: 0, closeEntryID: nil,
                              at: context.clock.now())
            try context.record("drawer.close_empty", by: teller.id, subject: "drawer \(session.id)",
                               detail: "signed off by \(approval?.approverName ?? "?") (operator \(approved.id)): \(approved.reason)")
            return true
        }
    }

    /// Cash delivered into the vault from head office (supervisors).
    public func receiveIntoVault(_ cash: CashBreakdown, key: String, by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try posting.perform(key: key, request: "vault_receipt|\(cash.summary)", actor: actor, permission: .approve) { supervisor in
            guard cash.total > 0, cash.problem(forAmount: cash.total) == nil else { throw LocalizedMessage(.drawerFloatEmpty) }
            let headOffice = try posting.ledger.internalAccount(code: "head_office:CNY", kind: .headOffice, currency: .cny)
            return transferDraft(.vaultReceipt, from: headOffice, to: try vault(), cash: cash, teller: supervisor, approvedBy: nil)
        }
    }

    private func requireVaultCovers(_ cash: CashBreakdown, vault: InternalAccountRecord) throws {
        let holdings = try posting.ledger.holdings(internalID: vault.id)
        guard cash.isCovered(by: holdings) else { throw LocalizedMessage(.vaultCannotCover, CashMessages.shortfall(cash, holdings)) }
    }

    /// Cash from one internal account to another, notes and coins with it.
    private func transferDraft(_ kind: EntryKind, from source: InternalAccountRecord, to target: InternalAccountRecord,
                               cash: CashBreakdown, teller: Operator, approvedBy approved: (id: Int64, reason: String)?) -> EntryDraft {
        var moves: [(internalID: Int64, cash: CashBreakdown, sign: Int)] = [(target.id, cash, 1)]
        if source.kind.holdsCash { moves.append((source.id, cash, -1)) }
        // Every movement of cash gets its voucher, as a customer's operation does (issue 13).
        let branch = context.branch(), now = context.clock.now()
        let approver = approved.flatMap { try? context.operators.find(id: $0.id)?.operator.username }
        var draft = EntryDraft(
            entry: JournalEntryRecord(kind: kind, idempotencyKey: "", requestHash: "", businessDate: posting.today, currency: .cny,
                                      amount: cash.total, makerID: teller.id, approverID: approved?.id,
                                      approvalReason: approved?.reason ?? "", detail: "cash \(cash.summary)", at: context.clock.now()),
            postings: [(.internal(target.id), cash.total), (.internal(source.id), -cash.total)],
            cash: moves, auditAction: "ledger.\(kind.rawValue)", auditDetail: "\(source.code) → \(target.code)")
        draft.voucher = (kind.rawValue.replacingOccurrences(of: "_", with: "-"), { entryID, sequence, _ in
            CashVoucherText.cashMovement(kind: kind, sequence: sequence, entryID: entryID, branch: branch, from: source.code,
                                         to: target.code, cash: cash, teller: teller, approver: approver, at: now)
        })
        return draft
    }
}
