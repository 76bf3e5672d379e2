import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The application form driven by keys: a draft typed, saved, left and
/// continued with every value kept; leaving typed work asks; collateral,
/// guarantors and documents reach the draft; submission shows the problems
/// or the schedule first and then the outcome.
@Suite struct LoanApplicationScreenTests {
    /// The teller on the application form of the first demo customer, products saved.
    static func tellerOnTheForm() throws -> (Workstation, (id: Int64, name: String, account: String)) {
        let w = try Workstation()
        try w.saveLoanProducts()
        let applicant = try w.loanApplicant()
        try w.signIn(as: "teller")
        try w.startApplication(for: applicant.account)
        #expect(w.title == "Loan application: \(applicant.name)")
        return (w, applicant)
    }

    /// Types the terms: product PERS, amount, months, method, purpose, income, obligations, employer.
    static func typeTerms(_ w: Workstation, amount: String = "30000", months: String = "12") {
        w.selectProduct("PERS")
        w.press(.tab)
        w.fill(amount)
        w.fill(months)
        w.press(.right, .enter)  // equal principal
        w.fill("car repair")
        w.fill("20000")
        w.fill("1500")
        w.fill("Acme Trading")
    }

    @Test func aDraftTypedSavedLeftAndContinuedKeepsEveryValue() throws {
        let (w, applicant) = try Self.tellerOnTheForm()
        #expect(w.hasLine("Product", "< BUSINESS  Business short-term loan >"))  // the first product by code
        #expect(w.hasLine("Account", applicant.account))  // the customer's CNY account by default
        #expect(w.hasLine("Not saved yet"))
        Self.typeTerms(w)
        w.press(.control("s"))
        let drafts = try LoanApplicationService(w.context).drafts(by: try w.demoOperator("teller"))
        let draft = try #require(drafts.first)
        #expect(w.messageLine == " Draft \(draft.number) saved: continue it later from the loan desk.")
        #expect(draft.amount == 30_000_00 && draft.months == 12 && draft.method == .equalPrincipal)
        #expect(draft.monthlyIncome == 20_000_00 && draft.monthlyObligations == 1_500_00 && draft.employer == "Acme Trading")

        w.press(.escape)  // saved: leaves without asking
        #expect(w.title == "Loan desk")
        w.press(.character("2"))
        #expect(w.title == "Loan application drafts")
        #expect(w.hasLine(draft.number, applicant.name, "PERS", "30,000.00", "12"))
        w.press(.enter)
        #expect(w.title == "Loan application: \(applicant.name)")
        #expect(w.hasLine("Draft \(draft.number)"))
        for (label, value) in [("Product", "PERS  Personal loan"), ("Amount, CNY", "30000.00"), ("Term, months", "12"), ("Repayment method", "equal principal"),
                               ("Purpose", "car repair"), ("Monthly income", "20000.00"), ("Monthly obligations", "1500.00"),
                               ("Employer", "Acme Trading"), ("Account", applicant.account)] {
            #expect(w.hasLine(label, value), "\(label) lost\n\(w.screen)")
        }
        // Saving the continued draft replaces it rather than making a second one.
        w.press(.control("s"))
        #expect(try LoanApplicationService(w.context).drafts(by: try w.demoOperator("teller")).count == 1)
    }

    @Test func escOnAChangedFormAsksAndNoKeepsTheWork() throws {
        let (w, _) = try Self.tellerOnTheForm()
        w.press(.tab)
        w.type("5000")
        w.press(.escape)
        #expect(w.screen.contains(w.session.strings(.leaveFormTitle)))
        w.press(.enter)  // starts on No
        #expect(w.title.hasPrefix("Loan application"))
        #expect(w.hasLine("Amount, CNY", "5000"))
    }

    @Test func collateralAddedOnItsScreenIsUnsavedWorkUntilTheDraftIsSaved() throws {
        let (w, _) = try Self.tellerOnTheForm()
        w.selectProduct("HOME")
        w.press(.control("s"))
        w.press(.function(5))
        #expect(w.title.hasPrefix("Collateral"))
        #expect(w.hasLine("No collateral yet."))
        w.press(.character("a"))
        #expect(w.title == "Add collateral")
        w.press(.enter)  // real estate, the one kind accepted
        w.fill("Flat 12, Garden Road")
        w.fill("800000")
        w.press(.control("u"))  // the date starts at today's
        w.type("2026-02-20")
        w.press(.enter)
        #expect(w.title.hasPrefix("Collateral"))
        #expect(w.hasLine("real estate", "Flat 12, Garden Road", "800,000.00", "2026-02-20"))
        w.press(.escape)
        #expect(w.hasLine("F5", "Collateral: 1, appraised at 800,000.00"))
        w.press(.escape)
        #expect(w.screen.contains(w.session.strings(.leaveFormTitle)), "the collateral is not saved yet")
        w.press(.enter)
        w.press(.control("s"))
        let draft = try #require(try LoanApplicationService(w.context).drafts(by: try w.demoOperator("teller")).first)
        #expect(draft.collateral.map(\.appraisedValue) == [800_000_00])
        #expect(draft.collateral.first?.appraisalDate == BusinessDate("2026-02-20"))
        w.press(.escape)
        #expect(w.title == "Loan desk")
    }

