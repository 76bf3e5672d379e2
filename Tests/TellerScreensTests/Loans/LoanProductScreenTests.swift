import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The administrator's loan products: a product defined on the form with its
/// checklist, a definition the service refuses shown rule by rule with
/// nothing saved, collateral rules typed as kind:LTV%, and an edit saved as
/// a new version; leaving a changed form asks.
@Suite struct LoanProductScreenTests {
    static func adminOnTheNewForm() throws -> Workstation {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.loanProducts)
        #expect(w.hasLine("MORTGAGE", "Home mortgage"))  // the demo's products
        w.press(.character("n"))
        #expect(w.title == "New loan product")
        return w
    }

    /// Fills every field from the top: code, names, purpose, amounts, terms, rate, basis, penalty, security, collateral, limits.
    static func fill(_ w: Workstation, penalty: String = "7.5", secured: Bool = false, collateral: String = "") {
        for value in ["CAR", "Car loan", "汽车贷款", "a car", "10000", "300000", "12", "60", "5"] { w.fill(value) }
        w.press(.enter)  // fixed
        w.fill(penalty)
        if secured { w.press(.right) }
        w.press(.enter)
        w.fill(collateral)
        w.press(.control("u"))  // 180 days to start with
        w.fill("180")
        w.fill("50000")
        w.fill("100000")
    }

    @Test func aProductDefinedOnTheFormIsSavedWithItsChecklist() throws {
        let w = try Self.adminOnTheNewForm()
        Self.fill(w, secured: true, collateral: "vehicle:60")
        w.press(.function(5))
        #expect(w.title == "Repayment methods and documents")
        w.press(.down, .down, .character(" "))  // interest only
        w.press(.end, .character(" "))  // purchase contract
        w.press(.escape)
        #expect(w.hasLine("F5", "Methods, documents: 2 methods offered, 3 documents required"), "\(w.screen)")
        w.press(.control("s"))
        #expect(w.title == "Loan products")
        #expect(w.messageLine == " Product CAR saved as version 1.")
        #expect(w.hasLine("CAR", "Car loan", "10,000.00–300,000.00", "12–60", "5%", "Yes"))
        let saved = try #require(try LoanProductService(w.context).product(code: "CAR", by: try w.demoOperator("admin")))
        #expect(saved.methods == [.equalInstalment, .interestOnly])
        #expect(saved.documents == [.identityDocument, .proofOfIncome, .purchaseContract])
        #expect(saved.collateral == [CollateralRule(kind: .vehicle, maximumLoanToValue: 6_000)])
        #expect(saved.penaltyRatePPM == 75_000 && saved.committeeThreshold == 100_000_00 && saved.secured)
    }

    @Test func aDefinitionTheServiceRefusesIsShownRuleByRuleAndNothingIsSaved() throws {
        let w = try Self.adminOnTheNewForm()
        Self.fill(w, penalty: "1", secured: true)
        w.press(.control("s"))
        #expect(w.title == "Loan products")
        #expect(w.hasLine("The product cannot be saved:"))
        let problems = LoanProductService.problems(LoanProduct(
            code: "CAR", nameEnglish: "Car loan", nameChinese: "汽车贷款", purpose: "a car", minimumAmount: 10_000_00, maximumAmount: 300_000_00,
            minimumMonths: 12, maximumMonths: 60, ratePPM: 50_000, methods: [.equalInstalment], secured: true,
            documents: [.identityDocument, .proofOfIncome], penaltyRatePPM: 10_000, automaticApprovalLimit: 50_000_00,
            committeeThreshold: 100_000_00))
        #expect(problems.count == 2)
        for problem in problems {
            #expect(w.hasLine("• " + TextLayout.wrap(problem.text(in: Strings(.english)), width: 76)[0]))
        }
        w.press(.escape)
        #expect(w.title == "New loan product", "back on the form with every value kept")
        #expect(w.hasLine("Penalty rate, %", "1"))
        #expect(try LoanProductService(w.context).product(code: "CAR", by: try w.demoOperator("admin")) == nil)
    }

    @Test func aCollateralRuleNotKindColonPercentIsRefusedAtItsField() throws {
        let w = try Self.adminOnTheNewForm()
        Self.fill(w, secured: true, collateral: "house:70")
        w.press(.control("s"))
        #expect(w.title == "New loan product")
        // The whole message, wrapped under the form (the field's own line has room for its start only).
        #expect(w.hasLine("'house:70' is not kind:LTV%; the kinds are real_estate,"), "\(w.screen)")
        #expect(w.hasLine("vehicle, time_deposit, securities, equipment."))
    }

    @Test func anEditIsANewVersionAndLeavingAChangedFormAsks() throws {
        let w = try Workstation()
        try w.saveLoanProducts()
        try w.signIn(as: "admin")
        try w.open(.loanProducts)
        w.press(.down, .enter)  // HOME, second by code after BUSINESS
        #expect(w.title == "Loan product HOME")
        w.press(.tab, .control("u"))
        w.type("Mortgage")
        w.press(.escape)
        #expect(w.screen.contains(w.session.strings(.leaveFormTitle)))
        w.press(.enter)  // No
        w.press(.control("s"))
        #expect(w.messageLine == " Product HOME saved as version 2.")
        #expect(w.hasLine("HOME", "Mortgage"))
    }
}
