import BankCore
import BankStore
import Foundation
import Localization

extension LoanRepaymentService {
    /// Checks the counter side and, when `enforce`, builds the one entry of the
    /// repayment: the account (or drawer) debited with the amount, the loan
    /// receivable credited with the principal parts, interest income with the
    /// interest and penalty; in the same transaction the repayment row, its
    /// allocation, the new schedule version (early repayment in part), the
    /// outstanding principal and the closing of a loan repaid in full.
    func prepare(loanID: Int64, plan: LoanRepaymentPlan, source: LoanCashSide, clerk: Operator, approval: SupervisorApproval?,
                 enforce: Bool) throws -> (OperationRequirements, EntryDraft?) {
        let (loan, account, customer) = try books.parties(loanID: loanID)
        var side = try books.counterSide(source, amount: plan.amount, outgoing: false, account: account, customer: customer, clerk: clerk,
                                         approval: approval)
        // Repaying a loan is never a large-value purpose question: the purpose is the loan.
        let largeValue = side.requirements.purposeRequired
        side.requirements.purposeRequired = false
        guard enforce else { return (side.requirements, nil) }
        let approved = try books.approver(approval, side: side, clerk: clerk, amount: plan.amount)
        let principal = plan.allocation.principal + plan.prepayment
        let income = plan.allocation.interest + plan.allocation.penalty
        var postings = [side.posting]
        if principal > 0, let receivable = try books.book(LoanServicingBooks.receivableCode, .loanReceivable, create: true) {
            postings.append((.internal(receivable), -principal))
        }
        if income > 0, let interest = try books.book(LoanServicingBooks.interestIncomeCode, .interestIncome, create: true) {
            postings.append((.internal(interest), -income))
        }
        let today = books.posting.today
        let now = context.clock.now()
        let fromAccount = source == .account
        var draft = EntryDraft(
            entry: JournalEntryRecord(kind: .loanRepayment, idempotencyKey: "", requestHash: "", businessDate: today, currency: .cny,
                                      amount: plan.amount, customerID: customer.id, accountID: fromAccount ? account.id : nil,
                                      makerID: clerk.id, approverID: approved?.id, approvalReason: approved?.reason ?? "",
                                      memo: "loan \(loan.contractNumber)",
                                      detail: "\(plan.kind.rawValue) \(LoanServicingBooks.fingerprint(source))", at: now),
            postings: postings, cash: side.cash, primaryAccountID: fromAccount ? account.id : nil, auditAction: "ledger.loan_repayment",
            auditDetail: "loan \(loan.contractNumber) customer \(customer.id) \(plan.kind.rawValue) penalty \(plan.allocation.penalty) "
                + "interest \(plan.allocation.interest) principal \(plan.allocation.principal) prepayment \(plan.prepayment)")
        if largeValue { draft.largeValue = (customer.id, false, side.dayTotal, "loan repayment \(loan.contractNumber)") }
        let repository = books.loans
        draft.afterPosting = { entryID in
            let repayment = try repository.insertRepayment(loanID: loan.id, entryID: entryID, businessDate: today, amount: plan.amount,
                                                           cash: !fromAccount, kind: plan.kind.rawValue, choice: plan.choice,
                                                           operatorID: clerk.id, at: now)
            try repository.insertAllocation(repaymentID: repayment, loanID: loan.id, scheduleVersion: nil, instalment: nil, part: "penalty",
                                            amount: plan.allocation.penalty)
            for part in plan.allocation.parts {
                try repository.insertAllocation(repaymentID: repayment, loanID: loan.id, scheduleVersion: loan.scheduleVersion,
                                                instalment: part.instalment, part: "interest", amount: part.interest)
                try repository.insertAllocation(repaymentID: repayment, loanID: loan.id, scheduleVersion: loan.scheduleVersion,
                                                instalment: part.instalment, part: "principal", amount: part.principal)
            }
            try repository.insertAllocation(repaymentID: repayment, loanID: loan.id, scheduleVersion: loan.scheduleVersion, instalment: nil,
                                            part: "prepayment", amount: plan.prepayment)
            var version = loan.scheduleVersion
            if let schedule = plan.newSchedule {
                version += 1
                try repository.insertSchedule(loanID: loan.id, version: version, schedule.instalments)
            }
            try repository.updateAfterRepayment(loanID: loan.id, outstanding: plan.outstandingAfter, scheduleVersion: version,
                                                 closedOn: plan.closes ? today : nil)
        }
        draft.notices = [(customer, account, { _ in
            CustomerSMSText.text(LocalizedMessage(.loanSMSRepaid, loan.contractNumber, AmountParser.format(plan.amount),
                                                  AmountParser.format(plan.outstandingAfter)), for: customer)
        })]
        let branch = context.branch()
        draft.voucher = ("loan-repayment", { entryID, sequence, _ in
            LoanVoucherText.repayment(sequence: sequence, entryID: entryID, branch: branch, customer: customer, account: account, loan: loan,
                                      source: source, plan: plan, teller: clerk, approver: approval?.approverName, at: now)
        })
        return (side.requirements, draft)
    }
}
