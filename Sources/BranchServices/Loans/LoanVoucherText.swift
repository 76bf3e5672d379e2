import BankCore
import Foundation
import Localization

/// Bilingual vouchers of the loan desk (disbursal and repayment), in the
/// layout of the cash vouchers (`CashVoucherText`); stored with the voucher row.
enum LoanVoucherText {
    private static let both = CashVoucherText.both

    private static func side(_ side: LoanCashSide, account: AccountRecord) -> String {
        switch side {
        case .account: return "\(both(.voucherAccount)): \(AccountNumber.masked(account.number))"
        case .cash(let notes): return "\(both(.voucherNotesAndCoins)): \(notes.summary)"
        }
    }

    static func disbursal(sequence: Int64, entryID: Int64, branch: Branch?, customer: Customer, account: AccountRecord, loan: LoanRecord,
                          payout: LoanCashSide, schedule: LoanSchedule, balanceAfter: Int64?, teller: Operator, approver: String?,
                          at: Date) -> String {
        CashVoucherText.header(.loanVoucherTitleDisbursal, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.loanContractNumber)): \(loan.contractNumber)
        \(both(.voucherCustomer)): \(customer.name)
        \(side(payout, account: account))
        \(CashVoucherText.amount(loan.principal, .cny))
        \(both(.loanContractFirstPayment)): \(schedule.instalments.first.map { "\($0.dueDate) \(LoanContractText.money($0.payment))" } ?? "")
        \(both(.loanContractLastPayment)): \(schedule.instalments.last.map { "\($0.dueDate) \(LoanContractText.money($0.payment))" } ?? "")
        \(balanceAfter.map { "\(both(.voucherBalanceAfter)): \(LoanContractText.money($0))\n" } ?? "")\
        \(both(.voucherTeller)): \(teller.username)\(CashVoucherText.approval(.voucherApprovedBy, approver))
        \(both(.voucherCustomerSignature)): ____________________

        """
    }

    static func repayment(sequence: Int64, entryID: Int64, branch: Branch?, customer: Customer, account: AccountRecord, loan: LoanRecord,
                          source: LoanCashSide, plan: LoanRepaymentPlan, teller: Operator, approver: String?, at: Date) -> String {
        let allocation = plan.allocation
        return CashVoucherText.header(.loanVoucherTitleRepayment, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.loanContractNumber)): \(loan.contractNumber)
        \(both(.voucherCustomer)): \(customer.name)
        \(side(source, account: account))
        \(CashVoucherText.amount(plan.amount, .cny))
        \(both(.loanPartPenalty)): \(LoanContractText.money(allocation.penalty))   \
        \(both(.loanPartInterest)): \(LoanContractText.money(allocation.interest))
        \(both(.loanPartPrincipal)): \(LoanContractText.money(allocation.principal))   \
        \(both(.loanPartPrepayment)): \(LoanContractText.money(plan.prepayment))
        \(both(.loanOutstandingAfter)): \(LoanContractText.money(plan.outstandingAfter))\(plan.closes ? "   " + both(.loanClosedMark) : "")
        \(both(.voucherTeller)): \(teller.username)\(CashVoucherText.approval(.voucherApprovedBy, approver))

        """
    }
}
