import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A branch with money (`LedgerBranch`) and the loan desk's starting point
/// made through the origination desk's services: a product saved by the
/// administrator, and applications entered and submitted by the teller and
/// approved by a supervisor (the approval the contract's proof accepts).
final class ServicingBranch {
    let branch: LedgerBranch
    var context: BranchContext { branch.context }
    var teller: Operator { branch.teller }
    var supervisor: Operator { branch.supervisor }
    /// CNY 120,000.00 at 6% a year over 12 months, the public example.
    static let product = LoanProduct(code: "PL01", nameEnglish: "Personal loan", nameChinese: "个人消费贷款", purpose: "consumption",
                                     minimumAmount: 100_000, maximumAmount: 100_000_000, minimumMonths: 3, maximumMonths: 360,
                                     ratePPM: 60_000, methods: [.equalInstalment, .equalPrincipal, .interestOnly], secured: true,
                                     collateral: [CollateralRule(kind: .vehicle, maximumLoanToValue: 8_000)],
                                     documents: [.identityDocument], penaltyRatePPM: 90_000, automaticApprovalLimit: 0,
                                     committeeThreshold: 100_000_000)

    init() throws {
        branch = try LedgerBranch()
        try saveProduct(Self.product, version: 1)
    }


    /// Stores `product` through the product desk (a new version each time).
    func saveProduct(_ product: LoanProduct, version: Int) throws {
        let saved = try LoanProductService(context).save(product, by: branch.admin)
        #expect(saved == version)
    }

    /// An application of customer `customer` for `amount` over `months`, paid into `account`, made and
    /// submitted by the teller with its checklist and a car as collateral; then approved by `approver`
    /// (the supervisor) unless `decide` is false (it stays `referred`).
    func approvedApplication(customer: Int = 0, account: AccountRecord, amount: Int64 = 12_000_000, months: Int = 12,
                             method: RepaymentMethod = .equalInstalment, decide: Bool = true,
                             approver: Operator? = nil) throws -> Int64 {
        let input = LoanApplicationInput(customerID: branch.customers[customer].id, productCode: Self.product.code, amount: amount,
                                         months: months, method: method, purpose: "a car", monthlyIncome: 8_000_000,
                                         monthlyObligations: 0, employer: "Acme 有限公司", accountNumber: account.number,
                                         collateral: [Collateral(kind: .vehicle, description: "BYD Han 2025", appraisedValue: 20_000_000,
                                                                 appraisalDate: BusinessDate("2026-01-02")!)])
        let applications = LoanApplicationService(context)
        var application = try applications.saveDraft(input, by: teller)
        for document in Self.product.documents {
            application = try applications.setDocument(document, seen: true, applicationID: application.id, by: teller)
        }
        let submission = try applications.submit(applicationID: application.id, by: teller)
        #expect(submission.status == .referred, "\(submission.assessment)")
        if decide {
            _ = try LoanApprovalService(context).decide(applicationID: application.id, approve: true, reason: "income checked",
                                                        by: approver ?? supervisor)
        }
        return application.id
    }

    func applicationNumber(_ id: Int64) throws -> String {
        try context.database.queryOne("SELECT number FROM loan_applications WHERE id = ?", [.integer(id)])!.string("number")!
    }

    /// The borrower verified by PIN for signing application `id`.
    func verifyForContract(_ id: Int64, customer: Int = 0) throws {
        try IdentityService(context).verifyPIN(customerID: branch.customers[customer].id, pin: customerPIN,
                                               service: LoanContractService.verificationService(applicationNumber: try applicationNumber(id)),
                                               by: teller)
    }

    /// A signed loan of `amount` for a new account of customer 0 with `balance`.
    func signedLoan(amount: Int64 = 12_000_000, months: Int = 12, method: RepaymentMethod = .equalInstalment,
                    balance: Int64 = 0) throws -> (loan: LoanRecord, account: AccountRecord) {
        let account = try branch.account(balance: balance)
        let id = try approvedApplication(account: account, amount: amount, months: months, method: method)
        try verifyForContract(id)
        return (try LoanContractService(context).sign(applicationID: id, key: branch.newKey(), by: teller), account)
    }

    /// A loan paid into its account.
    func activeLoan(amount: Int64 = 12_000_000, months: Int = 12, method: RepaymentMethod = .equalInstalment,
                    balance: Int64 = 0) throws -> (loan: LoanRecord, account: AccountRecord) {
        let (loan, account) = try signedLoan(amount: amount, months: months, method: method, balance: balance)
        _ = try LoanDisbursalService(context).disburse(loanID: loan.id, payout: .account, key: branch.newKey(), by: teller)
        return (try stored(loan), account)
    }

    func stored(_ loan: LoanRecord) throws -> LoanRecord { try LoanRepository(db: context.database).loan(id: loan.id)! }

    func receivable() throws -> Int64 { try branch.internalBalance(LoanServicingBooks.receivableCode) }
    func interestIncome() throws -> Int64 { try branch.internalBalance(LoanServicingBooks.interestIncomeCode) }

    /// Moves the business date (as the day-end does) to `date`.
    func moveDate(to date: String) throws {
        _ = try context.branches.setBusinessDate(BusinessDate(date)!)
    }

    func postingsSum(_ entryID: Int64) throws -> Int64 {
        try context.database.scalarInt("SELECT sum(amount) FROM postings WHERE entry_id = ?", [.integer(entryID)]) ?? -1
    }

    func count(_ table: String) throws -> Int { try context.count(table) }
}
