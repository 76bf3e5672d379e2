import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Customer care: follow-up tasks with due dates and outcomes (by hand, for
/// dormant accounts, after an account opening) and suggestions from customers
/// and staff.
struct CareServiceTests {
    // MARK: Tasks by hand

    @Test func aTaskDueInThePastIsRefused() throws {
        let branch = try ComplaintBranch()
        let today = BusinessDate("2026-01-05")!
        #expect(failure { try branch.care.addTask(kind: .other, customerID: branch.customer(0).id, note: "call back",
                                                  due: BusinessDate("2026-01-04")!, by: branch.teller) }
                == LocalizedMessage(.careDueInPast, "2026-01-05"))
        #expect(try branch.count("care_tasks") == 0)
        let id = try branch.care.addTask(kind: .other, customerID: branch.customer(0).id, note: " Bring the passport ", due: today,
                                         by: branch.teller)
        let task = try #require(try ComplaintRepository(db: branch.context.database).task(id: id))
        #expect(task.kind == .other)
        #expect(task.customerID == branch.customer(0).id)
        #expect(task.note == "Bring the passport")
        #expect(task.dueDate == today)
        #expect(task.status == "open")
        #expect(task.assignedTo == branch.teller.id)
        #expect(try branch.context.auditActions().last == "care.task")
    }

    @Test func aTaskForAnUnknownCustomerOrByAnAdministratorIsRefused() throws {
        let branch = try ComplaintBranch()
        let due = BusinessDate("2026-01-10")!
        #expect(failure { try branch.care.addTask(kind: .other, customerID: 9_999, note: "", due: due, by: branch.teller) }?.key
                == .customerNotFound)
        #expect(failure { try branch.care.addTask(kind: .other, customerID: nil, note: "", due: due, by: branch.admin) }?.key
                == .errorForbidden)
        #expect(failure { try branch.care.addTask(kind: .other, customerID: nil, note: String(repeating: "x", count: 501), due: due,
                                                  by: branch.teller) }?.key == .complaintDescriptionTooLong)
        #expect(try branch.count("care_tasks") == 0)
    }

    @Test func openTasksAreListedEarliestDueFirst() throws {
        let branch = try ComplaintBranch()
        let later = try branch.care.addTask(kind: .other, customerID: nil, note: "later", due: BusinessDate("2026-01-20")!,
                                            by: branch.teller)
        let sooner = try branch.care.addTask(kind: .other, customerID: nil, note: "sooner", due: BusinessDate("2026-01-06")!,
                                             by: branch.guide)
        #expect(try branch.care.openTasks(by: branch.teller).map(\.id) == [sooner, later])
        #expect(failure { try branch.care.openTasks(by: branch.admin) }?.key == .errorForbidden)
    }

    // MARK: Completing

    @Test func completingATaskNeedsAnOutcomeAndHappensOnce() throws {
        let branch = try ComplaintBranch()
        let id = try branch.care.addTask(kind: .other, customerID: branch.customer(0).id, note: "call back",
                                         due: BusinessDate("2026-01-06")!, by: branch.teller)
        for outcome in ["", "   ", " x "] {
            #expect(failure { try branch.care.complete(taskID: id, done: true, outcome: outcome, by: branch.teller) }?.key
                    == .careOutcomeMissing, "\(outcome)")
        }
        branch.clock.advance(by: 600)
        try branch.care.complete(taskID: id, done: true, outcome: " Customer happy now ", by: branch.guide)
        let task = try #require(try ComplaintRepository(db: branch.context.database).task(id: id))
        #expect(task.status == "done")
        #expect(task.outcome == "Customer happy now")
        let row = try #require(try branch.context.database.queryOne("SELECT done_by, done_at FROM care_tasks WHERE id = ?",
                                                                    [.integer(id)]))
        #expect(row.int("done_by") == branch.guide.id)
        #expect(row.int("done_at") == Int64((branch.clock.now().timeIntervalSince1970 * 1_000).rounded()))
        #expect(try branch.context.auditActions().last == "care.task_done")

        #expect(failure { try branch.care.complete(taskID: id, done: true, outcome: "Again", by: branch.teller) }?.key
                == .careTaskNotOpen)
        #expect(failure { try branch.care.complete(taskID: id, done: false, outcome: "Cancel it", by: branch.teller) }?.key
                == .careTaskNotOpen)
        #expect(try ComplaintRepository(db: branch.context.database).task(id: id)?.outcome == "Customer happy now")
        #expect(failure { try branch.care.complete(taskID: 9_999, done: true, outcome: "Done", by: branch.teller) }?.key
                == .careTaskNotFound)
        #expect(try branch.care.openTasks(by: branch.teller).isEmpty)
    }

    @Test func aTaskCanBeCancelledWithAReason() throws {
        let branch = try ComplaintBranch()
        let id = try branch.care.addTask(kind: .other, customerID: nil, note: "", due: BusinessDate("2026-01-06")!, by: branch.teller)
        try branch.care.complete(taskID: id, done: false, outcome: "Customer moved abroad", by: branch.teller)
        #expect(try ComplaintRepository(db: branch.context.database).task(id: id)?.status == "cancelled")
        #expect(try branch.context.auditActions().last == "care.task_cancelled")
    }

    // MARK: Generated tasks

    @Test func dormantAccountsGetOneFollowUpEach() throws {
        let branch = try ComplaintBranch()
        let dormant1 = try branch.ledger.account(customer: 0, balance: 10_000, status: .dormant)
        _ = try branch.ledger.account(customer: 1, balance: 10_000)
        let dormant2 = try branch.ledger.account(customer: 2, balance: 0, status: .dormant)
        _ = try branch.ledger.account(customer: 2, balance: 0, status: .frozen)
        let now = branch.clock.now()
        #expect(try branch.care.scheduleDormantFollowUps(by: branch.teller) == 2)
        let tasks = try branch.care.openTasks(by: branch.teller)
        #expect(tasks.map(\.accountID) == [dormant1.id, dormant2.id])
        #expect(tasks.map(\.customerID) == [branch.customer(0).id, branch.customer(2).id])
        #expect(tasks.allSatisfy { $0.kind == .dormantAccount })
        // Follow-ups are due a week after the branch's business date (not the wall clock's).
        let businessDate = try #require(branch.context.branch()?.businessDate)
        #expect(tasks.allSatisfy { $0.dueDate == businessDate.adding(days: 7) })
        _ = now
        #expect(try branch.context.auditActions().last == "care.dormant_tasks")

        let auditBefore = try branch.context.auditActions()
        #expect(try branch.care.scheduleDormantFollowUps(by: branch.teller) == 0)
        #expect(try branch.count("care_tasks") == 2)
        #expect(try branch.context.auditActions() == auditBefore)
        #expect(failure { try branch.care.scheduleDormantFollowUps(by: branch.admin) }?.key == .errorForbidden)
    }

    @Test func openingAnAccountSchedulesAWelcomeCall() throws {
        let branch = try OpeningBranch()
        let customer = try branch.register("Wang Xiaoming")
        let submitted = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller)
        try branch.attestPhoto(customer, application: submitted.applicationID)
        let opened = try branch.opening.open(applicationID: submitted.applicationID, customerConfirmed: true, by: branch.teller)
        let tasks = try CareService(branch.context).openTasks(by: branch.teller)
        #expect(tasks.count == 1)
        let task = try #require(tasks.first)
        #expect(task.kind == .accountOpened)
        #expect(task.customerID == customer.id)
        #expect(task.accountID == opened.account.id)
        #expect(task.dueDate == BusinessDate(date: OpeningBranch.start.addingTimeInterval(3 * 86_400)))
    }

    // MARK: Suggestions

    @Test func suggestionsFromCustomersAndStaffAreKept() throws {
        let branch = try ComplaintBranch()
        let now = branch.clock.now()
        let fromCustomer = try branch.care.addSuggestion(fromStaff: false, customerID: branch.customer(0).id, channel: .suggestionBox,
                                                         text: "  Please add a second queue screen.  ", by: branch.guide)
        let fromStaff = try branch.care.addSuggestion(fromStaff: true, customerID: branch.customer(1).id, channel: .counter,
                                                      text: "店里需要更多的填单台。", by: branch.teller)
        let stored = try branch.care.suggestions(by: branch.teller)
        #expect(stored.map(\.id) == [fromStaff, fromCustomer])
        let staff = stored[0], customer = stored[1]
        #expect(customer.source == "customer")
        #expect(customer.customerID == branch.customer(0).id)
        #expect(customer.operatorID == nil)
        #expect(customer.channel == "suggestion_box")
        #expect(customer.text == "Please add a second queue screen.")
        #expect(customer.createdAt == now)
        #expect(staff.source == "staff")
        #expect(staff.customerID == nil)
        #expect(staff.operatorID == branch.teller.id)
        #expect(staff.text == "店里需要更多的填单台。")
        #expect(try branch.context.auditActions().suffix(2) == ["care.suggestion", "care.suggestion"])
        try branch.expectAuditIntact()
    }

    @Test func anEmptySuggestionOrAnUnknownCustomerIsRefused() throws {
        let branch = try ComplaintBranch()
        for text in ["", "    ", "good"] {
            #expect(failure { try branch.care.addSuggestion(fromStaff: false, customerID: nil, channel: .online, text: text,
                                                            by: branch.teller) }?.key == .complaintDescriptionMissing)
        }
        #expect(failure { try branch.care.addSuggestion(fromStaff: false, customerID: 9_999, channel: .online,
                                                        text: "Open on Saturdays please", by: branch.teller) }?.key
                == .customerNotFound)
        #expect(failure { try branch.care.addSuggestion(fromStaff: true, customerID: nil, channel: .online,
                                                        text: "Open on Saturdays please", by: branch.admin) }?.key == .errorForbidden)
        #expect(try branch.count("suggestions") == 0)
    }
}
