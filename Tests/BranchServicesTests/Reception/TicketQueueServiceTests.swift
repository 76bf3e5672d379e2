import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issuing tickets at reception: number series, the daily restart, the
/// questionnaire, permissions, and call-next by the queue policy.
@Suite struct TicketQueueServiceTests {
    @Test func numbersRunPerSeries() throws {
        let branch = try QueueBranch()
        #expect(try branch.issue(.cash).displayNumber == "A001")
        #expect(try branch.issue(.cash).displayNumber == "A002")
        #expect(try branch.issue(.accounts).displayNumber == "B001")
        #expect(try branch.issue(.loans).displayNumber == "C001")
        #expect(try branch.issue(.wealth).displayNumber == "D001")
        #expect(try branch.issue(.complaints).displayNumber == "E001")
        let priority = try branch.issue(.cash, priority: .elderly)
        #expect(priority.displayNumber == "V001")
        #expect(priority.businessType == .cash && priority.priority == .elderly)
        #expect(try branch.issue(.loans, priority: .vip).displayNumber == "V002")
        #expect(try branch.issue(.cash).displayNumber == "A003")
        let all = try branch.queue.waitingTickets()
        #expect(all.count == 9)
        #expect(all.allSatisfy { $0.businessDate == QueueBranch.day && $0.status == .waiting })
    }

    @Test func issuedTicketIsStoredWithItsNeedsAndEvent() throws {
        let branch = try QueueBranch()
        branch.tick()
        var needs = QueueBranch.cashNeeds
        needs["note"] = "  "  // blank optional answers are not stored
        let issued = try branch.queue.issue(type: .cash, priority: nil, customerID: nil, needs: needs, by: branch.guide)
        #expect(issued.ticket.issuedAt == branch.clock.now())
        #expect(issued.peopleAhead == 0)
        let stored = try #require(try branch.queue.ticket(id: issued.ticket.id))
        #expect(stored.needs == QueueBranch.cashNeeds)
        let events = try branch.queue.events(ticketID: issued.ticket.id)
        #expect(events.map(\.kind) == [.issued])
        #expect(events.first?.operatorID == branch.guide.id)
        #expect(events.first?.at == branch.clock.now().timeIntervalSince1970)
    }

    @Test func numbersRestartWhenTheBusinessDateMoves() throws {
        let branch = try QueueBranch()
        let old1 = try branch.issue(.cash)
        _ = try branch.issue(.cash)
        _ = try branch.issue(.cash, priority: .vip)
        #expect(old1.displayNumber == "A001")

        let nextDay = BusinessDate("2027-01-16")!
        #expect(try BranchRepository(db: branch.context.database).setBusinessDate(nextDay))
        branch.tick(86_400)
        let fresh = try branch.issue(.cash)
        #expect(fresh.displayNumber == "A001")
        #expect(fresh.businessDate == nextDay)
        #expect(try branch.issue(.cash, priority: .vip).displayNumber == "V001")
        // Yesterday's tickets stay in the file but are not today's queue.
        #expect(try branch.queue.waitingTickets().map(\.displayNumber) == ["A001", "V001"])
        #expect(try branch.count("tickets") == 5)

        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        #expect(try branch.serveNext(counter, by: branch.teller) == "V001")
        #expect(try branch.serveNext(counter, by: branch.teller) == "A001")
        #expect(try branch.queue.callNext(counterID: counter.id, by: branch.teller) == nil)
        let stillWaiting = try #require(try branch.queue.ticket(id: old1.id)).ticket
        #expect(stillWaiting.status == .waiting && stillWaiting.businessDate == QueueBranch.day)
    }

