import BankCore
import Foundation
import Localization

/// The loan contract as the customer keeps it: English and Chinese together,
/// like the vouchers, with the number, the parties, the terms, the collateral,
/// the guarantors and the full schedule. Written from the loan's own copy of the terms.
enum LoanContractText {
    static let both = CashVoucherText.both

    static func money(_ fen: Int64) -> String { "CNY " + AmountParser.format(fen) }

    static func method(_ method: RepaymentMethod) -> String {
        LoanCalculator.name(of: method, Strings(.english)) + " " + LoanCalculator.name(of: method, Strings(.chinese))
    }

    static func text(loan: LoanRecord, terms: LoanContractTerms, branch: Branch?, customer: Customer?, account: AccountRecord?,
                     signedBy: String) -> String {
        let schedule = terms.schedule
        let collateral = terms.collateral.isEmpty ? "-" : terms.collateral.map {
            "\($0.kind.rawValue) \($0.description), \(money($0.appraisedValue)) (\($0.appraisalDate))"
        }.joined(separator: "; ")
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        let rows = schedule.instalments.map { row in
            pad(String(row.number), 4) + "  " + row.dueDate.description
                + [row.payment, row.principal, row.interest, row.remaining].map { pad(AmountParser.format($0), 16) }.joined()
        }.joined(separator: "\n")
        let heads = [StringKey.loanColumnNumber, .loanColumnDue, .loanColumnPayment, .loanColumnPrincipal, .loanColumnInterest,
                     .loanColumnRemaining].map { both($0) }.joined(separator: " / ")
        return """
        \(both(.loanContractTitle))
        \(both(.loanContractNumber)): \(loan.contractNumber)   \(both(.loanContractApplication)): \(terms.application.number)
        \(both(.loanContractLender)): \(branch.map { "\($0.code) \($0.name)" } ?? "")
        \(both(.loanContractBorrower)): \(customer?.name ?? "") \(customer.map { Masking.idNumber($0.idNumber) } ?? "")
        \(both(.voucherAccount)): \(account.map { AccountNumber.masked($0.number) } ?? "")
        \(both(.loanContractProduct)): \(loan.productCode) v\(loan.productVersion) \(terms.productNameEnglish) \(terms.productNameChinese)
        \(CashVoucherText.amount(loan.principal, .cny))
        \(both(.loanContractRate)): \(loan.rate)%   \(both(.loanContractPenaltyRate)): \(loan.penaltyRate)%
        \(both(.loanContractTerm)): \(loan.months)   \(both(.loanContractMethod)): \(method(loan.method))
        \(both(.loanContractFirstPayment)): \(terms.firstPayment.map { "\($0.dueDate) \(money($0.payment))" } ?? "")
        \(both(.loanContractLastPayment)): \(terms.lastPayment.map { "\($0.dueDate) \(money($0.payment))" } ?? "")
        \(both(.loanContractTotalInterest)): \(money(schedule.totalInterest))   \(both(.loanContractTotalPaid)): \(money(schedule.totalPayment))
        \(both(.loanContractCollateral)): \(collateral)
        \(both(.loanContractGuarantors)): \(terms.guarantorNames.isEmpty ? "-" : terms.guarantorNames.joined(separator: ", "))
        \(both(.loanContractScheduleNote))
        \(heads)
        \(rows)
        \(both(.voucherTeller)): \(signedBy)   \(both(.voucherBusinessDate)): \(loan.startDate)
        \(both(.voucherCustomerSignature)): ____________________

        """
    }
}
