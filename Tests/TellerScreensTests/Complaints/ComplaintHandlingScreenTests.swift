import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// A supervisor handles a complaint on its screen: acknowledge, investigate,
/// respond with compensation credited through the ledger, close with the
/// customer's satisfaction, reopen. Refusals come in the service's words;
/// guides see complaints read-only; the person complained about does
/// not see it at all.
@Suite struct ComplaintHandlingScreenTests {
    /// The first demo customer and their first CNY account.
    private func customerAccount(_ w: Workstation) throws -> (number: String, customerID: Int64) {
        try #require(try w.demoAccounts().first)
    }

    /// Signs in and opens the only complaint from the open list.
    private func openComplaint(_ w: Workstation, as username: String) throws {
        try w.signIn(as: username)
        try w.openComplaints()
        w.press(.enter)
        #expect(w.app.topScreen is ComplaintDetailScreen)
    }

    @Test func aSupervisorWalksItFromAcknowledgedToClosedWithCompensation() throws {
        let w = try Workstation()
        let account = try customerAccount(w)
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: account.customerID)
        let before = try w.account(account.number).balance
        try openComplaint(w, as: "super")
        #expect(w.title == "Complaint \(complaint.number)")
        #expect(w.footer.contains("a Acknowledge"))

        w.press(.character("a"))
        #expect(try w.storedComplaint(complaint.id).status == .acknowledged)
        #expect(w.showsLine("Status", "Acknowledged"))
        #expect(w.footer.contains("i Investigate"))

        w.press(.character("i"))
        w.type("checking the fee postings")
        w.press(.control("s"))
        #expect(try w.storedComplaint(complaint.id).status == .investigating)
        #expect(w.showsLine("super", "Investigating", "checking the fee postings"))

        w.press(.character("r"))
        #expect(w.app.topScreen is ComplaintResponseScreen)
        w.type("The second fee was charged in error")
        w.press(.tab)
        w.type("50.00")
        w.press(.tab)
        w.press(.right)  // the customer's first account
        w.press(.tab)
        w.type("fee waived next year")
        w.press(.control("s"))
        #expect(w.screen.contains("credit CNY 50.00"))
        w.confirmYes()
        #expect(w.messageLine.contains("CNY 50.00 credited"))
        let responded = try w.storedComplaint(complaint.id)
        #expect(responded.status == .responded)
        #expect(responded.responseMonetary == 5_000)
        #expect(responded.responseNonMonetary == "fee waived next year")
        #expect(try w.account(account.number).balance == before + 5_000)
        #expect(try w.entries(.complaintRemedy).count == 1)
        #expect(try BooksService(w.context).verify(by: nil).isClean)

        w.press(.character("c"))
        w.type("4")
        w.press(.control("s"))
        let closed = try w.storedComplaint(complaint.id)
        #expect(closed.status == .closed)
        #expect(closed.satisfaction == 4)
        #expect(w.showsLine("Satisfaction", "4/5"))
        let callBacks = try CareService(w.context).openTasks(by: try w.demoOperator("super")).filter { $0.kind == .complaintCallback }
        #expect(callBacks.count == 1)

