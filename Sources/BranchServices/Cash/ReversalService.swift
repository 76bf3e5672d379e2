import BankCore
import BankStore
import Foundation
import Localization

/// Reversal of a posted customer operation by a supervisor who did not make
/// (or approve) it, with a reason: a new entry that mirrors every posting and
/// cash movement of the original and points at it. The store's UNIQUE rule
/// on `reverses_id` makes a second reversal impossible even if two
/// supervisors try at once.
public struct ReversalService {
    let context: BranchContext
    let posting: LedgerPosting

    public init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
    }

    /// Whether `actor` may reverse this entry at all, asked before the reason
    /// is typed (issue 13): unknown, not reversible, a reversal itself,
    /// already reversed, one's own, an account closed, money or cash no
    /// longer there, or a closed drawer (naming whose, and what to do) are
    /// all refused here exactly as the reversal would refuse them. Writes nothing.
    public func assess(entryID: Int64, by actor: Operator) throws(LocalizedMessage) {
        try context.read {
            let supervisor = try context.requireActor(actor, .approve)
            _ = try check(entryID, by: supervisor)
        }
    }

    public func reverse(entryID: Int64, reason: String, key: String, by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.reversalReasonMissing) }
        return try posting.perform(key: key, request: "reversal|\(entryID)|\(why)", actor: actor, permission: .approve) { supervisor in
            let (original, postings, movements) = try check(entryID, by: supervisor)
            let now = context.clock.now()
            var draft = EntryDraft(
                entry: JournalEntryRecord(kind: .reversal, idempotencyKey: "", requestHash: "", businessDate: posting.today,
                                          currency: original.currency, amount: original.amount, customerID: original.customerID,
                                          accountID: original.accountID, counterAccountID: original.counterAccountID,
                                          makerID: supervisor.id, reversesID: original.id, memo: why,
                                          detail: "reverses entry \(original.id) (\(original.kind.rawValue))", at: now),
                postings: postings.map { ($0.book, -$0.amount) },
                cash: movements.map { ($0.internalID, $0.cash, -1) },
                primaryAccountID: original.accountID, auditAction: "ledger.reversal",
                auditDetail: "reverses entry \(original.id): \(why)")
            for item in postings {
                guard case .customer(let accountID) = item.book, let account = try posting.accounts.account(id: accountID) else { continue }
                let customer = try posting.customer(of: account)
                draft.notices.append((customer, account, { balance in
                    LedgerPosting.notice(.reversal(entryID: original.id), to: customer, account: account, amount: original.amount,
                                         balance: balance, at: now)
                }))
            }
            let branch = context.branch()
            draft.voucher = ("reversal", { entryID, sequence, _ in
                CashVoucherText.reversal(sequence: sequence, entryID: entryID, original: original, branch: branch,
                                         supervisor: supervisor, reason: why, at: now)
            })
            return draft
        }
    }

    /// The checks of a reversal, in the order a supervisor meets them; returns
    /// the original with its postings and cash movements.
    private func check(_ entryID: Int64, by supervisor: Operator) throws
        -> (JournalEntryRecord, [PostingRecord], [(internalID: Int64, cash: CashBreakdown)]) {
        guard let original = try posting.ledger.entry(id: entryID) else { throw LocalizedMessage(.entryNotFound, String(entryID)) }
        if original.kind == .reversal {
            // A reversal is never reversed: the operation is entered again instead.
            throw LocalizedMessage(.cashReversalOfReversal, String(entryID), original.reversesID.map(String.init) ?? "?")
        }
        guard original.kind.isReversible else { throw LocalizedMessage(.entryNotReversible, String(entryID)) }
        if let existing = try posting.ledger.reversal(of: entryID) {
            throw LocalizedMessage(.entryAlreadyReversed, String(entryID), String(existing.id))
        }
        guard original.makerID != supervisor.id, original.approverID != supervisor.id else {
            throw LocalizedMessage(.reversalOwnEntry)
        }
        let postings = try posting.ledger.postings(entryID: entryID)
        for item in postings {
            guard case .customer(let accountID) = item.book, let account = try posting.accounts.account(id: accountID) else { continue }
            guard account.status != .closed else { throw LedgerPosting.message(for: .closed, account: account) }
            // Reversing a credit takes the money back out: it must be there.
            if item.amount < 0 { try posting.requireFunds(account, amount: -item.amount) }
        }
        let movements = try posting.ledger.cashMovements(entryID: entryID)
        for movement in movements {
            // The cash goes back through the drawer that handled it. When that drawer is closed (its
            // cash is back in the vault) its teller opens it again, with a verified float, and the
            // reversal then goes through it: the books mirror the original exactly.
            if let status = try DrawerRepository(db: context.database).latestStatus(internalID: movement.internalID), status != .open {
                let owner = try posting.ledger.internalAccount(id: movement.internalID)?.operatorID
                    .flatMap { try context.operators.find(id: $0)?.operator.username } ?? "?"
                throw LocalizedMessage(.cashReversalDrawerClosed, owner)
            }
            let holdings = try posting.ledger.holdings(internalID: movement.internalID)
            let taking = CashBreakdown(movement.cash.counts.filter { $0.value > 0 })
            guard taking.isCovered(by: holdings) else {
                throw LocalizedMessage(.drawerCannotCover, CashMessages.shortfall(taking, holdings))
            }
        }
        return (original, postings, movements)
    }
}
