import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// No one person alone pays out a loan: one the system approved (no person
/// decided it), paid out by whoever entered or signed it, needs a
/// supervisor's own ID and PIN; a colleague paying it out is the second person.
struct DisbursalFourEyesTests {
    /// A product the system approves up to CNY 200,000.00, and a signed loan of 120,000.00 on it entered and signed by the teller.
    private func automaticLoan() throws -> (desk: ServicingBranch, loan: LoanRecord) {
        let desk = try ServicingBranch()
        var product = ServicingBranch.product
        product.automaticApprovalLimit = 20_000_000
        try desk.saveProduct(product, version: 2)
        let account = try desk.branch.account(balance: 0)
        let input = LoanApplicationInput(customerID: desk.branch.customers[0].id, productCode: product.code, amount: 12_000_000,
                                         months: 12, purpose: "a car", monthlyIncome: 8_000_000, accountNumber: account.number,
                                         collateral: [Collateral(kind: .vehicle, description: "BYD Han 2025", appraisedValue: 20_000_000,
                                                                 appraisalDate: BusinessDate("2026-01-02")!)])
        let applications = LoanApplicationService(desk.context)
        let draft = try applications.saveDraft(input, by: desk.teller)
        _ = try applications.setDocument(.identityDocument, seen: true, applicationID: draft.id, by: desk.teller)
        #expect(try applications.submit(applicationID: draft.id, by: desk.teller).status == .approved)
        try desk.verifyForContract(draft.id)
        return (desk, try LoanContractService(desk.context).sign(applicationID: draft.id, key: desk.branch.newKey(), by: desk.teller))
    }

    @Test func theEntrantPayingOutASystemApprovalNeedsASupervisor() throws {
        let (desk, loan) = try automaticLoan()
        let needs = try LoanDisbursalService(desk.context).assess(loanID: loan.id, payout: .account, by: desk.teller)
        #expect(needs.approvalReasons == [LocalizedMessage(.loanPayoutSecondPerson)])
        #expect(throws: LedgerPosting.approvalRequired(LocalizedMessage(.loanPayoutSecondPerson))) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.stored(loan).status == .signed)
        #expect(try desk.receivable() == 0)
        let posted = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(),
                                                                     approval: try desk.branch.approval(for: desk.teller), by: desk.teller)
        #expect(try desk.branch.entry(posted.entryID).approverID == desk.supervisor.id)
        try desk.branch.expectCleanBooks()
    }

    @Test func aColleaguePayingOutIsTheSecondPerson() throws {
        let (desk, loan) = try automaticLoan()
        let needs = try LoanDisbursalService(desk.context).assess(loanID: loan.id, payout: .account, by: desk.branch.teller2)
        #expect(!needs.needsApproval)
        let posted = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(),
                                                                     by: desk.branch.teller2)
        #expect(try desk.branch.entry(posted.entryID).makerID == desk.branch.teller2.id)
        try desk.branch.expectCleanBooks()
    }

    @Test func aSupervisorsDecisionIsAlreadyTheSecondPerson() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.signedLoan()
        let needs = try LoanDisbursalService(desk.context).assess(loanID: loan.id, payout: .account, by: desk.teller)
        #expect(!needs.needsApproval)
    }
}