        w.press(.character("o"))
        w.type("customer disputes the amount")
        w.press(.control("s"))
        #expect(try w.storedComplaint(complaint.id).status == .reopened)
        #expect(w.showsLine("Reopened", "customer disputes the amount"))
    }

    @Test func closingWithoutAResponseIsRefusedWithTheServiceMessage() throws {
        let w = try Workstation()
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try openComplaint(w, as: "super")
        #expect(!w.footer.contains("Close"))
        // Assessed before the form opens (issue 13): nothing to type before the refusal.
        w.press(.character("c"))
        #expect(w.messageLine.contains(Strings(.english)(.complaintCloseWithoutResponse)))
        #expect(w.app.topScreen is ComplaintDetailScreen)
        #expect(try w.storedComplaint(complaint.id).status == .received)
    }

    @Test func aRetriedResponseKeepsItsIdempotencyKey() throws {
        let w = try Workstation()
        let account = try customerAccount(w)
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: account.customerID)
        let handlerID = try #require(complaint.handlerID)
        let handler = try #require(try OperatorRepository(db: w.context.database).find(id: handlerID)?.operator)
        try ComplaintService(w.context).acknowledge(id: complaint.id, by: handler)
        try ComplaintService(w.context).investigate(id: complaint.id, note: "checking the fee postings", by: handler)
        try openComplaint(w, as: handler.username)
        w.press(.character("r"))
        let screen = try #require(w.app.topScreen as? ComplaintResponseScreen)
        w.type("The second fee was charged in error")
        w.press(.tab)
        w.type("6000")  // above the cap on one complaint: the service refuses when it is sent
        w.press(.tab, .right, .control("s"))
        w.confirmYes()
        #expect(w.messageLine.contains("5,000.00"))
        let key = try #require(screen.key)
        w.press(.control("s"))
        w.confirmYes()
        #expect(screen.key == key)
        #expect(try w.entries(.complaintRemedy).isEmpty)
        #expect(try w.storedComplaint(complaint.id).status == .investigating)
    }

    @Test func aGuideSeesItReadOnly() throws {
        let w = try Workstation()
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try openComplaint(w, as: "guide")
        #expect(w.screen.contains("Read only"))
        #expect(w.showsLine("Description", "Charged twice for the annual card fee"))
        w.press(.up)  // the first step of the history, its whole detail below the table
        #expect(w.showsLine("guide", "Received", "Counter · Fees and charges → Operations"))
        #expect(!w.footer.contains("Acknowledge"))
        w.press(.character("a"))
        #expect(try w.storedComplaint(complaint.id).status == .received)
    }

    @Test func thePersonComplainedAboutDoesNotSeeIt() throws {
        let w = try Workstation()
        let supervisor = try w.demoOperator("super")
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil, about: supervisor.id)
        #expect(complaint.handlerID == (try w.demoOperator("trainer")).id)
        try w.signIn(as: "super")
        try w.openComplaints()
        #expect(!w.screen.contains(complaint.number))
        w.press(.enter)
        #expect(!(w.app.topScreen is ComplaintDetailScreen))
        #expect(try w.storedComplaint(complaint.id).status == .received)
    }

    @Test func aHandlerCannotGiveItToThePersonItIsAbout() throws {
        let w = try Workstation()
        let supervisor = try w.demoOperator("super")
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil, about: supervisor.id)
        try openComplaint(w, as: "trainer")
        w.press(.character("g"))
        #expect(w.showsLine("Handler", "trainer"))
        w.press(.left)  // super — the person complained about
        #expect(w.showsLine("Handler", "super"))
        w.press(.control("s"))
        #expect(w.messageLine.contains(Strings(.english)(.complaintConflictOfInterest)))
        #expect(try w.storedComplaint(complaint.id).handlerID == (try w.demoOperator("trainer")).id)
    }

    @Test func anExtendedDeadlineIsShownWithItsReason() throws {
        let w = try Workstation()
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try openComplaint(w, as: "super")
        w.press(.character("a"), .character("i"))
        w.press(.control("s"))
        w.press(.character("e"))
        w.press(.tab)
        w.type("waiting for the card centre")
        w.press(.control("s"))
        let extended = try w.storedComplaint(complaint.id)
        #expect(extended.track == .extended)
        #expect(w.showsLine("Respond by", "2026-04-01"))
        #expect(w.showsLine("super", "Extended", "Extended (30 days) until 2026-04-01"))
        #expect(w.screen.contains("waiting for the card centre"))
    }

    @Test func anExceptionalDeadlineNeedsASupervisorsApprovalAtTheTerminal() throws {
        let w = try Workstation()
        // The trainer handles it; the supervisor approves (the person complained about could not).
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil,
                                                about: try w.demoOperator("teller2").id)
        // Only the handler (or a supervisor) works a complaint (issue 13): it is given to the trainer first.
        if complaint.handlerID != (try w.demoOperator("trainer")).id {
            try ComplaintService(w.context).assign(id: complaint.id, to: try w.demoOperator("trainer").id, by: try w.demoOperator("super"))
        }
        try openComplaint(w, as: "trainer")
        w.press(.character("a"), .character("i"))
        w.press(.control("s"))
        w.press(.character("e"), .right, .tab)
        w.type("needs the head office file")
        w.press(.control("s"))
        #expect(w.app.topScreen is SupervisorApprovalScreen)
        #expect(w.screen.contains("an exceptional deadline needs approval"))
        w.approveAsSupervisor(reason: "file requested from head office")
        #expect(w.app.topScreen is ComplaintDetailScreen)
        let extended = try w.storedComplaint(complaint.id)
        #expect(extended.track == .exceptional)
        #expect(w.showsLine("Respond by", "2026-05-01"))
    }
}
