import BankCore
import BankStore
import BranchServices
import Foundation
import Localization

/// `post-loop --mix loans`: the loan desk's stream for the crash test. Each
/// round writes an approved application straight into the file (the bench
/// has no approvers' desk), signs it with the customer verified by PIN,
/// pays it into the account and repays part of the first instalment, through
/// the real services. `OK <key> <entryID>` follows each committed disbursal and repayment.
enum PostLoopLoans {
    static let productCode = "BENCH"

    static func run(count: Int, random: inout SeededGenerator, context: BranchContext, teller: Operator, accounts: [AccountRecord]) {
        BenchOptions.orFail { try ensureProduct(context, by: teller) }
        let contracts = LoanContractService(context), disbursals = LoanDisbursalService(context)
        let repayments = LoanRepaymentService(context)
        for _ in 0..<count {
            BenchBranch.stopIfOrphaned()
            let account = accounts[random.next(below: accounts.count)]
            let amount = Int64(50_000 + random.next(below: 50_000))
            do {
                let application = try approvedApplication(context, account: account, amount: amount, by: teller)
                try IdentityService(context).verifyPIN(customerID: account.customerID, pin: BenchBranch.customerPIN,
                                                       service: LoanContractService.verificationService(applicationNumber: application.number),
                                                       by: teller)
                let loan = try contracts.sign(applicationID: application.id, key: UUID().uuidString, by: teller)
                let key = UUID().uuidString
                let paid = try disbursals.disburse(loanID: loan.id, payout: .account, key: key, by: teller)
                PostLoopCommand.emit("OK \(key) \(paid.entryID)")
                let due = try repayments.position(loanID: loan.id, by: teller).dueNow
                let part = Int64(1 + random.next(below: Int(due)))
                let repayKey = UUID().uuidString
                let repaid = try repayments.repay(loanID: loan.id, amount: part, from: .account, key: repayKey, by: teller)
                PostLoopCommand.emit("OK \(repayKey) \(repaid.entryID)")
            } catch let message as LocalizedMessage {
                BenchOptions.failRun("teller-bench post-loop loans: " + message.text(in: Strings(.english)))
            } catch {
                BenchOptions.failRun("teller-bench post-loop loans: \(error)")
            }
        }
    }

    /// A 3-month loan product at 6%, stored once.
    private static func ensureProduct(_ context: BranchContext, by teller: Operator) throws {
        let product = LoanProduct(code: productCode, nameEnglish: "Bench loan", nameChinese: "测试贷款", purpose: "bench",
                                  minimumAmount: 100, maximumAmount: 100_000_000, minimumMonths: 1, maximumMonths: 12, ratePPM: 60_000,
                                  methods: [.equalInstalment], secured: false, documents: [], penaltyRatePPM: 90_000,
                                  automaticApprovalLimit: 0, committeeThreshold: 100_000_000)
        let terms = String(decoding: try JSONEncoder().encode(product), as: UTF8.self)
        let at = Int64(Date().timeIntervalSince1970 * 1000)
        try context.database.transaction {
            try context.database.execute("""
                INSERT OR IGNORE INTO loan_products (code, version, terms, active, updated_by, updated_at) VALUES (?, 1, ?, 1, ?, ?)
                """, [.text(productCode), .text(terms), .integer(teller.id), .integer(at)])
            try context.database.execute("""
                INSERT OR IGNORE INTO loan_product_versions (code, version, terms, active, changed_by, changed_at) VALUES (?, 1, ?, 1, ?, ?)
                """, [.text(productCode), .text(terms), .integer(teller.id), .integer(at)])
        }
    }

    /// An application approved by the branch's supervisor, in one transaction of its own.
    private static func approvedApplication(_ context: BranchContext, account: AccountRecord, amount: Int64,
                                            by teller: Operator) throws -> (id: Int64, number: String) {
        let db = context.database
        let at = Int64(Date().timeIntervalSince1970 * 1000)
        let number = "LB" + UUID().uuidString.prefix(12)
        return try db.transaction {
            guard let approver = try db.scalarInt("SELECT id FROM operators WHERE role = 'supervisor' AND id <> ? ORDER BY id LIMIT 1",
                                                  [.integer(teller.id)]) else {
                throw LocalizedMessage(.unexpectedError, "no supervisor to approve bench loans")
            }
            try db.execute("""
                INSERT INTO loan_applications (number, customer_id, product_code, product_version, status, amount, months, method,
                    account_id, entered_by, entered_at, updated_at, approvals_needed)
                VALUES (?, ?, ?, 1, 'approved', ?, 3, 'equal-instalment', ?, ?, ?, ?, 1)
                """, [.text(number), .integer(account.customerID), .text(productCode), .integer(amount), .integer(account.id),
                      .integer(teller.id), .integer(at), .integer(at)])
            let id = db.lastInsertRowID
            try db.execute("""
                INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
                VALUES (?, ?, ?, 'approve', 'bench approval', 'bench', ?)
                """, [.integer(id), .integer(teller.id), .integer(approver), .integer(at)])
            return (id, number)
        }
    }
}
