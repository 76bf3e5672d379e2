import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13 on the complaint screens: an anonymous complaint is answered and
/// closed with no account chosen, a step that is not possible is refused
/// before its form opens, the list shows the customer (masked), the business
/// date and "my complaints", and every list follows other terminals and a
/// `demo-reset` without a key.
@Suite struct ComplaintIssue13ScreenTests {
    /// The username of the complaint's handler (a demo login).
    private func handlerName(_ w: Workstation, _ complaint: ComplaintRecord) throws -> String {
        let id = try #require(complaint.handlerID)
        return try #require(try OperatorRepository(db: w.context.database).find(id: id)?.operator.username)
    }

    private func openOnly(_ w: Workstation, as username: String) throws {
        try w.signIn(as: username)
        try w.openComplaints()
        w.press(.enter)
        #expect(w.app.topScreen is ComplaintDetailScreen)
    }

    @Test func anAnonymousComplaintIsAnsweredAndClosedWithNoAccount() throws {
        let w = try Workstation()
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try openOnly(w, as: try handlerName(w, complaint))
        w.press(.character("a"), .character("i"))
        w.type("called the complainant back")
        w.press(.control("s"))
        w.press(.character("r"))
        #expect(w.app.topScreen is ComplaintResponseScreen)
        w.type("We have spoken to the staff involved")
        w.press(.control("s"))  // no amount, account left at "—"
        w.confirmYes()
        #expect(try w.storedComplaint(complaint.id).status == .responded)
        #expect(w.app.topScreen is ComplaintDetailScreen)
        w.press(.character("c"))
        w.type("3")
        w.press(.control("s"))
        #expect(try w.storedComplaint(complaint.id).status == .closed)
    }

    @Test func reopeningWhereItIsNotPossibleIsRefusedBeforeTheFormOpens() throws {
        let w = try Workstation()
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try openOnly(w, as: try handlerName(w, complaint))
        w.press(.character("o"))
        #expect(w.app.topScreen is ComplaintDetailScreen)
        #expect(w.messageLine.contains("Not possible while the complaint is Received"))
        w.press(.character("c"))
        #expect(w.app.topScreen is ComplaintDetailScreen)
        #expect(w.messageLine.contains(Strings(.english)(.complaintCloseWithoutResponse)))
        #expect(try w.storedComplaint(complaint.id).status == .received)
    }

    @Test func theListShowsTheMaskedCustomerAndMyComplaints() throws {
        let w = try Workstation()
        let account = try #require(try w.demoAccounts().first)
        let customer = try #require(try CustomerRepository(db: w.context.database).find(id: account.customerID))
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: customer.id)
        let handler = try handlerName(w, complaint)
        try w.signIn(as: handler)
        try w.openComplaints()
        #expect(w.showsLine(complaint.number, Masking.name(customer.name)))
        #expect(!w.screen.contains(customer.name))
        w.press(.character("5"))
        #expect(w.showsLine(complaint.number))
        let other = handler == "super" ? "trainer" : "super"
        w.press(.function(10))
        try w.signIn(as: other)
        try w.openComplaints()
        w.press(.character("5"))
        #expect(!w.screen.contains(complaint.number))
    }

    @Test func theListFollowsAnotherTerminalAndADemoReset() throws {
        let w = try Workstation()
        try w.signIn(as: "super")
        try w.openComplaints()
        let other = try w.otherTerminal()
        let complaint = try ComplaintService(other).register(
            ComplaintIntake(channel: .phone, customerID: nil, category: .waitingTime, severity: .low,
                            description: "Waited forty minutes for the cash counter"), by: try w.demoOperator("guide"))
        w.app.draw()
        #expect(w.screen.contains(complaint.number))
        other.database.close()
        try TrainingFile.prepare(path: w.path, reset: true, terminal: "test/tty3")
        w.app.draw()
        #expect(!w.screen.contains(complaint.number))
    }

    @Test func careTasksFollowAnotherTerminal() throws {
        let w = try Workstation()
        try w.signIn(as: "super")
        try w.openComplaints()
        w.press(.character("c"))
        #expect(w.app.topScreen is CareScreen)
        let other = try w.otherTerminal()
        _ = try CareService(other).addTask(kind: .other, customerID: nil, note: "Call the branch manager back",
                                           due: w.context.businessDate, by: try w.demoOperator("guide"))
        w.app.draw()
        #expect(w.screen.contains("Call the branch manager back"))
    }

    @Test func aSuggestionIsAnsweredOnTheCareScreen() throws {
        let w = try Workstation()
        _ = try CareService(w.context).addSuggestion(fromStaff: true, customerID: nil, channel: .counter,
                                                     text: "A water dispenser in the lobby", by: try w.demoOperator("teller"))
        try w.signIn(as: "super")
        try w.openComplaints()
        w.press(.character("c"), .tab)
        #expect(w.showsLine("Open", "A water dispenser"))
        w.press(.character("r"))
        w.type("Ordered one")
        w.press(.control("s"))
        #expect(w.messageLine.contains("Suggestion answered and closed."))
        #expect(w.showsLine("Answered", "A water dispenser"))
        #expect(w.showsLine("A water dispenser in the lobby  → What we made of it: Ordered one"))
    }
}
