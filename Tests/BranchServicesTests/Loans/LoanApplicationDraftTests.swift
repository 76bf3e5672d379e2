import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Drafts: numbered per business date, saved incomplete and continued, only
/// formats checked (no negative figure, text rules, the customer exists, the
/// account is theirs, guarantors are other customers), only drafts change,
/// and the checklist takes only the product's documents.
@Suite struct LoanApplicationDraftTests {
    @Test func draftsAreNumberedSavedIncompleteAndContinued() throws {
        let branch = try LoanBranch()
        let input = try branch.personal(80_000)
        let first = try branch.applications.saveDraft(LoanApplicationInput(customerID: input.customerID, productCode: "personal"),
                                                      by: branch.teller)
        #expect(first.number == "LA202601050001" && first.status == .draft && first.productCode == "PERSONAL")
        let second = try branch.applications.saveDraft(input, by: branch.teller)
        #expect(second.number == "LA202601050002" && second.accountID != nil && second.amount == 8_000_000)
        let continued = try branch.applications.saveDraft(input, applicationID: first.id, by: branch.teller)
        #expect(continued.id == first.id && continued.number == first.number && continued.amount == 8_000_000)
        #expect(try branch.applications.drafts(by: branch.teller).map(\.id) == [second.id, first.id])
        #expect(try branch.applications.applications(customerID: input.customerID, by: branch.teller).count == 2)
        #expect(try branch.context.auditActions().filter { $0 == "loan.application.draft_saved" }.count == 3)
    }

    @Test func formatsAreCheckedAndNothingIsHalfSaved() throws {
        let branch = try LoanBranch()
        let input = try branch.personal(80_000)
        var negative = input
        negative.monthlyIncome = -1
        #expect(refusal { _ = try branch.applications.saveDraft(negative, by: branch.teller) }?.key == StringKey.loanAppNegative)
        var hidden = input
        hidden.purpose = "renovation\u{202E}"
        #expect(refusal { _ = try branch.applications.saveDraft(hidden, by: branch.teller) }?.key == StringKey.validTextInvisible)
        var long = input
        long.employer = String(repeating: "x", count: 101)
        let tooLong = refusal { _ = try branch.applications.saveDraft(long, by: branch.teller) }
        #expect(tooLong?.key == StringKey.loanAppTextTooLong)
        if let tooLong { expectBothLanguages(tooLong, contain: ["100"]) }
        var foreign = input
        foreign.accountNumber = try branch.bank.account(customer: 1, balance: 0).number
        let notTheirs = refusal { _ = try branch.applications.saveDraft(foreign, by: branch.teller) }
        #expect(notTheirs?.key == StringKey.loanAppAccountNotCustomers)
        if let notTheirs { expectBothLanguages(notTheirs, contain: [foreign.accountNumber]) }
        var self_ = input
        self_.guarantorIDs = [input.customerID]
        #expect(refusal { _ = try branch.applications.saveDraft(self_, by: branch.teller) }?.key == StringKey.loanAppGuarantorIsApplicant)
        var stranger = input
        stranger.guarantorIDs = [9_999]
        #expect(refusal { _ = try branch.applications.saveDraft(stranger, by: branch.teller) }?.key == StringKey.loanAppGuarantorUnknown)
        var nobody = input
        nobody.customerID = 9_999
        #expect(refusal { _ = try branch.applications.saveDraft(nobody, by: branch.teller) }?.key == StringKey.customerNotFound)
        var unknown = input
        unknown.productCode = "CAR"
        #expect(refusal { _ = try branch.applications.saveDraft(unknown, by: branch.teller) }?.key == StringKey.loanProductUnknown)
        var thin = input
        thin.collateral = [Collateral(kind: .vehicle, description: "x", appraisedValue: 100, appraisalDate: branch.today)]
        #expect(refusal { _ = try branch.applications.saveDraft(thin, by: branch.teller) }?.key == StringKey.loanAppCollateralBad)
        let guide = try branch.bank.staff.administration.add(username: "guide1", displayName: "Guide", role: .guide, pin: "246813",
                                                             by: branch.admin)
        #expect(refusal { _ = try branch.applications.saveDraft(input, by: guide) }?.key == StringKey.errorForbidden)
        #expect(try branch.context.count("loan_applications") == 0)
        #expect(try branch.context.count("loan_collateral") == 0)
    }

    @Test func onlyDraftsChange() throws {
        let branch = try LoanBranch()
        let (application, submission) = try branch.submitted(80_000)
        #expect(submission.status == .referred)
        var input = try branch.personal(90_000)
        input.customerID = application.customerID
        let refused = refusal { _ = try branch.applications.saveDraft(input, applicationID: application.id, by: branch.teller) }
        #expect(refused?.key == StringKey.loanAppNotDraft)
        if let refused { expectBothLanguages(refused, contain: [application.number]) }
        #expect(refusal { _ = try branch.applications.setDocument(.identityDocument, seen: false, applicationID: application.id,
                                                                   by: branch.teller) }?.key == StringKey.loanAppNotDraft)
        #expect(refusal { _ = try branch.applications.submit(applicationID: application.id, by: branch.teller) }?.key
                == StringKey.loanAppNotDraft)
        #expect(try branch.applications.application(id: application.id, by: branch.teller).amount == 8_000_000)
    }

    @Test func theChecklistTakesOnlyTheProductsDocuments() throws {
        let branch = try LoanBranch()
        let draft = try branch.applications.saveDraft(try branch.personal(80_000), by: branch.teller)
        let ticked = try branch.applications.setDocument(.proofOfIncome, seen: true, applicationID: draft.id, by: branch.teller)
        #expect(ticked.documentsSeen == [.proofOfIncome])
        let unticked = try branch.applications.setDocument(.proofOfIncome, seen: false, applicationID: draft.id, by: branch.teller)
        #expect(unticked.documentsSeen.isEmpty)
        let refused = refusal { _ = try branch.applications.setDocument(.purchaseContract, seen: true, applicationID: draft.id,
                                                                         by: branch.teller) }
        #expect(refused?.key == StringKey.loanAppDocumentNotListed)
        if let refused {
            #expect(refused.text(in: Strings(.english)).contains("purchase contract"))
            #expect(refused.text(in: Strings(.chinese)).contains("购房合同"))
        }
    }

    @Test func withdrawingNeedsAReasonAndEndsTheApplication() throws {
        let branch = try LoanBranch()
        let draft = try branch.applications.saveDraft(try branch.personal(80_000), by: branch.teller)
        #expect(refusal { try branch.applications.withdraw(applicationID: draft.id, reason: "no", by: branch.teller) }?.key
                == StringKey.approvalReasonMissing)
        try branch.applications.withdraw(applicationID: draft.id, reason: "customer changed their mind", by: branch.teller)
        #expect(try branch.applications.application(id: draft.id, by: branch.teller).status == .withdrawn)
        #expect(refusal { try branch.applications.withdraw(applicationID: draft.id, reason: "again", by: branch.teller) }?.key
                == StringKey.loanAppCannotWithdraw)
    }
}
