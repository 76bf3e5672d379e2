import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Helpers for the loan desk's screens: two products saved by the demo
/// administrator through the service (beside the three the demo seeds), a demo customer with a CNY account,
/// the desk opened from the menu, and the checks that a screen fits 80×24.
extension Workstation {
    /// An unsecured personal loan (auto-approved up to 50,000.00, committee above 200,000.00).
    static let personalLoan = LoanProduct(
        code: "PERS", nameEnglish: "Personal loan", nameChinese: "个人消费贷款", purpose: "consumption", minimumAmount: 1_000_00,
        maximumAmount: 500_000_00, minimumMonths: 6, maximumMonths: 60, ratePPM: 60_000, methods: [.equalInstalment, .equalPrincipal],
        secured: false, documents: [.identityDocument, .proofOfIncome], penaltyRatePPM: 90_000, automaticApprovalLimit: 50_000_00,
        committeeThreshold: 200_000_00)

    /// A mortgage against real estate at 70% loan-to-value.
    static let mortgage = LoanProduct(
        code: "HOME", nameEnglish: "Home mortgage", nameChinese: "个人住房贷款", purpose: "home purchase", minimumAmount: 50_000_00,
        maximumAmount: 5_000_000_00, minimumMonths: 12, maximumMonths: 360, ratePPM: 39_000, methods: [.equalInstalment, .equalPrincipal],
        secured: true, collateral: [CollateralRule(kind: .realEstate, maximumLoanToValue: 7_000)],
        documents: [.identityDocument, .proofOfIncome, .collateralTitle, .appraisalReport], penaltyRatePPM: 58_500,
        automaticApprovalLimit: 0, committeeThreshold: 2_000_000_00)

    /// Saves the two products as the demo administrator.
    func saveLoanProducts() throws {
        let admin = try demoOperator("admin")
        for product in [Self.personalLoan, Self.mortgage] { try LoanProductService(context).save(product, by: admin) }
    }

    /// A demo customer with an active CNY account: (customer id, name, account number).
    func loanApplicant(_ index: Int = 0) throws -> (id: Int64, name: String, account: String) {
        let account = try demoAccounts()[index]
        let name = try CustomerService(context).panel(customerID: account.customerID, by: try demoOperator("teller")).customer.name
        return (account.customerID, name, account.number)
    }

    /// From the main menu: the loan desk, then the entry with this number.
    func openLoanDesk(_ entry: Character? = nil) throws {
        try open(.loans)
        #expect(title == session.strings(.menuLoans))
        if let entry { press(.character(entry)) }
    }

    /// From the loan desk: a new application for the customer found by `lookup`.
    func startApplication(for lookup: String) throws {
        try openLoanDesk("1")
        type(lookup)
        press(.enter)
    }

    /// On the application form, with the product field focused: → until the product shown is `code`.
    func selectProduct(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<10 where !hasLine(session.strings(.loanDeskFieldProduct), "< \(code)  ") { press(.right) }
        #expect(hasLine(session.strings(.loanDeskFieldProduct), "< \(code)  "), "\(screen)", sourceLocation: sourceLocation)
    }

    /// The screen pushed straight onto the stack and drawn.
    func show(_ screen: any Screen) {
        app.navigate(.push(screen))
        app.draw()
    }

    /// Every text appears whole on one line of the screen (a label or value cut at the edge would not).
    func expectShown(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            #expect(lines.contains { $0.contains(text) }, "not shown whole: \(text)\n\(screen)", sourceLocation: sourceLocation)
        }
        #expect(lines.count == 24, sourceLocation: sourceLocation)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, sourceLocation: sourceLocation)
    }
}
