import BankCore
import BankStore
import Foundation
import Localization

/// A cash deposit or withdrawal as the teller entered it.
public struct CashRequest: Sendable, Equatable {
    public var accountNumber: String
    public var amount: Int64
    /// Notes and coins received (deposit) or paid out (withdrawal); must equal the amount.
    public var cash: CashBreakdown
    /// Source (deposit) or purpose (withdrawal) of funds; required for large cash.
    public var purpose: String
    /// The ticket being served, linking the visit to the operation.
    public var ticketID: Int64?
    public var memo: String
    /// The withdrawal pays out the whole balance and closes the account in the same entry (`AccountClosingService`).
    public var closesAccount = false

    public init(accountNumber: String, amount: Int64, cash: CashBreakdown, purpose: String = "", ticketID: Int64? = nil,
                memo: String = "") {
        self.accountNumber = accountNumber
        self.amount = amount
        self.cash = cash
        self.purpose = purpose
        self.ticketID = ticketID
        self.memo = memo
    }

    /// The canonical text hashed for idempotency: same key, same text, or refused.
    func fingerprint(_ kind: EntryKind) -> String {
        "\(kind.rawValue)|\(accountNumber.filter { !$0.isWhitespace })|\(amount)|\(cash.summary)|"
            + "\(purpose.trimmingCharacters(in: .whitespaces))|\(ticketID ?? 0)|\(memo)" + (closesAccount ? "|close" : "")
    }
}

/// Cash at the counter: deposits and withdrawals through the teller's open
/// drawer, with account status, balance, daily limit, authority, identity,
/// denomination and large-cash rules all checked here, below the screens.
public struct CashService {
    let context: BranchContext
    let posting: LedgerPosting

