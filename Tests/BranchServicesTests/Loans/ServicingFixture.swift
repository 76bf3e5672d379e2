import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A branch with money (`LedgerBranch`) and the loan desk's starting point
/// written straight into the file, so the servicing tests need not wait for
/// the origination desk: a product with its version, and approved
/// applications (status `approved` with a supervisor's `loan_approvals` row
/// and a piece of collateral) for customers with accounts.
final class ServicingBranch {
    let branch: LedgerBranch
    var context: BranchContext { branch.context }
    var teller: Operator { branch.teller }
    var supervisor: Operator { branch.supervisor }
    private var applications = 0

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

    /// Stores `product` as `version` (current terms and the version row), as the product desk does.
    func saveProduct(_ product: LoanProduct, version: Int) throws {
        let terms = String(decoding: try JSONEncoder().encode(product), as: UTF8.self)
        let at = Int64(branch.clock.now().timeIntervalSince1970 * 1000)
        try context.database.execute("""
            INSERT INTO loan_products (code, version, terms, active, updated_by, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?5)
            ON CONFLICT (code) DO UPDATE SET version = excluded.version, terms = excluded.terms
            """, [.text(product.code), .integer(Int64(version)), .text(terms), .integer(branch.admin.id), .integer(at)])
        try context.database.execute("""
            INSERT INTO loan_product_versions (code, version, terms, active, changed_by, changed_at) VALUES (?, ?, ?, 1, ?, ?)
            """, [.text(product.code), .integer(Int64(version)), .text(terms), .integer(branch.admin.id), .integer(at)])
    }

    /// An approved application of customer `customer` for `amount` over `months`, paid into `account`.
    func approvedApplication(customer: Int = 0, account: AccountRecord, amount: Int64 = 12_000_000, months: Int = 12,
                             method: RepaymentMethod = .equalInstalment, status: String = "approved",
                             approver: Operator? = nil) throws -> Int64 {
        applications += 1
        let db = context.database
        let at = Int64(branch.clock.now().timeIntervalSince1970 * 1000)
        let customerID = branch.customers[customer].id
        try db.execute("""
            INSERT INTO loan_applications (number, customer_id, product_code, product_version, status, amount, months, method, purpose,
                account_id, entered_by, entered_at, updated_at, approvals_needed)
            VALUES (?, ?, 'PL01', 1, ?, ?, ?, ?, 'a car', ?, ?, ?, ?, 1)
            """, [.text(String(format: "LA20260105%04d", applications)), .integer(customerID), .text(status), .integer(amount),
                  .integer(Int64(months)), .text(method.rawValue), .integer(account.id), .integer(teller.id), .integer(at), .integer(at)])
        let id = db.lastInsertRowID
        try db.execute("""
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            VALUES (?, ?, ?, 'approve', 'income checked', 'hash', ?)
            """, [.integer(id), .integer(teller.id), .integer((approver ?? supervisor).id), .integer(at)])
        try db.execute("""
            INSERT INTO loan_collateral (application_id, kind, description, appraised_value, appraisal_date)
            VALUES (?, 'vehicle', 'BYD Han 2025', 20000000, '2026-01-02')
            """, [.integer(id)])
        return id
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
