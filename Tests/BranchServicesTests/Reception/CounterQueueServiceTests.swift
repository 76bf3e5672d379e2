import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A teller at the counter: recall, no-show, start, finish, satisfaction,
/// transfer, break and close; the estimates and the event log they feed.
@Suite struct CounterQueueServiceTests {
    @Test func recallCountsAndNoShowNeedsRecallsFirst() throws {
        let branch = try QueueBranch()
        #expect(branch.queue.noShowAfterRecalls == 2)
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let issued = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: branch.teller) }
                == LocalizedMessage(.queueRecallFirst, "2"))
        branch.tick()
        #expect(try branch.queue.recall(counterID: counter.id, by: branch.teller).recalls == 1)
        #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: branch.teller) }?
                .key == .queueRecallFirst)
        branch.tick()
        #expect(try branch.queue.recall(counterID: counter.id, by: branch.teller).recalls == 2)
        branch.tick()
        let gone = try branch.queue.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: branch.teller)
        #expect(gone.status == .noShow && gone.outcome == .noShow)
        let stored = try #require(try branch.queue.ticket(id: issued.id)).ticket
        #expect(stored.status == .noShow && stored.recalls == 2)
        #expect(try branch.queue.events(ticketID: issued.id).map(\.kind) == [.issued, .called, .recalled, .recalled, .noShow])
        // The counter is free again.
        let after = try #require(try branch.queue.counters().first)
        #expect(after.currentTicketID == nil && after.state == .open)
    }

    @Test func noShowAfterRecallsComesFromTheSettings() throws {
        let branch = try QueueBranch()
        try SettingsRepository(db: branch.context.database).set("queue.no_show_after_recalls", "0")
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        #expect(try branch.queue.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: branch.teller).status == .noShow)
    }

    @Test func finishingAsServedNeedsStart() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        #expect(failure { try branch.queue.start(counterID: counter.id, by: branch.teller) }?.key == .queueNoCurrentTicket)
        let issued = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: 5, by: branch.teller) }
                == LocalizedMessage(.queueNotStarted))
        #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .referred, satisfaction: nil, by: branch.teller) }?
                .key == .queueNotStarted)
        #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .transferred, satisfaction: nil, by: branch.teller) }?
                .key == .queueUseTransfer)
        // Calling next while someone is at the counter is refused.
        #expect(failure { try branch.queue.callNext(counterID: counter.id, by: branch.teller) }?.key == .counterBusy)
        branch.tick()
        #expect(try branch.queue.start(counterID: counter.id, by: branch.teller).status == .serving)
        #expect(failure { try branch.queue.start(counterID: counter.id, by: branch.teller) }?.key == .queueWrongState)
        #expect(failure { try branch.queue.recall(counterID: counter.id, by: branch.teller) }?.key == .queueWrongState)
        #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: branch.teller) }?
                .key == .queueAlreadyStarted)
        branch.tick(300)
        let done = try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: 4, by: branch.teller)
        #expect(done.status == .finished && done.outcome == .served && done.satisfaction == 4)
        let stored = try #require(try branch.queue.ticket(id: issued.id)).ticket
        #expect(stored.satisfaction == 4 && stored.outcome == .served)
    }

    @Test func satisfactionOutsideOneToFiveIsRefused() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let issued = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        _ = try branch.queue.start(counterID: counter.id, by: branch.teller)
        let eventsBefore = try branch.count("queue_events")
        for score in [0, 6, -1, 10] {
            #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: score, by: branch.teller) }
                    == LocalizedMessage(.validSatisfaction))
        }
        #expect(try branch.count("queue_events") == eventsBefore)
        let stored = try #require(try branch.queue.ticket(id: issued.id)).ticket
        #expect(stored.status == .serving && stored.satisfaction == nil)
        #expect(try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: 1, by: branch.teller).satisfaction == 1)
    }

    @Test func transferKeepsArrivalAndGoesToACounterServingTheNewType() throws {
        let branch = try QueueBranch()
        let cash = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let accounts = try branch.queue.openCounter(number: 2, serves: [.accounts], by: branch.teller2)
        let moved = try branch.issue(.cash)          // A001, the oldest
        let later = try branch.issue(.accounts)      // B001, arrived after A001
        _ = try branch.queue.callNext(counterID: cash.id, by: branch.teller)
        branch.tick()
        _ = try branch.queue.start(counterID: cash.id, by: branch.teller)
        branch.tick()
        let transferred = try branch.queue.transfer(counterID: cash.id, toType: .accounts, toCounterNumber: nil, by: branch.teller)
        #expect(transferred.status == .waiting && transferred.businessType == .accounts)
        #expect(transferred.issuedAt == moved.issuedAt)
        #expect(transferred.displayNumber == "A001")
        #expect(transferred.counterID == nil && transferred.targetCounterID == nil)

        let stored = try #require(try branch.queue.ticket(id: moved.id)).ticket
        #expect(stored.issuedAt == moved.issuedAt && stored.status == .waiting && stored.calledAt == nil && stored.outcome == nil)
        let event = try #require(try branch.queue.events(ticketID: moved.id).last)
        #expect(event.kind == .transferred)
        #expect(event.detail == "from=cash@1 to=accounts@any")
        #expect(event.operatorID == branch.teller.id && event.counterID == cash.id)
        #expect(event.at == branch.clock.now().timeIntervalSince1970)
        #expect(try #require(try branch.queue.counters().first { $0.id == cash.id }).currentTicketID == nil)

        // The cash counter no longer gets it; the accounts counter gets it before the later B001.
        #expect(try branch.queue.callNext(counterID: cash.id, by: branch.teller) == nil)
        #expect(try branch.queue.callNext(counterID: accounts.id, by: branch.teller2)?.id == moved.id)
        _ = try branch.queue.finish(counterID: accounts.id, outcome: .leftBeforeService, satisfaction: nil, by: branch.teller2)
        #expect(try branch.queue.callNext(counterID: accounts.id, by: branch.teller2)?.id == later.id)
    }

    @Test func transferToACounterIsCalledOnlyThere() throws {
        let branch = try QueueBranch()
        let cash = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let two = try branch.queue.openCounter(number: 2, serves: [.accounts], by: branch.teller2)
        let three = try branch.queue.openCounter(number: 3, serves: [.accounts], by: branch.supervisor)
        let moved = try branch.issue(.cash)
        _ = try branch.issue(.accounts, priority: .vip)  // older than the transfer at counter 2, and priority
        _ = try branch.queue.callNext(counterID: cash.id, by: branch.teller)
        // Counter 1 itself and a counter that does not serve the type are refused.
        #expect(failure { try branch.queue.transfer(counterID: cash.id, toType: nil, toCounterNumber: 1, by: branch.teller) }?
                .key == .counterTransferOwnCounter)
        #expect(failure { try branch.queue.transfer(counterID: cash.id, toType: nil, toCounterNumber: 3, by: branch.teller) }
                == LocalizedMessage(.queueCounterDoesNotServe, "3"))
        #expect(failure { try branch.queue.transfer(counterID: cash.id, toType: nil, toCounterNumber: nil, by: branch.teller) }?
                .key == .queueTransferWhere)
        let sent = try branch.queue.transfer(counterID: cash.id, toType: .accounts, toCounterNumber: 3, by: branch.teller)
        #expect(sent.targetCounterID == three.id)
        #expect(try branch.queue.events(ticketID: moved.id).last?.detail == "from=cash@1 to=accounts@3")
        // Counter 2 serves accounts but the ticket is meant for counter 3: counter 2 takes the priority ticket instead.
        #expect(try branch.queue.callNext(counterID: two.id, by: branch.teller2)?.displayNumber == "V001")
        #expect(try branch.queue.callNext(counterID: three.id, by: branch.supervisor)?.id == moved.id)
    }

    @Test func transferThatNobodyServesChangesNothing() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash, .loans], by: branch.teller)
        let closed = try branch.queue.openCounter(number: 2, serves: [.loans], by: branch.teller2)
        try branch.queue.setState(counterID: closed.id, .closed, by: branch.teller2)
        let issued = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        _ = try branch.queue.start(counterID: counter.id, by: branch.teller)
        let before = try #require(try branch.queue.ticket(id: issued.id)).ticket
        let eventsBefore = try branch.count("queue_events")
        let auditBefore = try branch.count("audit_log")
        branch.tick()
        // Only this counter (and a closed one) serve loans.
        let refused = failure { try branch.queue.transfer(counterID: counter.id, toType: .loans, toCounterNumber: nil, by: branch.teller) }
        #expect(refused == LocalizedMessage(.queueNobodyServes))
        #expect(refused?.text(in: Strings(.english)).contains("not transferred") == true)
        #expect(try #require(try branch.queue.ticket(id: issued.id)).ticket == before)
        #expect(try branch.count("queue_events") == eventsBefore)
        #expect(try branch.count("audit_log") == auditBefore)
        let counterAfter = try #require(try branch.queue.counters().first { $0.id == counter.id })
        #expect(counterAfter.currentTicketID == issued.id && counterAfter.state == .serving)
        // The customer can still be served here.
        _ = try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: nil, by: branch.teller)
    }

    @Test func breakAndCloseWaitForTheCustomer() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        #expect(failure { try branch.queue.setState(counterID: counter.id, .onBreak, by: branch.teller) } == LocalizedMessage(.counterBusy))
        #expect(failure { try branch.queue.setState(counterID: counter.id, .closed, by: branch.teller) } == LocalizedMessage(.counterBusy))
        #expect(try #require(try branch.queue.counters().first).state == .serving)
        _ = try branch.queue.start(counterID: counter.id, by: branch.teller)
        _ = try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: nil, by: branch.teller)
        try branch.queue.setState(counterID: counter.id, .onBreak, by: branch.teller)
        // On break nobody is called.
        _ = try branch.issue(.cash)
        #expect(failure { try branch.queue.callNext(counterID: counter.id, by: branch.teller) } == LocalizedMessage(.counterNotOpen))
        try branch.queue.setState(counterID: counter.id, .open, by: branch.teller)
        #expect(try branch.queue.callNext(counterID: counter.id, by: branch.teller)?.displayNumber == "A002")
        _ = try branch.queue.finish(counterID: counter.id, outcome: .leftBeforeService, satisfaction: nil, by: branch.teller)
        try branch.queue.setState(counterID: counter.id, .closed, by: branch.teller)
        let closed = try #require(try branch.queue.counters().first)
        #expect(closed.state == .closed && closed.operatorID == nil)
        #expect(try branch.auditActions().filter { $0.hasPrefix("counter.") } == ["counter.open", "counter.state", "counter.state", "counter.state"])
    }

    @Test func estimatesUseOpenCountersAndRecentHandlingTimes() throws {
        let branch = try QueueBranch()
        func cashSummary() throws -> QueueSummary { try #require(try branch.queue.summaries().first { $0.businessType == .cash }) }
        // Nobody open: unknown.
        _ = try branch.issue(.cash)
        #expect(try cashSummary() == QueueSummary(businessType: .cash, waiting: 1, openCounters: 0, estimatedWait: nil))
        let one = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let two = try branch.queue.openCounter(number: 2, serves: [.cash, .accounts], by: branch.teller2)
        // No history yet: the default five minutes, one person shared by two counters.
        #expect(try cashSummary().estimatedWait == 150)
        // History: two services of 300 s and 600 s.
        #expect(try branch.serveNext(one, by: branch.teller, taking: 300) == "A001")
        _ = try branch.issue(.cash)
        #expect(try branch.serveNext(two, by: branch.teller2, taking: 600) == "A002")
        for _ in 0..<6 { _ = try branch.issue(.cash) }
        // 6 ahead, 2 open counters, average 450 s: 6 / 2 × 450 = 1350 s.
        #expect(try cashSummary() == QueueSummary(businessType: .cash, waiting: 6, openCounters: 2, estimatedWait: 1350))
        branch.tick()
        let seventh = try branch.queue.issue(type: .cash, priority: nil, customerID: nil, needs: QueueBranch.cashNeeds, by: branch.guide)
        #expect(seventh.peopleAhead == 6 && seventh.estimatedWait == 1350)
        // A counter on break does not count; a serving one does.
        try branch.queue.setState(counterID: two.id, .onBreak, by: branch.teller2)
        #expect(try cashSummary().openCounters == 1)
        #expect(try cashSummary().estimatedWait == 7 * 450)
        _ = try branch.queue.callNext(counterID: one.id, by: branch.teller)
        #expect(try cashSummary() == QueueSummary(businessType: .cash, waiting: 6, openCounters: 1, estimatedWait: 2700))
        try branch.queue.setState(counterID: two.id, .closed, by: branch.teller2)
        #expect(try cashSummary().openCounters == 1)
        // Accounts: only counter 2 served it, and it is closed.
        #expect(try branch.queue.summaries().first { $0.businessType == .accounts }?.estimatedWait == nil)
        // History older than a week is not recent: back to the default.
        branch.tick(8 * 86_400)
        #expect(try cashSummary().estimatedWait == 6 * 300)
        // The board shows each counter with the ticket it serves.
        let board = try branch.queue.board()
        #expect(board.counters.map(\.counter.number) == [1, 2])
        #expect(board.counters.map(\.nowServing) == ["A003", nil])
        #expect(board.summaries.count == BusinessType.allCases.count)
    }

    @Test func everyQueueEventIsStoredWithTimeOperatorAndCounter() throws {
        let branch = try QueueBranch()
        let cash = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let accounts = try branch.queue.openCounter(number: 2, serves: [.accounts], by: branch.teller2)
        let ticket = try branch.issue(.cash)
        let issuedAt = branch.clock.now()
        var expected: [(QueueEventKind, Date, Int64?, Int64?, String)] = [(.issued, issuedAt, branch.guide.id, nil, "")]
        func step(_ kind: QueueEventKind, _ actor: Operator, _ counter: Counter, _ detail: String = "", _ body: () throws -> Void) throws {
            branch.tick(45)
            try body()
            expected.append((kind, branch.clock.now(), actor.id, counter.id, detail))
        }
        try step(.called, branch.teller, cash) { _ = try branch.queue.callNext(counterID: cash.id, by: branch.teller) }
        try step(.recalled, branch.teller, cash, "recall 1") { _ = try branch.queue.recall(counterID: cash.id, by: branch.teller) }
        try step(.transferred, branch.teller, cash, "from=cash@1 to=accounts@any") {
            _ = try branch.queue.transfer(counterID: cash.id, toType: .accounts, toCounterNumber: nil, by: branch.teller)
        }
        try step(.called, branch.teller2, accounts) { _ = try branch.queue.callNext(counterID: accounts.id, by: branch.teller2) }
        try step(.started, branch.teller2, accounts) { _ = try branch.queue.start(counterID: accounts.id, by: branch.teller2) }
        branch.tick(45)
        _ = try branch.queue.finish(counterID: accounts.id, outcome: .served, satisfaction: 5, by: branch.teller2)
        expected.append((.finished, branch.clock.now(), branch.teller2.id, accounts.id, "outcome=served"))
        expected.append((.satisfaction, branch.clock.now(), branch.teller2.id, accounts.id, "5"))

        let events = try branch.queue.events(ticketID: ticket.id)
        #expect(events.count == expected.count)
        for (event, want) in zip(events, expected) {
            #expect(event.kind == want.0)
            #expect(event.at == want.1.timeIntervalSince1970, "\(event.kind)")
            #expect(event.operatorID == want.2, "\(event.kind)")
            #expect(event.counterID == want.3, "\(event.kind)")
            #expect(event.detail == want.4, "\(event.kind)")
        }
        #expect(events.map(\.businessType) == [.cash, .cash, .cash, .accounts, .accounts, .accounts, .accounts, .accounts])

        // A no-show is stored the same way.
        let other = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: cash.id, by: branch.teller)
        _ = try branch.queue.recall(counterID: cash.id, by: branch.teller)
        _ = try branch.queue.recall(counterID: cash.id, by: branch.teller)
        branch.tick()
        _ = try branch.queue.finish(counterID: cash.id, outcome: .noShow, satisfaction: nil, by: branch.teller)
        let noShow = try #require(try branch.queue.events(ticketID: other.id).last)
        #expect(noShow.kind == .noShow && noShow.operatorID == branch.teller.id && noShow.counterID == cash.id)
        #expect(noShow.at == branch.clock.now().timeIntervalSince1970 && noShow.detail == "outcome=no_show")

        // Every kind the dashboards need is in the file, and the log is append-only.
        let kinds = Set(try branch.context.database.query("SELECT DISTINCT kind FROM queue_events").compactMap { $0.string("kind") })
        #expect(kinds == ["issued", "called", "recalled", "transferred", "started", "finished", "no_show", "satisfaction"])
        #expect(throws: (any Error).self) { try branch.context.database.execute("DELETE FROM queue_events") }
        #expect(throws: (any Error).self) { try branch.context.database.execute("UPDATE queue_events SET detail = 'x'") }
    }
}
