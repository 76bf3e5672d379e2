import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// Everything one business operation writes, prepared by the operation's
/// service and written by `LedgerPosting` in one transaction.
struct EntryDraft {
    var entry: JournalEntryRecord
    /// Debit positive, credit negative; must sum to zero.
    var postings: [(book: LedgerBook, amount: Int64)]
    var cash: [(internalID: Int64, cash: CashBreakdown, sign: Int)] = []
    var largeValue: (customerID: Int64, outgoing: Bool, dayTotal: Int64, purpose: String)?
    /// Customers to notify and the text, given the customer's balance afterwards.
    var notices: [(customer: Customer, account: AccountRecord, text: (Int64) -> String)] = []
    /// The voucher kind and its text, given the entry id, voucher sequence and the primary balance after.
    var voucher: (kind: String, text: (Int64, Int64, Int64?) -> String)?
    /// The account whose balance after is reported back.
    var primaryAccountID: Int64?
    var auditAction: String
    var auditDetail: String
    /// Extra writes in the same transaction once the entry exists (drawer session rows).
    var afterPosting: ((Int64) throws -> Void)?
}

/// Writes journal entries: idempotency, postings with balances, cash by
/// denomination, large-value report, notifications, voucher record and the
/// audit row, all in one `BEGIN IMMEDIATE` transaction. The voucher file is
/// written after commit from the stored text, so a crash can never leave a
/// half-posted operation (at worst a voucher to reprint).
struct LedgerPosting {
    let context: BranchContext
    let ledger: LedgerRepository
    let records: CashRecordsRepository
    let accounts: AccountRepository

    init(_ context: BranchContext) {
        self.context = context
        ledger = LedgerRepository(db: context.database)
        records = CashRecordsRepository(db: context.database)
        accounts = AccountRepository(db: context.database)
    }