    @Test func questionnaireProblemsAreRefusedAndNothingIsSaved() throws {
        let branch = try QueueBranch()
        var needs = QueueBranch.cashNeeds
        needs["amount"] = nil
        let missing = failure { try branch.queue.issue(type: .cash, priority: nil, customerID: nil, needs: needs, by: branch.guide) }
        #expect(missing == LocalizedMessage(.queueNeedsMissing, "amount"))
        // The reader sees the question's label, not its internal id.
        #expect(missing?.text(in: Strings(.english)).contains("\"Amount\"") == true)
        needs = QueueBranch.cashNeeds
        needs["service"] = "open_account"
        #expect(failure { try branch.queue.issue(type: .cash, priority: nil, customerID: nil, needs: needs, by: branch.guide) }
                == LocalizedMessage(.queueNeedsMissing, "service"))
        let unknownCustomer = failure {
            try branch.queue.issue(type: .cash, priority: nil, customerID: 4242, needs: QueueBranch.cashNeeds, by: branch.guide)
        }
        #expect(unknownCustomer?.key == .customerNotFound)
        #expect(try branch.count("tickets") == 0)
        #expect(try branch.count("queue_events") == 0)
        // The next good ticket still starts at 001.
        #expect(try branch.issue(.cash).displayNumber == "A001")
    }

    @Test func onlyReceptionIssuesAndOnlyCountersCall() throws {
        let branch = try QueueBranch()
        // A teller has no reception permission.
        let tellerIssues = failure {
            try branch.queue.issue(type: .cash, priority: nil, customerID: nil, needs: QueueBranch.cashNeeds, by: branch.teller)
        }
        #expect(tellerIssues == LocalizedMessage(.errorForbidden, Permission.reception.rawValue))
        #expect(try branch.count("tickets") == 0)
        // A supervisor may do both.
        _ = try branch.queue.issue(type: .cash, priority: nil, customerID: nil, needs: QueueBranch.cashNeeds, by: branch.supervisor)

        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        // A guide has no counter permission: cannot take a counter nor call.
        #expect(failure { try branch.queue.callNext(counterID: counter.id, by: branch.guide) }
                == LocalizedMessage(.errorForbidden, Permission.counter.rawValue))
        #expect(failure { try branch.queue.openCounter(number: 2, serves: [.cash], by: branch.guide) }
                == LocalizedMessage(.errorForbidden, Permission.counter.rawValue))
        // Another teller cannot work someone else's counter.
        #expect(failure { try branch.queue.callNext(counterID: counter.id, by: branch.teller2) }?.key == .counterTaken)
        #expect(try branch.queue.waitingTickets().count == 1)
        #expect(try branch.queue.callNext(counterID: counter.id, by: branch.teller)?.displayNumber == "A001")
    }

    @Test func counterOfAnotherOperatorIsTaken() throws {
        let branch = try QueueBranch()
        let first = try branch.queue.openCounter(number: 3, serves: [.cash], by: branch.teller)
        #expect(first.state == .open && first.operatorID == branch.teller.id)
        let taken = failure { try branch.queue.openCounter(number: 3, serves: [.loans], by: branch.teller2) }
        #expect(taken == LocalizedMessage(.counterTaken, "3"))
        let stored = try #require(try branch.queue.counters().first { $0.number == 3 })
        #expect(stored.operatorID == branch.teller.id && stored.serves == [.cash])
        // Once closed, someone else may take it.
        try branch.queue.setState(counterID: first.id, .closed, by: branch.teller)
        let second = try branch.queue.openCounter(number: 3, serves: [.loans], by: branch.teller2)
        #expect(second.operatorID == branch.teller2.id && second.serves == [.loans] && second.state == .open)
        // Bad counter set-ups are refused.
        #expect(failure { try branch.queue.openCounter(number: 0, serves: [.cash], by: branch.teller) }?.key == .validNumberRange)
        #expect(failure { try branch.queue.openCounter(number: 100, serves: [.cash], by: branch.teller) }?.key == .validNumberRange)
        #expect(failure { try branch.queue.openCounter(number: 4, serves: [], by: branch.teller) }?.key == .counterNeedsTypes)
    }

    @Test func oneOperatorWorksOneCounterAtATime() throws {
        let branch = try QueueBranch()
        let first = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: first.id, by: branch.teller)
        // With a customer at counter 1, the teller cannot move to counter 2.
        #expect(failure { try branch.queue.openCounter(number: 2, serves: [.cash], by: branch.teller) }?.key == .counterBusy)
        #expect(try branch.queue.counters().map(\.number) == [1])
        _ = try branch.queue.finish(counterID: first.id, outcome: .leftBeforeService, satisfaction: nil, by: branch.teller)
        // Moving to counter 2 releases counter 1.
        let second = try branch.queue.openCounter(number: 2, serves: [.accounts], by: branch.teller)
        let counters = try branch.queue.counters()
        #expect(counters.map(\.number) == [1, 2])
        #expect(counters[0].state == .closed && counters[0].operatorID == nil)
        #expect(counters[1].id == second.id && counters[1].operatorID == branch.teller.id && counters[1].state == .open)
        // Re-declaring the same counter keeps it.
        let again = try branch.queue.openCounter(number: 2, serves: [.accounts, .cash], by: branch.teller)
        #expect(again.id == second.id && again.serves == [.accounts, .cash])
    }

    @Test func callNextFollowsThePolicy() throws {
        let branch = try QueueBranch()
        let cash = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try branch.queue.openCounter(number: 2, serves: [.loans], by: branch.teller2)
        _ = try branch.issue(.cash)                    // A001
        _ = try branch.issue(.loans)                   // C001: not for counter 1
        _ = try branch.issue(.cash)                    // A002
        for _ in 0..<5 { _ = try branch.issue(.cash, priority: .elderly) }  // V001…V005
        _ = try branch.issue(.loans, priority: .vip)   // V006: a loans priority, not for counter 1
        var order: [String] = []
        while let number = try branch.serveNext(cash, by: branch.teller) { order.append(number) }
        #expect(order == ["V001", "V002", "V003", "A001", "V004", "V005", "A002"])
        #expect(try branch.queue.waitingTickets().map(\.displayNumber) == ["C001", "V006"])
    }

    @Test func priorityBurstComesFromTheSettings() throws {
        let branch = try QueueBranch()
        try SettingsRepository(db: branch.context.database).set("queue.priority_burst", "1")
        #expect(branch.queue.policy.priorityBurst == 1)
        let cash = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try branch.issue(.cash)
        _ = try branch.issue(.cash)
        _ = try branch.issue(.cash, priority: .vip)
        _ = try branch.issue(.cash, priority: .vip)
        var order: [String] = []
        while let number = try branch.serveNext(cash, by: branch.teller) { order.append(number) }
        #expect(order == ["V001", "A001", "V002", "A002"])
        // Out-of-range settings fall back to the default.
        try SettingsRepository(db: branch.context.database).set("queue.priority_burst", "0")
        #expect(branch.queue.policy.priorityBurst == 3)
    }
}
