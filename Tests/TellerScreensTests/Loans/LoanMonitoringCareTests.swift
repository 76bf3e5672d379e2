import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
import TestSupport
@testable import TellerScreens

/// Loan follow-ups in customer care: listed with their kind, customer and
/// note like any task; the add-task form never offers the loan kind (the day
/// end opens those, for a loan).
@Suite struct LoanMonitoringCareTests {
    @Test func aLoanTaskIsListedInCareAndTheFormDoesNotOfferTheKind() throws {
        let w = try Workstation()
        let row = try #require(try w.context.database.queryOne(
            "SELECT id, customer_id FROM accounts WHERE status = 'active' AND currency = 'CNY' ORDER BY id"))
        let loan = try LoanMonitoringFixture(w.context, operatorID: try w.demoOperator("teller").id)
            .activeLoan(customerID: try #require(row.int("customer_id")), accountID: try #require(row.int("id")),
                        start: BusinessDate("2026-01-10")!)
        _ = try LoanRepository(db: w.context.database).insertOverdueTask(
            loan, note: "Loan \(loan.contractNumber): 21 days overdue", due: BusinessDate("2026-03-02")!,
            by: try w.demoOperator("super").id, at: w.clock.now())
        try w.signIn(as: "guide")
        try w.openComplaints()
        w.press(.character("c"))
        #expect(w.app.topScreen is CareScreen)
        #expect(w.showsLine("2026-03-02", "Loan overdue", "Loan \(loan.contractNumber)"))

        w.press(.character("a"))
        var kinds: [String] = []
        for _ in CareTaskKind.allCases {
            kinds.append(w.screen)
            w.press(.right)
        }
        #expect(kinds.allSatisfy { !$0.contains("Loan overdue") })
        #expect(kinds.contains { $0.contains("Welcome call") })
    }
}
