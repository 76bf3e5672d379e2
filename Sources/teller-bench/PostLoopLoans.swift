import BankCore
import BankStore
import BranchServices
import Foundation
import Localization

/// `post-loop --mix loans`: the loan desk's stream for the crash test. Each
/// round enters and submits a small application the system approves, signs it with the customer verified by PIN,
/// pays it into the account (a supervisor confirming the payout) and repays part of the first instalment, through
/// the real services. `OK <key> <entryID>` follows each committed disbursal and repayment.
enum PostLoopLoans {
    static let productCode = "BENCH"

    static func run(count: Int, random: inout SeededGenerator, context: BranchContext, teller: Operator, accounts: [AccountRecord]) {
        // The credit assessment refers or declines an applicant older than 65 at the last payment: lend to the younger ones.
        let young = BenchOptions.orFail { () throws -> [AccountRecord] in
            try ensureProduct(context, by: teller)
            let customers = CustomerRepository(db: context.database)
            return try accounts.filter { try customers.find(id: $0.customerID).map { $0.birthDate > BusinessDate("1965-01-01")! } ?? false }
        }
        guard !young.isEmpty else { BenchOptions.fail("teller-bench post-loop: no bench customer young enough for a loan") }
        let contracts = LoanContractService(context), disbursals = LoanDisbursalService(context)
        let repayments = LoanRepaymentService(context)
        for _ in 0..<count {
            BenchBranch.stopIfOrphaned()
            let account = young[random.next(below: young.count)]
            let amount = Int64(50_000 + random.next(below: 50_000))
            do {
                guard let application = try approvedApplication(context, account: account, amount: amount, by: teller) else {
                    PostLoopCommand.emit("REFUSED \(UUID().uuidString) declined")
                    continue
                }
                try IdentityService(context).verifyPIN(customerID: account.customerID, pin: BenchBranch.customerPIN,
                                                       service: LoanContractService.verificationService(applicationNumber: application.number),
                                                       by: teller)
                let loan = try contracts.sign(applicationID: application.id, key: UUID().uuidString, by: teller)
                let key = UUID().uuidString
                // The system approved it and this teller entered it: a supervisor confirms the payout (four eyes).
                let approval = try disbursals.assess(loanID: loan.id, payout: .account, by: teller).needsApproval
                    ? try AuthenticationService(context).approve(username: BenchBranch.supervisor.username, pin: BenchBranch.supervisor.pin,
                                                                 reason: "bench payout checked", maker: teller)
                    : nil
                let paid = try disbursals.disburse(loanID: loan.id, payout: .account, key: key, approval: approval, by: teller)
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

    /// A 3-month loan product at 6% the system approves on its own, saved once by the administrator.
    private static func ensureProduct(_ context: BranchContext, by teller: Operator) throws {
        let admin = try BenchBranch.operator(DemoBranch.logins.first { $0.role == .administrator }!.username, in: context)
        let products = LoanProductService(context)
        guard try products.product(code: productCode, by: admin) == nil else { return }
        try products.save(LoanProduct(code: productCode, nameEnglish: "Bench loan", nameChinese: "测试贷款", purpose: "bench",
                                      minimumAmount: 100, maximumAmount: 100_000_000, minimumMonths: 1, maximumMonths: 12,
                                      ratePPM: 60_000, methods: [.equalInstalment], secured: false, documents: [.identityDocument],
                                      penaltyRatePPM: 90_000, automaticApprovalLimit: 10_000_000, committeeThreshold: 100_000_000),
                          by: admin)
    }

    /// An application entered, ticked and submitted by the teller, approved by the system or the supervisors; nil when declined.
    private static func approvedApplication(_ context: BranchContext, account: AccountRecord, amount: Int64,
                                            by teller: Operator) throws -> (id: Int64, number: String)? {
        let applications = LoanApplicationService(context)
        let input = LoanApplicationInput(customerID: account.customerID, productCode: productCode, amount: amount, months: 3,
                                         method: .equalInstalment, purpose: "bench", monthlyIncome: 5_000_000, employer: "bench",
                                         accountNumber: account.number)
        let draft = try applications.saveDraft(input, by: teller)
        _ = try applications.setDocument(.identityDocument, seen: true, applicationID: draft.id, by: teller)
        var status = try applications.submit(applicationID: draft.id, by: teller).status
        // Referred (the customer's earlier bench loans count in the assessment): the branch's supervisors decide.
        for login in DemoBranch.logins where login.role == .supervisor && status.awaitsDecision {
            status = try LoanApprovalService(context).decide(applicationID: draft.id, approve: true, reason: "bench approval",
                                                             by: try BenchBranch.operator(login.username, in: context))
        }
        guard status == .approved else { return nil }
        return (draft.id, draft.number)
    }
}
