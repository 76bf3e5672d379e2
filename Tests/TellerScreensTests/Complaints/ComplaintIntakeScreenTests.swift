import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Taking a complaint down: from the list (customer found by name, staff
/// member by operator ID), from a customer's panel and from the counter's
/// served ticket; the registration number and the printed receipt; bad
/// input refused with the service's words.
@Suite struct ComplaintIntakeScreenTests {
    @Test func intakeFromTheListRegistersItAndPrintsTheReceipt() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.openComplaints()
        w.press(.character("n"))
        #expect(w.title == "New complaint")
        w.fillIntake(customer: "张伟", category: 2, description: "Charged twice for the card fee", remedy: "refund", about: "teller")

        let stored = try #require(try ComplaintService(w.context).list(.recent, by: try w.demoOperator("guide")).first)
        #expect(stored.number.hasPrefix("C20260302-"))
        #expect(w.title == "Complaint \(stored.number)")
        #expect(w.messageLine.contains("Complaint \(stored.number) registered"))
        #expect(w.showsLine("Category: Fees and charges"))
        #expect(w.showsLine("Respond by: 2026-03-17"))
        #expect(stored.category == .fees)
        #expect(stored.team == .operations)
        #expect(stored.description == "Charged twice for the card fee")
        #expect(stored.remedyWanted == "refund")
        #expect(stored.aboutOperatorID == (try w.demoOperator("teller")).id)
        let customer = try #require(stored.customerID)
        #expect(try CustomerService(w.context).panel(customerID: customer, by: try w.demoOperator("guide")).customer.name == "张伟")

        w.press(.character("p"))
        let slip = w.folder.appendingPathComponent("tickets/complaint-\(stored.number).txt")
        let text = try String(contentsOf: slip, encoding: .utf8)
        #expect(text.contains("Registration No. 登记号: \(stored.number)"))
        #expect(text.contains("Fees and charges 收费"))
        #expect(text.contains("We will respond by 答复期限: 2026-03-17"))
        #expect(w.messageLine.contains("complaint-\(stored.number).txt"))
    }

    @Test func anEmptyDescriptionIsRefusedWithTheMessage() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.openComplaints()
        w.press(.character("n"))
        w.fillIntake(description: "")
        #expect(w.app.topScreen is ComplaintIntakeScreen)
        #expect(w.screen.contains(Strings(.english)(.complaintDescriptionMissing).prefix(40)))
        #expect(try ComplaintService(w.context).list(.recent, by: try w.demoOperator("guide")).isEmpty)
    }

    @Test func anUnknownCustomerOrStaffMemberIsRefused() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.openComplaints()
        w.press(.character("n"))
        w.fillIntake(customer: "Nobody Atall", description: "The queue took an hour")
        #expect(w.screen.contains("No customer matches."))
        #expect(w.app.topScreen is ComplaintIntakeScreen)
        w.press(.escape)
        w.confirmYes()  // typed work: leaving asks first
        w.press(.character("n"))
        w.fillIntake(description: "The queue took an hour", about: "ghost")
        #expect(w.screen.contains("No operator has this ID."))
        #expect(try ComplaintService(w.context).list(.recent, by: try w.demoOperator("guide")).isEmpty)
    }

    @Test func anAnonymousComplaintKeepsItsContact() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        try w.openComplaints()
        w.press(.character("n"))
        w.press(.tab, .tab)
        w.type("13800000000")
        w.press(.tab, .right, .tab, .tab)  // waiting time
        w.type("我排队等了一个小时")
        w.press(.control("s"))
        let stored = try #require(try ComplaintService(w.context).list(.recent, by: try w.demoOperator("guide")).first)
        #expect(stored.customerID == nil)
        #expect(stored.contact == "13800000000")
        #expect(stored.category == .waitingTime)
        #expect(stored.description == "我排队等了一个小时")
        #expect(w.showsLine("Customer: Anonymous"))
    }

    @Test func fromACustomersPanelTheCustomerIsLinked() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        try w.open(.customers)
        w.type("张伟")
        w.press(.enter, .enter)
        #expect(w.app.topScreen is CustomerPanelScreen)
        w.press(.character("c"))
        #expect(w.showsLine("Complaint from 张伟"))
        w.press(.tab, .tab, .tab, .tab)  // channel, contact, category, severity → description
        w.type("The teller was rude to me")
        w.press(.control("s"))
        let stored = try #require(try ComplaintService(w.context).list(.recent, by: try w.demoOperator("teller")).first)
        let customer = try #require(stored.customerID)
        #expect(try CustomerService(w.context).panel(customerID: customer, by: try w.demoOperator("teller")).customer.name == "张伟")
        #expect(stored.category == .serviceAttitude)
    }

    @Test func fromTheCounterTheServedTicketAndItsCustomerAreLinked() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        try w.open(.counter)
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        w.press(.character("n"))
        let ticket = try #require(try w.ticket("V001")).ticket
        #expect(!w.footer.contains("Complaint"))  // a hidden key: F1 lists it
        w.press(.character("p"))
        #expect(w.app.topScreen is ComplaintIntakeScreen)
        w.press(.tab, .tab, .tab, .tab)
        w.type("Waited too long at the counter")
        w.press(.control("s"))
        let stored = try #require(try ComplaintService(w.context).list(.recent, by: try w.demoOperator("teller")).first)
        #expect(stored.ticketID == ticket.id)
        #expect(stored.customerID == ticket.customerID)
        #expect(stored.channel == .counter)
    }
}
