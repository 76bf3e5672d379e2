import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The approvers' inbox: what it lists, the decision screen with the
/// assessment, and the entrant who sees why they may not decide instead of
/// the Approve and Decline keys — which do nothing for them even if pressed.
@Suite struct LoanInboxScreenTests {
    /// A complete mortgage application entered and submitted by `username`; the product sends it to one approver.
    static func referredApplication(_ w: Workstation, by username: String) throws -> LoanApplication {
        try w.saveLoanProducts()
        let maker = try w.demoOperator(username)
        let applicant = try w.loanApplicant()
        let service = LoanApplicationService(w.context)
        let input = LoanApplicationInput(
            customerID: applicant.id, productCode: "HOME", amount: 500_000_00, months: 120, method: .equalInstalment, purpose: "flat",
            monthlyIncome: 50_000_00, monthlyObligations: 2_000_00, employer: "Acme Trading", accountNumber: applicant.account,
            collateral: [Collateral(kind: .realEstate, description: "Flat 12, Garden Road", appraisedValue: 1_000_000_00,
                                    appraisalDate: BusinessDate("2026-02-20")!)])
        var draft = try service.saveDraft(input, by: maker)
        for document in Workstation.mortgage.documents {
            draft = try service.setDocument(document, seen: true, applicationID: draft.id, by: maker)
        }
        let submission = try service.submit(applicationID: draft.id, by: maker)
        #expect(submission.status.awaitsDecision, "\(submission.status)")
        return try service.application(id: draft.id, by: maker)
    }

    @Test func theInboxListsTheApplicationAndTheEntrantMayNotDecideIt() throws {
        let w = try Workstation()
        let application = try Self.referredApplication(w, by: "super")
        try w.signIn(as: "super")
        try w.openLoanDesk("4")
        #expect(w.title == "Approvers' inbox")
        let applicant = try w.loanApplicant()
        #expect(w.hasLine(application.number, applicant.name, "HOME", "500,000.00", "120", "0/1"))
        w.press(.enter)
        #expect(w.title == "Decide application \(application.number)")
        #expect(w.hasLine("Debt-to-income after this loan"))
        #expect(!w.footer.contains("Approve") && !w.footer.contains("Decline"))
        let screen = try #require(w.app.topScreen as? LoanDecisionScreen)
        let why = try #require(screen.item.cannotDecide).text(in: Strings(.english))
        #expect(w.hasLine(TextLayout.wrap(why, width: 76)[0]))
        // The keys are not there, and pressing them changes nothing.
        w.type("looks fine")
        w.press(.function(5))
        #expect(try LoanApplicationService(w.context).application(id: application.id, by: try w.demoOperator("super")).status
                == application.status)
    }

    @Test func anotherSupervisorApprovesWithAReason() throws {
        let w = try Workstation()
        let application = try Self.referredApplication(w, by: "teller")
        try w.signIn(as: "manager")
        try w.openLoanDesk("4")
        w.press(.enter)
        #expect(w.footer.contains("F5 Approve") && w.footer.contains("F6 Decline"))
        w.press(.function(5))
        #expect(w.hasLine("Type the reason for the decision first."))
        w.type("income verified, collateral at half its value")
        w.press(.function(5))
        #expect(w.title == "Approvers' inbox")
        #expect(w.messageLine.contains("Application \(application.number) is now approved."))
        let after = try LoanApplicationService(w.context).application(id: application.id, by: try w.demoOperator("manager"))
        #expect(after.status == .approved)
        #expect(w.hasLine("Nothing waits for a decision."))
    }

    @Test func aTellerSeesNoInboxOnTheDesk() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        try w.openLoanDesk()
        #expect(w.hasLine("1  New loan application"))
        #expect(w.hasLine("2  Continue a draft"))
        #expect(!w.screen.contains("Approvers' inbox"))
        w.press(.character("4"))  // a teller has no inbox: 4 is nothing (3 is a customer's loans)
        #expect(w.title == "Loan desk")
    }
}
