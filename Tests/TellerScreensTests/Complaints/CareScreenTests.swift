import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Customer care from the complaints screen: follow-up tasks added (a past
/// due date refused), completed with an outcome, dormant-account follow-ups
/// scheduled; suggestions taken down and listed.
@Suite struct CareScreenTests {
    private func openCare(_ w: Workstation, as username: String = "guide") throws {
        try w.signIn(as: username)
        try w.openComplaints()
        w.press(.character("c"))
        #expect(w.app.topScreen is CareScreen)
        #expect(w.title == "Customer care")
    }

    /// On the add-task form: kind steps right from the first, customer, due date, note; then submit.
    private func addTask(_ w: Workstation, kindSteps: Int, customer: String, due: String, note: String) {
        w.press(.character("a"))
        for _ in 0..<kindSteps { w.press(.right) }
        w.press(.tab)
        w.type(customer)
        w.press(.tab)
        w.type(due)
        w.press(.tab)
        w.type(note)
        w.press(.control("s"))
    }

    @Test func aTaskDueInThePastIsRefusedAndAFutureOneIsListedThenDone() throws {
        let w = try Workstation()
        try openCare(w)
        #expect(w.screen.contains("No open follow-up tasks."))
        addTask(w, kindSteps: 1, customer: "张伟", due: "2026-03-01", note: "welcome call")
        #expect(w.messageLine.contains(Strings(.english)(.careDueInPast, "2026-03-02")))
        #expect(w.app.topScreen is StepFormScreen)
        w.press(.escape)
        w.confirmYes()  // the refused task's typed work: leaving asks first

        addTask(w, kindSteps: 1, customer: "张伟", due: "2026-03-05", note: "welcome call")
        #expect(w.messageLine.contains("due 2026-03-05"))
        #expect(w.app.topScreen is CareScreen)
        #expect(w.showsLine("2026-03-05", "Welcome call", "张伟", "welcome call"))
        #expect(w.showsLine("Follow-up tasks (1)"))

        w.press(.character("d"))
        w.press(.control("s"))
        #expect(w.screen.contains(Strings(.english)(.careOutcomeMissing)))
        w.type("customer thanked us")
        w.press(.control("s"))
        #expect(w.messageLine.contains("Task recorded as done."))
        #expect(w.screen.contains("No open follow-up tasks."))
        #expect(try CareService(w.context).openTasks(by: try w.demoOperator("guide")).isEmpty)
    }

    @Test func aBadlyWrittenDueDateIsExplained() throws {
        let w = try Workstation()
        try openCare(w)
        addTask(w, kindSteps: 0, customer: "", due: "5 March", note: "")
        #expect(w.screen.contains("Enter the date as YYYY-MM-DD"))
    }

    @Test func dormantAccountFollowUpsAreScheduledOnce() throws {
        let w = try Workstation()
        try openCare(w)
        w.press(.character("f"))
        #expect(w.messageLine.contains("1 dormant-account follow-up task created."))
        #expect(w.showsLine("2026-03-09", "Dormant account"))
        w.press(.character("f"))
        #expect(w.messageLine.contains("0 dormant-account follow-up tasks created."))
        w.press(.character("x"))
        w.type("account closed at the customer's request")
        w.press(.control("s"))
        #expect(w.messageLine.contains("Task cancelled."))
    }

    @Test func aClosedComplaintsCallBackIsListed() throws {
        let w = try Workstation()
        let handler = try w.demoOperator("super")
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        let service = ComplaintService(w.context)
        try service.acknowledge(id: complaint.id, by: handler)
        try service.investigate(id: complaint.id, note: "", by: handler)
        try service.respond(id: complaint.id, ComplaintResponse(explanation: "We refunded the fee"), key: UUID().uuidString, by: handler)
        try service.close(id: complaint.id, satisfaction: 5, by: handler)
        try openCare(w)
        #expect(w.showsLine("2026-03-09", "Complaint call back", complaint.number))
    }

    @Test func suggestionsFromCustomersAndStaffAreTakenDownAndListed() throws {
        let w = try Workstation()
        try openCare(w)
        w.press(.tab)
        #expect(w.screen.contains("No suggestions yet."))
        w.press(.character("a"))
        w.press(.tab)
        w.type("张伟")
        w.press(.tab, .right, .right, .right, .tab)  // suggestion box
        w.type("Open on Saturdays please")
        w.press(.control("s"))
        #expect(w.messageLine.contains("Suggestion recorded."))
        #expect(w.showsLine("2026-03-02", "张伟", "Suggestion box", "Open on Saturdays please"))

        w.press(.character("a"))
        w.press(.right, .tab, .tab, .tab)  // from staff
        w.type("Hi")
        w.press(.control("s"))
        #expect(w.screen.contains(Strings(.english)(.suggestionTextMissing)))
        w.type(" — a second printer for slips")
        w.press(.control("s"))
        #expect(w.showsLine("guide", "Counter", "Open", "Hi — a second"))
        #expect(w.showsLine("Hi — a second printer for slips"))  // whole, below the table
        let stored = try CareService(w.context).suggestions(by: try w.demoOperator("guide"))
        #expect(Set(stored.map(\.source)) == ["customer", "staff"])
    }
}
