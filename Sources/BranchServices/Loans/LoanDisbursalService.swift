import BankCore
import BankStore
import Foundation
import Localization

/// Where the money goes or comes from at the counter.
public enum LoanCashSide: Sendable, Equatable {
    /// The customer's own account named on the loan.
    case account
    /// Notes and coins through the teller's open drawer (within the drawer rules).
    case cash(CashBreakdown)
}

/// Pays out a signed loan through the ledger in one transaction (issue 15):
/// the loan receivable is debited and the customer's account (or the drawer)
/// credited, the schedule stored from the disbursal date, the customer notified.
/// OWNER: servicing helper.
public struct LoanDisbursalService {
    let context: BranchContext
    let books: LoanServicingBooks

    public init(_ context: BranchContext) {
        self.context = context
        books = LoanServicingBooks(context)
    }

    /// What the payout still needs (a supervisor for cash above the teller's authority), or the refusal. Writes nothing.
    public func assess(loanID: Int64, payout: LoanCashSide, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try context.read { try prepare(loanID: loanID, payout: payout, clerk: try context.requireActor(actor, .loans), approval: nil,
                                       enforce: false).0 }
    }

    public func disburse(loanID: Int64, payout: LoanCashSide, key: String, approval: SupervisorApproval? = nil,
                         by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        let request = "loan_disbursal|\(loanID)|\(LoanServicingBooks.fingerprint(payout))"
        return try books.posting.perform(key: key, request: request, actor: actor, permission: .loans) { clerk in
            try prepare(loanID: loanID, payout: payout, clerk: clerk, approval: approval, enforce: true).1!
        }
    }

    private func prepare(loanID: Int64, payout: LoanCashSide, clerk: Operator, approval: SupervisorApproval?,
                         enforce: Bool) throws -> (OperationRequirements, EntryDraft?) {
        let (loan, account, customer) = try books.parties(loanID: loanID)
        guard loan.status == .signed else { throw LocalizedMessage(.loanNotSigned, loan.contractNumber, loan.status.rawValue) }
        try books.requireContractProven(loan)
        var side = try books.counterSide(payout, amount: loan.principal, outgoing: true, account: account, customer: customer, clerk: clerk,
                                         approval: approval)
        if try paidOutAlone(loan, by: clerk) {
            side.requirements.approvalReasons.append(LocalizedMessage(.loanPayoutSecondPerson))
            try side.requirements.requireApprover(ApprovalNeed(amount: loan.principal, currency: .cny), maker: clerk, presented: approval,
                                                  context: context)
        }
        guard enforce else { return (side.requirements, nil) }
        let approved = try books.approver(approval, side: side, clerk: clerk, amount: loan.principal)
        guard let receivable = try books.book(LoanServicingBooks.receivableCode, .loanReceivable, create: true) else {
            throw LocalizedMessage(.unexpectedError, "no loan receivable")
        }
        let today = books.posting.today
        let now = context.clock.now()
        let toAccount = payout == .account
        var draft = EntryDraft(
            entry: JournalEntryRecord(kind: .loanDisbursal, idempotencyKey: "", requestHash: "", businessDate: today, currency: .cny,
                                      amount: loan.principal, customerID: customer.id, accountID: toAccount ? account.id : nil,
                                      makerID: clerk.id, approverID: approved?.id, approvalReason: approved?.reason ?? "",
                                      memo: "loan \(loan.contractNumber)", detail: LoanServicingBooks.fingerprint(payout), at: now),
            postings: [(.internal(receivable), loan.principal), side.posting], cash: side.cash,
            primaryAccountID: toAccount ? account.id : nil, auditAction: "ledger.loan_disbursal",
            auditDetail: "loan \(loan.contractNumber) customer \(customer.id)")
        if side.requirements.purposeRequired {
            let purpose = (try LoanApplicationRepository(db: context.database).application(id: loan.applicationID)?.purpose).map { "loan: " + $0 } ?? "loan"
            draft.largeValue = (customer.id, true, side.dayTotal, purpose + " \(loan.contractNumber)")
        }
        let schedule = LoanSchedule(principal: loan.principal, rate: loan.rate, months: loan.months, method: loan.method, start: today)
        draft.afterPosting = { entryID in
            try books.loans.markDisbursed(loanID: loan.id, entryID: entryID, start: today)
            try books.loans.insertSchedule(loanID: loan.id, version: 1, schedule.instalments)
        }
        draft.notices = [(customer, account, { balance in
            CustomerSMSText.text(toAccount
                ? LocalizedMessage(.loanSMSDisbursedToAccount, loan.contractNumber, AmountParser.format(loan.principal),
                                   AccountNumber.masked(account.number), AmountParser.format(balance))
                : LocalizedMessage(.loanSMSDisbursedInCash, loan.contractNumber, AmountParser.format(loan.principal)), for: customer)
        })]
        let branch = context.branch()
        draft.voucher = ("loan-disbursal", { entryID, sequence, balance in
            LoanVoucherText.disbursal(sequence: sequence, entryID: entryID, branch: branch, customer: customer, account: account,
                                      loan: loan, payout: payout, schedule: schedule, balanceAfter: balance, teller: clerk,
                                      approver: approval?.approverName, at: now)
        })
        return (side.requirements, draft)
    }

    /// Four eyes on every payout: a loan the system approved (no person
    /// decided it) paid out by the person who entered or signed it would be
    /// one person alone moving the bank's money, so a supervisor confirms the
    /// payout with their own ID and PIN. A loan a supervisor approved, or one
    /// paid out by a colleague, already has a second person.
    private func paidOutAlone(_ loan: LoanRecord, by clerk: Operator) throws -> Bool {
        let applications = LoanApplicationRepository(db: context.database)
        let decidedByAPerson = try applications.approvals(applicationID: loan.applicationID).contains {
            $0.approverID != nil && $0.decision == "approve"
        }
        guard !decidedByAPerson else { return false }
        let entrant = try applications.application(id: loan.applicationID)?.enteredBy
        return clerk.id == entrant || clerk.id == loan.signedBy
    }
}
