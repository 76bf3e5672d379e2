import BankCore
import BranchServices
import Localization
import TerminalUI

/// The application form's fields, declared once: the product from the
/// products list, the terms, the method the chosen product offers, and the
/// applicant's figures. Nothing is required while it is a draft (submission
/// checks everything); a figure typed must be a figure.
enum LoanApplicationForm {
    static func spec(_ work: LoanApplicationWork) -> FormSpec {
        let input = work.input
        func money(_ fen: Int64) -> String { fen == 0 ? "" : LoanFigures.plain(fen) }
        let products: (Session) -> [(value: String, label: String)] = { session in
            work.products.map { ($0.code, $0.code + "  " + session.loanProductName($0)) }
        }
        let methods: (Session) -> [(value: String, label: String)] = { session in
            (work.product?.methods ?? RepaymentMethod.allCases).map { ($0.rawValue, session.loanMethodName($0)) }
        }
        let fields = [
            FieldSpec("product", .loanDeskFieldProduct, .choice(products), required: false, initial: input.productCode),
            FieldSpec("amount", .loanDeskFieldAmount, .text(maxLength: 16, filter: .amount), required: false,
                      initial: money(input.amount), check: LoanFigures.amountCheck),
            FieldSpec("months", .loanDeskFieldMonths, .text(maxLength: 3, filter: .digits), required: false,
                      initial: input.months == 0 ? "" : String(input.months), check: LoanFigures.wholeCheck),
            FieldSpec("method", .loanDeskFieldMethod, .choice(methods), required: false, initial: input.method.rawValue),
            FieldSpec("purpose", .loanDeskFieldPurpose, .text(maxLength: 60), required: false, initial: input.purpose),
            FieldSpec("income", .loanDeskFieldIncome, .text(maxLength: 16, filter: .amount), required: false,
                      initial: money(input.monthlyIncome), check: LoanFigures.amountCheck),
            FieldSpec("obligations", .loanDeskFieldObligations, .text(maxLength: 16, filter: .amount), required: false,
                      initial: money(input.monthlyObligations), check: LoanFigures.amountCheck),
            FieldSpec("employer", .loanDeskFieldEmployer, .text(maxLength: 60), required: false, initial: input.employer),
            FieldSpec("account", .loanDeskFieldAccount, .text(maxLength: 24), required: false, initial: input.accountNumber),
        ]
        // The screen drives the form itself (its own keys save, preview and submit); confirming the form saves the draft.
        return FormSpec(title: LocalizedMessage(.loanDeskAppTitle, work.customerName), labelWidth: 21, fields: fields,
                        submitKeys: [.enter], submit: { _, _ in .handled })
    }

    /// Copies the form's figures into the work (each already checked by its field).
    static func read(_ form: Form, into work: LoanApplicationWork) {
        work.input.productCode = form.value("product")
        work.input.amount = LoanFigures.amount(form.value("amount")) ?? 0
        work.input.months = LoanFigures.whole(form.value("months")) ?? 0
        work.input.method = RepaymentMethod(rawValue: form.value("method")) ?? work.product?.methods.first ?? .equalInstalment
        work.input.purpose = form.value("purpose").trimmingCharacters(in: .whitespaces)
        work.input.monthlyIncome = LoanFigures.amount(form.value("income")) ?? 0
        work.input.monthlyObligations = LoanFigures.amount(form.value("obligations")) ?? 0
        work.input.employer = form.value("employer").trimmingCharacters(in: .whitespaces)
        work.input.accountNumber = form.value("account").trimmingCharacters(in: .whitespaces)
    }
}