    @Test func theApplicantCannotGuaranteeTheirOwnLoanAndAnotherCustomerCan() throws {
        let (w, applicant) = try Self.tellerOnTheForm()
        let others = try w.demoAccounts().filter { $0.customerID != applicant.id }
        let other = try w.loanApplicant(try #require(try w.demoAccounts().firstIndex { $0.customerID == others.first?.customerID }))
        w.press(.function(6))
        w.press(.character("a"))
        w.type(applicant.account)
        w.press(.enter)
        #expect(w.hasLine("The applicant cannot guarantee their own loan."))
        w.press(.control("u"))
        w.type(other.account)
        w.press(.enter)
        #expect(w.title.hasPrefix("Guarantors"))
        #expect(w.hasLine(other.name))
        w.press(.escape)
        #expect(w.hasLine("F6", "Guarantors: 1"))
    }

    @Test func documentsAreTickedAndUntickedWithSpaceOnTheSavedDraft() throws {
        let (w, _) = try Self.tellerOnTheForm()
        Self.typeTerms(w)
        w.press(.function(7))
        #expect(w.title.hasPrefix("Documents checklist"))
        #expect(w.hasLine("[ ] identity document"))
        w.press(.character(" "))
        #expect(w.hasLine("[x] identity document"))
        w.press(.down, .character(" "), .character(" "))
        #expect(w.hasLine("[ ] proof of income"))
        let draft = try #require(try LoanApplicationService(w.context).drafts(by: try w.demoOperator("teller")).first)
        #expect(draft.documentsSeen == [.identityDocument])
        w.press(.escape)
        #expect(w.hasLine("F7", "Documents seen: 1 of 2"))
    }

    @Test func submittingAnIncompleteApplicationListsEveryProblemOnItsOwnLine() throws {
        let (w, _) = try Self.tellerOnTheForm()
        w.press(.function(12))
        #expect(w.title == "The application is not complete")
        let draft = try #require(try LoanApplicationService(w.context).drafts(by: try w.demoOperator("teller")).first)
        let problems = try LoanApplicationService(w.context).problems(applicationID: draft.id, by: try w.demoOperator("teller"))
        #expect(!problems.isEmpty)
        for problem in problems.prefix(5) {
            let first = TextLayout.wrap(problem.text(in: Strings(.english)), width: 76)[0]
            #expect(w.hasLine("• " + first), "\(first) is not shown")
        }
    }

    @Test func aCompleteApplicationShowsTheScheduleBeforeSubmittingThenTheOutcome() throws {
        let (w, _) = try Self.tellerOnTheForm()
        Self.typeTerms(w)
        w.press(.function(7), .character(" "), .down, .character(" "), .escape)
        w.press(.function(12))
        #expect(w.title == "Schedule preview", "\(w.screen)")
        #expect(w.hasLine("Total paid"))
        #expect(w.hasLine("No.", "Due", "Payment", "Principal", "Interest", "Remaining"))
        w.press(.control("s"))
        #expect(w.title == "Application submitted")
        #expect(w.hasLine("is approved by the system") || w.hasLine("goes to a supervisor") || w.hasLine("is declined"))
        #expect(w.hasLine("Recommendation:"))
        #expect(try LoanApplicationService(w.context).drafts(by: try w.demoOperator("teller")).isEmpty)
    }

    @Test func theSchedulePreviewAndTheAssessmentOpenFromTheForm() throws {
        let (w, _) = try Self.tellerOnTheForm()
        Self.typeTerms(w)
        w.press(.function(8))
        #expect(w.title == "Schedule preview")
        #expect(w.hasLine("CNY 30,000.00 at 6% a year over 12 months, equal principal"))
        #expect(w.hasLine("1", "2,650.00", "2,500.00", "150.00", "27,500.00"))
        #expect(!w.footer.contains("Submit"), "a preview from F8 does not submit")
        w.press(.escape, .function(9))
        #expect(w.title.hasPrefix("Credit assessment"))
        #expect(w.hasLine("Debt-to-income after this loan"))
        #expect(w.hasLine("Age at maturity"))
        #expect(w.hasLine("Recommendation:"))
    }
}