    public init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
    }

    /// The service name a withdrawal's identity verification must carry.
    public static func withdrawalService(accountNumber: String) -> String { "withdrawal:\(accountNumber)" }

    /// What a deposit still needs (approval, purpose), or the reason it is refused. Writes nothing.
    /// A refusal for the account itself (frozen, dormant, another currency, not enough money) is logged for the KPI.
    public func assessDeposit(_ request: CashRequest, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try posting.assessing(EntryKind.deposit.rawValue, actor: actor) { () throws(LocalizedMessage) in
            try context.read { try prepare(.deposit, request, clerk: try context.requireActor(actor, .cash), approval: nil, enforce: false).0 }
        }
    }

    public func assessWithdrawal(_ request: CashRequest, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try posting.assessing(EntryKind.withdrawal.rawValue, actor: actor) { () throws(LocalizedMessage) in
            try context.read { try prepare(.withdrawal, request, clerk: try context.requireActor(actor, .cash), approval: nil, enforce: false).0 }
        }
    }

    public func deposit(_ request: CashRequest, key: String, approval: SupervisorApproval? = nil,
                        by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        if let problem = request.textProblem { throw problem }
        return try posting.perform(key: key, request: request.fingerprint(.deposit), actor: actor) { clerk in
            try prepare(.deposit, request, clerk: clerk, approval: approval, enforce: true).1!
        }
    }

    public func withdraw(_ request: CashRequest, key: String, approval: SupervisorApproval? = nil,
                         by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        if let problem = request.textProblem { throw problem }
        return try posting.perform(key: key, request: request.fingerprint(.withdrawal), actor: actor) { clerk in
            try prepare(.withdrawal, request, clerk: clerk, approval: approval, enforce: true).1!
        }
    }

    /// Checks everything and, when `enforce`, builds the entry (throwing if a
    /// requirement is unmet); otherwise returns what is still required.
    private func prepare(_ kind: EntryKind, _ request: CashRequest, clerk: Operator, approval: SupervisorApproval?,
                         enforce: Bool) throws -> (OperationRequirements, EntryDraft?) {
        let outgoing = kind == .withdrawal
        try CounterCash.checkCount(request.cash, amount: request.amount)
        let account = try posting.account(number: request.accountNumber)
        guard account.currency == .cny else { throw LocalizedMessage(.cashOnlyCNY, account.currency.rawValue) }
        try posting.requireMovable(account, outgoing ? .debit : .credit)
        if request.closesAccount, !outgoing { throw LocalizedMessage(.closingWholeBalance, AmountParser.format(account.balance)) }
        // Closing says what is pending (a freeze, an overdraft) before "not enough money".
        let closer = request.closesAccount ? try AccountClosingService.closing(account, amount: request.amount, by: clerk.id, context: context) : nil
        if outgoing { try posting.requireFunds(account, amount: request.amount) }
        let customer = try posting.customer(of: account)
        let drawer = try CounterCash(context: context, posting: posting).drawer(for: clerk, paying: outgoing ? request.cash : nil)
        let rules = CashRulesService(context).rules()
        let today = posting.today
        let units = account.currency.minorUnits
        var requirements = OperationRequirements()
        let operation: LimitedOperation = outgoing ? .withdrawal : .deposit
        if let reason = CounterCash.authorityReason(rules, clerk: clerk, operation, amount: request.amount, currency: account.currency) {
            requirements.approvalReasons.append(reason)
        }
        if outgoing {
            let withdrawnToday = try posting.ledger.outgoingTotal(accountID: account.id, kinds: [.withdrawal], on: today)
            if withdrawnToday + request.amount > rules.withdrawalDailyLimit {
                requirements.approvalReasons.append(LocalizedMessage(
                    .approvalAboveDailyLimit, AmountParser.format(rules.withdrawalDailyLimit, minorUnits: units),
                    AmountParser.format(withdrawnToday, minorUnits: units)))
            }
            requirements.verificationService = Self.withdrawalService(accountNumber: account.number)
        }
        try requirements.requireApprover(ApprovalNeed(amount: request.amount, currency: account.currency), maker: clerk,
                                         presented: approval, context: context)
        let dayTotal = try posting.ledger.counterCashTotal(customerID: customer.id, on: today) + request.amount
        requirements.purposeRequired = rules.isLargeValue(dayTotal: dayTotal)
        // The verification must be this teller's, at this terminal, in this visit; a credential
        // replaced during the cooling-off period cannot authorise much (IdentityService.outgoingVerification).
        let verification = requirements.verificationService.map {
            IdentityService(context).outgoingVerification(customerID: customer.id, service: $0, methods: [.pin, .otp],
                                                          amount: request.amount, currency: account.currency, by: clerk)
        }
        guard enforce else {
            if verification == .verified { requirements.verificationService = nil }
            return (requirements, nil)
        }
        if let verification { try IdentityService.require(verification, otherwise: LocalizedMessage(.customerNotVerified)) }
        let purpose = request.purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        if requirements.purposeRequired, purpose.count < 2 {
            throw LocalizedMessage(.largeValuePurposeRequired, AmountParser.format(rules.largeValueThreshold, minorUnits: units))
        }
        let approved = try posting.checkApproval(approval, needed: requirements.approvalReasons, maker: clerk,
                                                 amount: request.amount, currency: account.currency, rules: rules)
        let now = context.clock.now()
        let customerAmount = outgoing ? request.amount : -request.amount
        var draft = EntryDraft(
            entry: JournalEntryRecord(kind: kind, idempotencyKey: "", requestHash: "", businessDate: today, currency: account.currency,
                                      amount: request.amount, customerID: customer.id, accountID: account.id, makerID: clerk.id,
                                      approverID: approved?.id, approvalReason: approved?.reason ?? "", ticketID: request.ticketID,
                                      memo: request.memo, detail: "cash \(request.cash.summary)"
                                          + (purpose.isEmpty ? "" : "; purpose: \(purpose)"), at: now),
            postings: [(.customer(account.id), customerAmount), (.internal(drawer.internalID), -customerAmount)],
            cash: [(drawer.internalID, request.cash, outgoing ? -1 : 1)],
            primaryAccountID: account.id, auditAction: outgoing ? "ledger.withdrawal" : "ledger.deposit",
            auditDetail: "account \(AccountNumber.masked(account.number)) customer \(customer.id)")
        draft.afterPosting = closer
        if requirements.purposeRequired {
            draft.largeValue = (customer.id, outgoing, dayTotal, purpose)
        }
        draft.notices = [(customer, account, { balance in
            LedgerPosting.notice(outgoing ? .cashWithdrawal : .cashDeposit, to: customer, account: account, amount: request.amount,
                                 balance: balance, at: now)
        })]
        let branch = context.branch()
        draft.voucher = (outgoing ? "withdrawal" : "deposit", { entryID, sequence, balance in
            CashVoucherText.cash(kind: kind, sequence: sequence, entryID: entryID, branch: branch, customer: customer, account: account,
                                 request: request, balanceAfter: balance, teller: clerk, approver: approval?.approverName, at: now)
        })
        return (requirements, draft)
    }
}

/// Turns cash-count problems into messages.
enum CashMessages {
    static func message(for problem: CashProblem) -> LocalizedMessage {
        switch problem {
        case .negativeCount: return LocalizedMessage(.cashNegativeCount)
        case .totalMismatch(let expected, let counted):
            return LocalizedMessage(.cashTotalMismatch, AmountParser.format(counted), AmountParser.format(expected))
        }
    }

    /// `100 ×3` for each denomination the drawer lacks.
    static func shortfall(_ wanted: CashBreakdown, _ holdings: CashBreakdown) -> String {
        wanted.counts.keys.sorted(by: >).compactMap { denomination in
            let missing = wanted.counts[denomination, default: 0] - holdings.counts[denomination, default: 0]
            return missing > 0 ? "\(denomination.label)×\(missing)" : nil
        }.joined(separator: " ")
    }
}
