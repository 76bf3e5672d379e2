import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Signing an approved application: the customer verified as for a
/// withdrawal, the loan with its own terms, the collateral pledged, the
/// bilingual contract file written privately; every way round it refused.
struct ContractSigningTests {
    @Test func signingWritesTheLoanTheContractFileAndPledgesTheCollateral() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let id = try desk.approvedApplication(account: account)
        let terms = try LoanContractService(desk.context).terms(applicationID: id, by: desk.teller)
        #expect(terms.firstPayment?.payment == 1_032_797)
        #expect(terms.schedule.instalments.count == 12)
        try desk.verifyForContract(id)
        let loan = try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        #expect(loan.contractNumber == "LN202601050001")
        #expect(loan.status == .signed && loan.principal == 12_000_000 && loan.outstandingPrincipal == 12_000_000)
        #expect(loan.rate.partsPerMillion == 60_000 && loan.penaltyRate.partsPerMillion == 90_000)
        let db = desk.context.database
        #expect(try db.queryOne("SELECT status FROM loan_applications WHERE id = ?", [.integer(id)])?.string("status") == "contracted")
        #expect(try db.queryOne("SELECT status FROM loan_collateral WHERE application_id = ?", [.integer(id)])?.string("status") == "pledged")
        let text = try String(contentsOfFile: loan.contractPath, encoding: .utf8)
        for needle in ["LOAN CONTRACT", "借款合同", "LN202601050001", "10,327.97", "6%", "9%", "BYD Han 2025", "等额本息", "剩余本金"] {
            #expect(text.contains(needle), "contract lacks \(needle)")
        }
        #expect(text.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("12 ") }.count == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: loan.contractPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try desk.context.auditActions().contains("loan.contract"))
        // Signing again returns the same loan and writes nothing more.
        let again = try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        #expect(again == loan)
        #expect(try desk.count("loans") == 1)
        // A lost file is written again on the next signing.
        try FileManager.default.removeItem(atPath: loan.contractPath)
        _ = try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        #expect(FileManager.default.fileExists(atPath: loan.contractPath))
    }

    @Test func theSecondContractOfTheDayTakesTheNextNumber() throws {
        let desk = try ServicingBranch()
        _ = try desk.signedLoan()
        #expect(try desk.signedLoan().loan.contractNumber == "LN202601050002")
    }

    @Test func anUnverifiedCustomerIsRefusedAndNothingIsWritten() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let id = try desk.approvedApplication(account: account)
        // Verified for something else (a withdrawal) does not count.
        try desk.branch.verifyForWithdrawal(account)
        #expect(throws: LocalizedMessage(.customerNotVerified)) {
            try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.count("loans") == 0)
        #expect(try desk.context.database.queryOne("SELECT status FROM loan_collateral")?.string("status") == "proposed")
    }

    @Test func onlyAnApprovedApplicationIsSigned() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let id = try desk.approvedApplication(account: account, decide: false)
        try desk.verifyForContract(id)
        #expect(throws: LocalizedMessage(.loanApplicationNotApproved, try desk.applicationNumber(id), "referred")) {
            try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.count("loans") == 0)
    }

    @Test func anExpiredApprovalIsRefused() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let id = try desk.approvedApplication(account: account)
        desk.branch.clock.advance(by: Double(LoanApprovalService.approvalLifetimeDays + 1) * 86_400)
        try desk.verifyForContract(id)
        #expect(throws: LocalizedMessage(.loanApprovalExpired, "31", String(LoanApprovalService.approvalLifetimeDays))) {
            try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.count("loans") == 0)
    }

    @Test func anApplicationMarkedApprovedWithoutAnApprovalIsRefused() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let id = try desk.approvedApplication(account: account)
        // Forged: a second application set to approved by hand, no decision behind it.
        try desk.context.database.execute("""
            INSERT INTO loan_applications (number, customer_id, product_code, product_version, status, amount, months, method,
                account_id, entered_by, entered_at, updated_at, approvals_needed)
            SELECT 'LA-FORGED', customer_id, product_code, product_version, 'approved', amount, months, method, account_id, entered_by,
                entered_at, updated_at, 1 FROM loan_applications WHERE id = ?
            """, [.integer(id)])
        let forged = desk.context.database.lastInsertRowID
        try desk.verifyForContract(forged)
        #expect(throws: LocalizedMessage.self) {
            try LoanContractService(desk.context).sign(applicationID: forged, key: desk.branch.newKey(), by: desk.teller)
        }
        // Set to approved by hand after a referral: no decision proves it.
        let referred = try desk.approvedApplication(account: account, decide: false)
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loan_applications SET status = 'approved' WHERE id = \(referred)")
        try desk.verifyForContract(referred)
        #expect(throws: LocalizedMessage.self) {
            try LoanContractService(desk.context).sign(applicationID: referred, key: desk.branch.newKey(), by: desk.teller)
        }
        // The maker approving their own application cannot even be stored.
        #expect(throws: (any Error).self) {
            try desk.context.database.execute("""
                INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
                VALUES (?, ?, ?, 'approve', 'my own one', 'hash', 0)
                """, [.integer(forged), .integer(desk.teller.id), .integer(desk.teller.id)])
        }
        #expect(try desk.count("loans") == 0)
    }

    @Test func aProductChangedAfterSigningLeavesTheLoanAlone() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.signedLoan()
        var dearer = ServicingBranch.product
        dearer.ratePPM = 80_000
        try desk.saveProduct(dearer, version: 2)
        #expect(try desk.stored(loan).rate.partsPerMillion == 60_000)
        _ = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        let first = try LoanRepaymentService(desk.context).position(loanID: loan.id, by: desk.teller).instalments.first
        #expect(first.map { $0.principal + $0.interest } == 1_032_797)
    }

    @Test func aGuideMayNotSign() throws {
        let desk = try ServicingBranch()
        let account = try desk.branch.account(balance: 0)
        let id = try desk.approvedApplication(account: account)
        let guide = try OperatorAdministration(desk.context).add(username: "guide1", displayName: "Guide", role: .guide, pin: "246813",
                                                                by: desk.branch.admin)
        #expect(throws: LocalizedMessage(.errorForbidden, Permission.loans.rawValue)) {
            try LoanContractService(desk.context).sign(applicationID: id, key: desk.branch.newKey(), by: guide)
        }
    }
}
