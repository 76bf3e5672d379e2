import BankCore
import BankStore
import Foundation
import Localization

/// What the disbursal and the repayment share: the loan with its account and
/// customer, the two internal books of the loan desk (created the first time
/// they are needed), and the counter side of the money — the customer's own
/// account, or notes and coins through the teller's drawer under the same
/// rules as a cash withdrawal or deposit (`CounterCash`).
struct LoanServicingBooks {
    static let receivableCode = "LOAN-RECEIVABLE-CNY"
    static let interestIncomeCode = "INTEREST-INCOME-CNY"

    let context: BranchContext
    let posting: LedgerPosting
    var loans: LoanRepository { LoanRepository(db: context.database) }

    init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
    }

    /// The loan, its account and its customer, or the refusal.
    func parties(loanID: Int64) throws -> (loan: LoanRecord, account: AccountRecord, customer: Customer) {
        guard let loan = try loans.loan(id: loanID) else { throw LocalizedMessage(.loanNotFound, String(loanID)) }
        // The account must still be the borrower's own: a loans row edited to another customer's account moves nothing.
        guard let account = try posting.accounts.account(id: loan.accountID), account.customerID == loan.customerID else {
            throw LocalizedMessage(.loanAccountMissing, loan.contractNumber)
        }
        return (loan, account, try posting.customer(of: account))
    }

    /// The facts the contract's audit line records about `loan` (`LoanContractFacts`).
    static func contractFacts(_ loan: LoanRecord) -> [(String, String)] {
        LoanContractFacts.facts(contract: loan.contractNumber, application: loan.applicationID, customer: loan.customerID,
                                account: loan.accountID, principal: loan.principal, ratePPM: loan.rate.partsPerMillion,
                                penaltyPPM: loan.penaltyRate.partsPerMillion, method: loan.method.rawValue, months: Int64(loan.months),
                                product: loan.productCode, version: Int64(loan.productVersion))
    }

    /// Refuses to pay out a loan unless a genuine (key-proved) contract line records exactly its terms:
    /// a loans row inserted or edited with the sqlite3 tool is never paid out.
    func requireContractProven(_ loan: LoanRecord) throws {
        let expected = Dictionary(Self.contractFacts(loan), uniquingKeysWith: { first, _ in first })
        let lines = try context.genuineAudit(action: LoanContractFacts.action, subject: LoanContractFacts.subject(loanID: loan.id))
        guard lines.contains(where: { AuditFacts.parse($0.detail) == expected }) else {
            throw LocalizedMessage(.loanApprovalMissing, loan.contractNumber, "0", "1")
        }
    }

    /// An internal book of the loan desk; `create` false only looks (an assessment writes nothing).
    func book(_ code: String, _ kind: InternalAccountKind, create: Bool) throws -> Int64? {
        create ? try posting.ledger.internalAccount(code: code, kind: kind, currency: .cny).id : try posting.ledger.internalAccount(code: code)?.id
    }

    /// The counter side of `amount`: the postings and cash movement for the customer's account or the
    /// drawer (`outgoing`: money to the customer), and what a supervisor must approve.
    struct CounterSide {
        var posting: (book: LedgerBook, amount: Int64)
        var cash: [(internalID: Int64, cash: CashBreakdown, sign: Int)] = []
        var requirements = OperationRequirements()
        var rules: CashRules
        var dayTotal: Int64 = 0
    }

    func counterSide(_ side: LoanCashSide, amount: Int64, outgoing: Bool, account: AccountRecord, customer: Customer, clerk: Operator,
                     approval: SupervisorApproval?) throws -> CounterSide {
        let rules = CashRulesService(context).rules()
        let signed = outgoing ? -amount : amount
        switch side {
        case .account:
            try posting.requireMovable(account, outgoing ? .credit : .debit)
            if !outgoing { try posting.requireFunds(account, amount: amount) }
            return CounterSide(posting: (.customer(account.id), signed), rules: rules)
        case .cash(let notes):
            try CounterCash.checkCount(notes, amount: amount)
            let drawer = try CounterCash(context: context, posting: posting).drawer(for: clerk, paying: outgoing ? notes : nil)
            var result = CounterSide(posting: (.internal(drawer.internalID), signed), cash: [(drawer.internalID, notes, outgoing ? -1 : 1)],
                                     rules: rules)
            if let reason = CounterCash.authorityReason(rules, clerk: clerk, outgoing ? .withdrawal : .deposit, amount: amount, currency: .cny) {
                result.requirements.approvalReasons.append(reason)
            }
            try result.requirements.requireApprover(ApprovalNeed(amount: amount, currency: .cny), maker: clerk, presented: approval,
                                                    context: context)
            result.dayTotal = try posting.ledger.counterCashTotal(customerID: customer.id, on: posting.today) + amount
            result.requirements.purposeRequired = rules.isLargeValue(dayTotal: result.dayTotal)
            return result
        }
    }

    /// The approver checked (present when needed, someone else, within their limit).
    func approver(_ approval: SupervisorApproval?, side: CounterSide, clerk: Operator, amount: Int64) throws -> (id: Int64, reason: String)? {
        try posting.checkApproval(approval, needed: side.requirements.approvalReasons, maker: clerk, amount: amount, currency: .cny,
                                  rules: side.rules)
    }

    static func fingerprint(_ side: LoanCashSide) -> String {
        switch side {
        case .account: return "account"
        case .cash(let notes): return "cash \(notes.summary)"
        }
    }
}
