import BankCore
import BankStore
import Foundation
import Localization

/// The payee of a transfer to another bank.
public struct ExternalPayee: Sendable, Equatable {
    public var name: String
    public var bank: String
    public var accountNumber: String

    public init(name: String, bank: String, accountNumber: String) {
        self.name = name
        self.bank = bank
        self.accountNumber = accountNumber
    }
}

/// A transfer as the teller entered it: to an account of this bank
/// (`toAccountNumber`) or to another bank (`payee`).
public struct TransferRequest: Sendable, Equatable {
    public var fromAccountNumber: String
    public var toAccountNumber: String
    public var payee: ExternalPayee?
    public var amount: Int64
    public var savePayee: Bool
    public var memo: String
    public var ticketID: Int64?
    /// The transfer moves the whole balance and closes the account in the same entry (`AccountClosingService`).
    public var closesAccount = false

    public init(fromAccountNumber: String, toAccountNumber: String = "", payee: ExternalPayee? = nil, amount: Int64,
                savePayee: Bool = false, memo: String = "", ticketID: Int64? = nil) {
        self.fromAccountNumber = fromAccountNumber
        self.toAccountNumber = toAccountNumber
        self.payee = payee
        self.amount = amount
        self.savePayee = savePayee
        self.memo = memo
        self.ticketID = ticketID
    }

    func fingerprint() -> String {
        let clean = { (text: String) in text.filter { !$0.isWhitespace } }
        let external = payee.map { "\($0.name)|\($0.bank)|\(clean($0.accountNumber))" } ?? ""
        return "transfer|\(clean(fromAccountNumber))|\(clean(toAccountNumber))|\(external)|\(amount)|\(savePayee)|\(memo)|\(ticketID ?? 0)" + (closesAccount ? "|close" : "")
    }
}

/// Transfers between accounts of this bank, and to other banks through the
/// clearing account: status and balance checked in real time, single and
/// daily limits and teller authority (above them a supervisor approves), the
/// customer verified (a one-time code from the threshold up), both parties
/// notified and an electronic voucher kept.
public struct TransferService {
    let context: BranchContext
    let posting: LedgerPosting

