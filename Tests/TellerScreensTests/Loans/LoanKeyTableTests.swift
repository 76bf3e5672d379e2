import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The loan desk's key tables hold in realistic states (no key bound twice,
/// every key goes through its row, footer and help show the table, other
/// keys do nothing), and the entries from the counter and the customer panel.
@Suite struct LoanKeyTableTests {
    static func station() throws -> (Workstation, LoanApplicationWork) {
        let w = try Workstation.wide()
        try w.saveLoanProducts()
        try w.signIn(as: "super")
        let applicant = try w.loanApplicant()
        let work = LoanDeskData.newWork(customerID: applicant.id, ticketID: nil, w.session)
        work.input.collateral = [Collateral(kind: .realEstate, description: "Flat", appraisedValue: 1_000_00, appraisalDate: BusinessDate("2026-02-20")!)]
        return (w, work)
    }

    @Test func theListScreensHoldTheirTables() throws {
        let (w, work) = try Self.station()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoansHubScreen(session: w.session) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoanDraftsScreen(session: w.session) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoanInboxScreen(session: w.session) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoanCollateralScreen(work: work) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoanGuarantorsScreen(session: w.session, work: work) }
        let schedule = LoanSchedule(principal: 10_000_00, rate: AnnualRate(percent: "6")!, months: 24, method: .equalInstalment,
                                    start: BusinessDate("2026-03-02")!)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoanScheduleScreen(schedule: schedule) }
    }

    @Test func theAdministratorsProductScreensHoldTheirTables() throws {
        let w = try Workstation.wide()
        try w.saveLoanProducts()
        try w.signIn(as: "admin")
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { LoanProductsScreen(session: w.session) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { LoanProductFormScreen(session: w.session, product: Workstation.mortgage) }
    }

    @Test func theApplicationFormHoldsItsTable() throws {
        let (w, work) = try Self.station()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { LoanApplicationScreen(session: w.session, work: work) }
        // F2 stays the language key on the form: the form's table does not take it.
        #expect(LoanApplicationScreen(session: w.session, work: work).keyTable(w.session).action(for: .function(2)) == nil)
    }

    @Test func theCounterOffersALoanApplicationForTheCustomerBeingServed() throws {
        let w = try Workstation()
        try w.saveLoanProducts()
        try w.signIn(as: "teller")
        let teller = try #require(w.session.signedIn)
        let queue = QueueService(w.context)
        let counter = try queue.openCounter(number: 1, serves: [.loans], by: teller)
        let called = try #require(try queue.callNext(counterID: counter.id, by: teller))
        try w.open(.counter)
        #expect(w.hasLine(called.customerID == nil ? "l: Loan application" : "p: Complaint   l: Loan"))
        w.press(.character("l"))
        if let customerID = called.customerID {
            let screen = try #require(w.app.topScreen as? LoanApplicationScreen)
            #expect(screen.work.input.customerID == customerID)
            #expect(screen.work.input.ticketID == called.id)
        } else {
            #expect(w.title == "New loan application: the customer")
            let applicant = try w.loanApplicant()
            w.type(applicant.account)
            w.press(.enter)
            let screen = try #require(w.app.topScreen as? LoanApplicationScreen)
            #expect(screen.work.input.customerID == applicant.id)
            #expect(screen.work.input.ticketID == called.id)
        }
    }

    @Test func theCustomerPanelOpensAnApplicationAndAGuideHasNoSuchKey() throws {
        let w = try Workstation()
        try w.saveLoanProducts()
        let applicant = try w.loanApplicant()
        try w.signIn(as: "teller")
        w.show(CustomerPanelScreen(session: w.session, customerID: applicant.id))
        w.press(.character("l"))
        #expect(w.title == "Loan application: \(applicant.name)")
        let guide = try Workstation()
        try guide.signIn(as: "guide")
        let panel = CustomerPanelScreen(session: guide.session, customerID: applicant.id)
        #expect(panel.keyTable(guide.session).action(for: .character("l")) == nil)
    }
}
