import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Testing

/// `tickets.finished_by` (schema 7) names the operator of a ticket's last
/// 'finished' event — the per-operator KPI key — whichever way the visit ends.
@Suite struct FinishingOperatorTests {
    func finishedBy(_ branch: QueueBranch, _ ticketID: Int64) throws -> Int64? {
        try branch.context.database.scalarInt("SELECT finished_by FROM tickets WHERE id = ?", [.integer(ticketID)])
    }

    @Test func aServedTicketNamesTheTellerWhoFinishedIt() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let ticket = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        #expect(try finishedBy(branch, ticket.id) == nil)
        _ = try branch.queue.start(counterID: counter.id, by: branch.teller)
        #expect(try finishedBy(branch, ticket.id) == nil)
        branch.tick()
        _ = try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: 5, by: branch.teller)
        #expect(try finishedBy(branch, ticket.id) == branch.teller.id)
    }

    @Test func aNoShowHasNoFinishingOperator() throws {
        let branch = try QueueBranch()
        try SettingsRepository(db: branch.context.database).set("queue.no_show_after_recalls", "0")
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        let ticket = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        _ = try branch.queue.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: branch.teller)
        // A no-show is a 'no_show' event, not 'finished': nobody finished serving it.
        #expect(try finishedBy(branch, ticket.id) == nil)
    }

    @Test func closingTheCounterMidServiceNamesTheTeller() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 2, serves: [.cash], by: branch.teller2)
        let ticket = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller2)
        _ = try branch.queue.start(counterID: counter.id, by: branch.teller2)
        try branch.queue.releaseCounters(of: branch.teller2)
        #expect(try branch.queue.ticket(id: ticket.id)?.ticket.outcome == .referred)
        #expect(try finishedBy(branch, ticket.id) == branch.teller2.id)
    }

    @Test func theKPIReportCountsTheTicketForItsFinisher() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        _ = try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: counter.id, by: branch.teller)
        _ = try branch.queue.start(counterID: counter.id, by: branch.teller)
        branch.tick()
        _ = try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: 4, by: branch.teller)
        let period = KPIPeriod.today(branch.clock.now())
        let report = try KPIService(branch.context).report(for: period, by: nil)
        #expect(report.byOperator.map(\.key) == ["li.wei"])
        #expect(report.byOperator.first?.figures.tickets.served == 1)
    }
}