    public init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
    }

    /// The service name a transfer's identity verification must carry.
    public static func verificationService(accountNumber: String) -> String { "transfer:\(accountNumber)" }

    /// A refusal for an account itself (frozen, dormant, another currency, not enough money) is logged for the KPI.
    public func assess(_ request: TransferRequest, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try posting.assessing("transfer", actor: actor) { () throws(LocalizedMessage) in
            try context.read { try prepare(request, clerk: try context.requireActor(actor, .cash), approval: nil, enforce: false).0 }
        }
    }

    public func transfer(_ request: TransferRequest, key: String, approval: SupervisorApproval? = nil,
                         by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        if let problem = request.textProblem { throw problem }
        return try posting.perform(key: key, request: request.fingerprint(), actor: actor) { clerk in
            try prepare(request, clerk: clerk, approval: approval, enforce: true).1!
        }
    }

    /// Payees the customer saved for transfers to other banks.
    public func payees(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [PayeeRecord] {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            return try posting.records.payees(customerID: customerID)
        }
    }

    static func validate(_ payee: ExternalPayee) throws {
        let name = payee.name.trimmingCharacters(in: .whitespaces)
        guard (1...60).contains(name.count) else { throw LocalizedMessage(.payeeNameInvalid) }
        guard (2...60).contains(payee.bank.trimmingCharacters(in: .whitespaces).count) else { throw LocalizedMessage(.payeeBankInvalid) }
        let number = payee.accountNumber.filter { !$0.isWhitespace }
        guard (8...30).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw LocalizedMessage(.payeeAccountInvalid)
        }
    }

    private func prepare(_ request: TransferRequest, clerk: Operator, approval: SupervisorApproval?,
                         enforce: Bool) throws -> (OperationRequirements, EntryDraft?) {
        guard request.amount > 0, request.amount <= AmountParser.maximumMinorUnits else { throw LocalizedMessage(.amountTooLarge) }
        let from = try posting.account(number: request.fromAccountNumber)
        try posting.requireMovable(from, .debit)
        var to: AccountRecord?
        if let payee = request.payee {
            try Self.validate(payee)
            // No foreign exchange or cross-border payments yet: the clearing link is domestic, in CNY only.
            guard from.currency == .cny else { throw LocalizedMessage(.transferForeignExternalRefused, from.currency.rawValue) }
        } else {
            let target = try posting.account(number: request.toAccountNumber)
            guard target.id != from.id else { throw LocalizedMessage(.transferSameAccount) }
            try posting.requireMovable(target, .credit)
            guard target.currency == from.currency else { throw LedgerPosting.message(for: .currencyMismatch, account: target) }
            to = target
        }
        // Closing says what is pending (a freeze, an overdraft) before "not enough money".
        let closer = request.closesAccount ? try AccountClosingService.closing(from, amount: request.amount, by: clerk.id, context: context) : nil
        try posting.requireFunds(from, amount: request.amount)
        let payer = try posting.customer(of: from)
        let rules = CashRulesService(context).rules()
        let today = posting.today
        let units = from.currency.minorUnits
        let format = { (value: Int64) in AmountParser.format(value, minorUnits: units) }
        var requirements = OperationRequirements()
        let authority = rules.authority.enterLimit(clerk.role, .transfer, from.currency)
        if request.amount > authority { requirements.approvalReasons.append(LocalizedMessage(.approvalAboveAuthority, format(authority))) }
        let limits = rules.transferLimits(in: from.currency)
        let single = limits.single
        if request.amount > single { requirements.approvalReasons.append(LocalizedMessage(.approvalAboveSingleLimit, format(single))) }
        let daily = limits.daily
        let sentToday = try posting.ledger.outgoingTotal(accountID: from.id, kinds: [.transfer, .externalTransfer], on: today)
        if sentToday + request.amount > daily {
            requirements.approvalReasons.append(LocalizedMessage(.approvalAboveDailyLimit, format(daily), format(sentToday)))
        }
        try requirements.requireApprover(ApprovalNeed(amount: request.amount, currency: from.currency), maker: clerk,
                                         presented: approval, context: context)
        requirements.verificationService = Self.verificationService(accountNumber: from.number)
        requirements.oneTimeCodeRequired = request.amount >= limits.oneTimeCode
        let methods: Set<VerificationMethod> = requirements.oneTimeCodeRequired ? [.otp] : [.pin, .otp]
        // This teller's own check, at this terminal, in this visit; a credential replaced during the
        // cooling-off period cannot authorise much (IdentityService.outgoingVerification).
        let verification = IdentityService(context).outgoingVerification(
            customerID: payer.id, service: requirements.verificationService!, methods: methods, amount: request.amount,
            currency: from.currency, by: clerk)
        guard enforce else {
            if verification == .verified { requirements.verificationService = nil }
            return (requirements, nil)
        }
        try IdentityService.require(verification, otherwise: LocalizedMessage(
            requirements.oneTimeCodeRequired ? .transferNeedsOneTimeCode : .customerNotVerified))
        let approved = try posting.checkApproval(approval, needed: requirements.approvalReasons, maker: clerk, amount: request.amount,
                                                 currency: from.currency, rules: rules)
        let now = context.clock.now()
        let counterBook: LedgerBook
        var payee: Customer?
        if let to {
            counterBook = .customer(to.id)
            payee = try posting.customer(of: to)
        } else {
            let clearing = try posting.ledger.internalAccount(code: "clearing:\(from.currency.rawValue)", kind: .clearing,
                                                              currency: from.currency)
            counterBook = .internal(clearing.id)
        }
        let external = request.payee
        let detail = external.map { "to \($0.name), \($0.bank), \(AccountNumber.masked($0.accountNumber.filter { !$0.isWhitespace }))" }
            ?? "to \(AccountNumber.masked(to!.number))"
        var draft = EntryDraft(
            entry: JournalEntryRecord(kind: external == nil ? .transfer : .externalTransfer, idempotencyKey: "", requestHash: "",
                                      businessDate: today, currency: from.currency, amount: request.amount, customerID: payer.id,
                                      accountID: from.id, counterAccountID: to?.id, makerID: clerk.id, approverID: approved?.id,
                                      approvalReason: approved?.reason ?? "", ticketID: request.ticketID, memo: request.memo,
                                      detail: detail, at: now),
            postings: [(.customer(from.id), request.amount), (counterBook, -request.amount)],
            primaryAccountID: from.id, auditAction: "ledger.transfer",
            auditDetail: "from \(AccountNumber.masked(from.number)) \(detail)")
        draft.afterPosting = closer
        draft.notices = [(payer, from, { balance in
            LedgerPosting.notice(.transferOut, to: payer, account: from, amount: request.amount, balance: balance, at: now)
        })]
        if let to, let payee {
            draft.notices.append((payee, to, { balance in
                LedgerPosting.notice(.transferIn, to: payee, account: to, amount: request.amount, balance: balance, at: now)
            }))
        }
        if let external, request.savePayee {
            let records = posting.records
            draft.afterPosting = { _ in
                try records.savePayee(customerID: payer.id, name: external.name.trimmingCharacters(in: .whitespaces),
                                      bank: external.bank.trimmingCharacters(in: .whitespaces),
                                      accountNumber: external.accountNumber.filter { !$0.isWhitespace }, at: now)
            }
        }
        let branch = context.branch()
        draft.voucher = ("transfer", { entryID, sequence, balance in
            CashVoucherText.transfer(sequence: sequence, entryID: entryID, branch: branch, payer: payer, from: from, to: to,
                                     payee: external, amount: request.amount, balanceAfter: balance, teller: clerk,
                                     approver: approval?.approverName, memo: request.memo, at: now)
        })
        return (requirements, draft)
    }
}