    /// A key is fixed by the screen when the teller confirms; any text of 8 to 100 characters.
    static func checkKey(_ key: String) throws(LocalizedMessage) {
        guard (8...100).contains(key.count), key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw LocalizedMessage(.idempotencyKeyInvalid)
        }
    }

    /// Runs `prepare` and writes its draft, unless `key` was already posted:
    /// then the same request returns the first result and a different one is refused.
    func perform(key: String, request: String, actor: Operator, permission: Permission = .cash,
                 prepare: (Operator) throws -> EntryDraft) throws(LocalizedMessage) -> PostedOperation {
        try Self.checkKey(key)
        let hash = Digest.sha256Hex(request)
        var posted: PostedOperation
        var voucherBody: String?
        do {
            posted = try context.write { () throws -> PostedOperation in
                voucherBody = nil
                let clerk = try context.requireActor(actor, permission)
                if let existing = try ledger.entry(idempotencyKey: key) {
                    guard existing.requestHash == hash else { throw LocalizedMessage(.idempotencyConflict, String(existing.id)) }
                    return try replay(existing)
                }
                var draft = try prepare(clerk)
                draft.entry.idempotencyKey = key
                draft.entry.requestHash = hash
                return try write(draft) { voucherBody = $0 }
            }
        } catch {
            recordRefusal(error, request: request, actor: actor)
            throw error
        }
        // The file gets the very text the committed voucher row holds (kept from the write, not read back).
        if !posted.replayed, let path = posted.voucherPath, let body = voucherBody {
            // The entry is committed whatever happens here: say so, never "nothing was saved".
            do {
                try PrivateFile.write(body, to: path)
            } catch {
                posted.voucherProblem = LocalizedMessage(.voucherPending, String(posted.entryID), path, error.localizedDescription)
            }
        }
        return posted
    }

    /// Refusals the business rules made (not store failures or a repeated key)
    /// are logged for the error-rate KPI, in their own small transaction since
    /// the operation's was rolled back. Best effort: a failure here changes nothing.
    private func recordRefusal(_ refusal: LocalizedMessage, request: String, actor: Operator) {
        let notBusinessRules: Set<StringKey> = [.idempotencyConflict, .idempotencyKeyInvalid, .unexpectedError, .loginInactive,
                                                .errorForbidden]
        guard !notBusinessRules.contains(refusal.key), !StoreMessages.isStoreFailure(refusal) else { return }
        let kind = String(request.prefix { $0 != "|" })
        try? context.write {
            try records.recordRefusal(at: context.clock.now(), businessDate: today, operatorID: actor.id, kind: kind,
                                      reason: refusal.key.rawValue)
        }
    }

    /// Refusals an assessment makes for the account itself: the screen stops
    /// there and never posts, so they are logged here for the error-rate KPI
    /// as a refused post is (issue 13).
    static let accountRefusals: Set<StringKey> = [.accountFrozen, .accountDormant, .accountClosed, .insufficientFunds,
                                                  .currencyMismatch, .cashOnlyCNY, .transferForeignExternalRefused]

    /// Runs an assessment of a `kind` operation, logging an account refusal it
    /// makes. The same refusal by the same operator within two minutes is one
    /// attempt (Enter pressed again on the same form), logged once.
    func assessing<T>(_ kind: String, actor: Operator, _ body: () throws(LocalizedMessage) -> T) throws(LocalizedMessage) -> T {
        do {
            return try body()
        } catch {
            guard Self.accountRefusals.contains(error.key) else { throw error }
            let now = context.clock.now()
            try? context.write {
                guard try records.refusalCount(operatorID: actor.id, kind: kind, reason: error.key.rawValue,
                                               since: now.addingTimeInterval(-120)) == 0 else { return }
                try records.recordRefusal(at: now, businessDate: today, operatorID: actor.id, kind: kind, reason: error.key.rawValue)
            }
            throw error
        }
    }

    /// Writes a prepared draft inside the caller's transaction (also used by the training seed);
    /// `voucherWritten` receives the voucher's stored text.
    func write(_ draft: EntryDraft, voucherWritten: (String) -> Void = { _ in }) throws -> PostedOperation {
        guard draft.postings.reduce(0, { $0 + $1.amount }) == 0, draft.postings.count >= 2 else {
            throw LocalizedMessage(.unexpectedError, "unbalanced entry")
        }
        let entryID = try ledger.insertEntry(draft.entry)
        var balances: [LedgerBook: Int64] = [:]
        for posting in draft.postings {
            balances[posting.book] = try ledger.post(entryID: entryID, to: posting.book, amount: posting.amount)
        }
        for movement in draft.cash {
            try ledger.moveCash(entryID: entryID, internalID: movement.internalID, movement.cash, sign: movement.sign)
        }
        let now = draft.entry.at
        if let report = draft.largeValue {
            try records.insertLargeValueReport(entryID: entryID, customerID: report.customerID, businessDate: draft.entry.businessDate,
                                               outgoing: report.outgoing, amount: draft.entry.amount, dayTotal: report.dayTotal,
                                               purpose: report.purpose, operatorID: draft.entry.makerID, at: now)
        }
        for notice in draft.notices {
            let balance = balances[.customer(notice.account.id)] ?? notice.account.balance
            try records.enqueueNotification(entryID: entryID, customerID: notice.customer.id, channel: "sms",
                                            recipient: notice.customer.phone, body: notice.text(balance), at: now)
        }
        let primaryBalance = draft.primaryAccountID.flatMap { balances[.customer($0)] }
        var voucherSequence: Int64?
        var voucherPath: String?
        if let voucher = draft.voucher {
            let sequence = try accounts.nextVoucherSequence()
            let path = try VoucherFile.path(branchFile: context.database.path, sequence: sequence, kind: voucher.kind)
            let body = voucher.text(entryID, sequence, primaryBalance)
            _ = try accounts.insertVoucher(kind: voucher.kind.replacingOccurrences(of: "-", with: "_"),
                                           reference: CashRecordsRepository.voucherReference(entryID),
                                           operatorID: draft.entry.makerID, path: path, body: body, at: now)
            voucherWritten(body)
            voucherSequence = sequence
            voucherPath = path
        }
        try draft.afterPosting?(entryID)
        // The approver by name as well as number, so the audit trail reads without a lookup.
        let approval = try draft.entry.approverID.map { id in
            let name = try context.operators.find(id: id)?.operator.username ?? "?"
            return " approved by \(name) (operator \(id)): \(draft.entry.approvalReason)"
        } ?? ""
        // The facts are read back from what was just written, so the verifier's later reading compares like with like.
        guard let facts = try LedgerFacts(db: context.database).facts(entryID: entryID) else {
            throw LocalizedMessage(.unexpectedError, "entry \(entryID) vanished")
        }
        try context.record(draft.auditAction, by: draft.entry.makerID, subject: "entry \(entryID)",
                           detail: AuditFacts.detail("\(draft.entry.kind.rawValue) \(draft.entry.currency.rawValue) \(draft.entry.amount) "
                               + draft.auditDetail + approval, facts))
        return PostedOperation(entryID: entryID, kind: draft.entry.kind, amount: draft.entry.amount,
                               currency: draft.entry.currency, balanceAfter: primaryBalance, voucherSequence: voucherSequence,
                               voucherPath: voucherPath, largeValueReported: draft.largeValue != nil, replayed: false,
                               voucherProblem: nil)
    }

    /// The first result of an already-posted key, read back from the store.
    private func replay(_ entry: JournalEntryRecord) throws -> PostedOperation {
        let balance = try entry.accountID.flatMap { account in
            try ledger.postings(entryID: entry.id).first { $0.book == .customer(account) }?.balanceAfter
        }
        let voucher = try records.voucher(entryID: entry.id)
        return PostedOperation(entryID: entry.id, kind: entry.kind, amount: entry.amount, currency: entry.currency,
                               balanceAfter: balance, voucherSequence: voucher?.sequence, voucherPath: voucher?.path,
                               largeValueReported: try records.largeValueReportCount(entryID: entry.id) > 0, replayed: true,
                               voucherProblem: nil)
    }

    // MARK: Shared checks

    var today: BusinessDate { context.businessDate }

    /// The account by number, refusing unknown numbers.
    func account(number: String) throws -> AccountRecord {
        let cleaned = number.filter { !$0.isWhitespace }
        guard let account = try accounts.account(number: cleaned) else { throw LocalizedMessage(.accountNotFound, cleaned) }
        return account
    }

    func customer(of account: AccountRecord) throws -> Customer {
        guard let customer = try CustomerRepository(db: context.database).find(id: account.customerID) else {
            throw LocalizedMessage(.customerNotFound)
        }
        return customer
    }

    /// Refuses a movement the account's status does not allow, saying what can be done.
    func requireMovable(_ account: AccountRecord, _ direction: MovementDirection) throws {
        if let refusal = AccountRestriction.refusal(status: account.status, direction: direction) {
            throw Self.message(for: refusal, account: account)
        }
    }

    static func message(for refusal: AccountRefusal, account: AccountRecord, frozen: Int64 = 0) -> LocalizedMessage {
        let masked = AccountNumber.masked(account.number)
        switch refusal {
        case .frozen: return LocalizedMessage(.accountFrozen, masked)
        case .dormant: return LocalizedMessage(.accountDormant, masked)
        case .closed: return LocalizedMessage(.accountClosed, masked)
        case .insufficientFunds:
            let available = max(0, AccountRestriction.available(balance: account.balance, overdraftLimit: account.overdraftLimit) - frozen)
            return LocalizedMessage(.insufficientFunds, masked, AmountParser.format(available, minorUnits: account.currency.minorUnits))
        case .currencyMismatch: return LocalizedMessage(.currencyMismatch, masked, account.currency.rawValue)
        }
    }

    /// Refuses a debit beyond balance plus overdraft, less what partial freezes in force hold (issue 13).
    func requireFunds(_ account: AccountRecord, amount: Int64) throws {
        let frozen = try AccountFreezeService(context).frozenAmount(accountID: account.id)
        if amount > AccountRestriction.available(balance: account.balance, overdraftLimit: account.overdraftLimit) - frozen {
            throw Self.message(for: .insufficientFunds, account: account, frozen: frozen)
        }
    }

    /// Checks a supervisor approval given for this operation: present when
    /// needed, fresh, by someone else who may approve, within their approval limit.
    func checkApproval(_ approval: SupervisorApproval?, needed: [LocalizedMessage], maker: Operator, amount: Int64,
                       currency: Currency, rules: CashRules) throws -> (id: Int64, reason: String)? {
        guard let approval else {
            if let first = needed.first { throw Self.approvalRequired(first) }
            return nil
        }
        let approver = try context.approver(of: approval, maker: maker)
        let limit = rules.authority.approveLimit(approver, currency)
        guard amount <= limit else {
            throw LocalizedMessage(.approvalAboveLimit, approver.username, AmountParser.format(limit, minorUnits: currency.minorUnits))
        }
        return (approver.id, approval.reason)
    }

    /// The refusal for a missing approval, with its reason in the reader's language.
    static func approvalRequired(_ reason: LocalizedMessage) -> LocalizedMessage {
        LocalizedMessage(.approvalRequired, part: reason)
    }

    /// Masked account, movement, amount and balance, for SMS notifications,
    /// in the customer's preferred language (`CustomerSMSText`).
    static func notice(_ movement: CustomerSMSText.Movement, to customer: Customer, account: AccountRecord, amount: Int64,
                       balance: Int64, at: Date) -> String {
        let units = account.currency.minorUnits
        let message = LocalizedMessage(.receptionSMSAccountMovement, AccountNumber.masked(account.number), account.currency.rawValue,
                                       AmountParser.format(amount, minorUnits: units), LocalTimeText.monthDayTime(at),
                                       AmountParser.format(balance, minorUnits: units), part: movement.message)
        return CustomerSMSText.text(message, for: customer)
    }
}
