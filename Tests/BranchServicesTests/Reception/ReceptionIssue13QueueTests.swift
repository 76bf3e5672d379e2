import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13, reception and the counter: appointments marked missed or
/// cancelled (audited), a late arrival issued only once confirmed, a transfer
/// to one's own counter or to one on a break refused in words, the outcomes a
/// Finish form may offer, and a slip whose printing fails after it was written.
/// The branch's day is 2027-01-15 and its clock starts at 08:00 UTC.
@Suite struct ReceptionIssue13QueueTests {
    static func customer(_ branch: QueueBranch) throws -> Customer {
        try branch.customers.register(CustomerApplication(
            name: "张秀英", idType: .residentID, idNumber: QueueBranch.residentID(birth: "19850412"), phone: "13912345678",
            address: "北京市朝阳区建国路 1 号", birthDate: "1985-04-12", preferredLanguage: .chinese, assistance: .none), by: branch.guide)
    }

    /// The local `HH:mm` that is `minutes` after the clock's time now.
    static func localTime(_ branch: QueueBranch, plus minutes: Int) -> String {
        LocalTimeText.hoursMinutes(branch.clock.now().addingTimeInterval(TimeInterval(minutes * 60)))
    }

    @Test func appointmentsAreMarkedMissedOrCancelledAndAudited() throws {
        let branch = try QueueBranch()
        let zhang = try Self.customer(branch)
        let first = try branch.queue.book(customerID: zhang.id, date: QueueBranch.day, time: Self.localTime(branch, plus: 60),
                                          type: .accounts, purpose: "", accountManagerID: nil, by: branch.guide)
        let second = try branch.queue.book(customerID: zhang.id, date: QueueBranch.day, time: Self.localTime(branch, plus: 120),
                                            type: .cash, purpose: "", accountManagerID: nil, by: branch.guide)
        // Not yet due: it cannot be missed; it can be cancelled.
        #expect(failure { try branch.queue.close(appointmentID: first, as: .missed, reason: "", by: branch.guide) }?.key
                == .receptionAppointmentNotYetDue)
        try branch.queue.close(appointmentID: second, as: .cancelled, reason: "customer phoned", by: branch.guide)
        branch.tick(61 * 60)
        try branch.queue.close(appointmentID: first, as: .missed, reason: "", by: branch.guide)
        let statuses = try branch.queue.appointments(by: branch.guide).map(\.appointment.status)
        #expect(statuses == [.missed, .cancelled])
        #expect(try branch.auditActions().suffix(2) == ["appointment.cancelled", "appointment.missed"])
        // Closed is closed: neither arriving nor closing again; a teller (not reception) may not close one.
        #expect(failure { try branch.queue.close(appointmentID: first, as: .cancelled, reason: "", by: branch.guide) }?.key
                == .appointmentNotBooked)
        #expect(failure {
            try branch.queue.arrive(appointmentID: second, priority: nil, needs: QueueBranch.accountNeeds, lateConfirmed: true, by: branch.guide)
        }?.key == .appointmentNotBooked)
        let third = try branch.queue.book(customerID: zhang.id, date: QueueBranch.day, time: Self.localTime(branch, plus: 30),
                                          type: .cash, purpose: "", accountManagerID: nil, by: branch.guide)
        #expect(failure { try branch.queue.close(appointmentID: third, as: .cancelled, reason: "", by: branch.teller) }?.key
                == .errorForbidden)
    }

    @Test func aLateArrivalNeedsConfirmationAndIsAudited() throws {
        let branch = try QueueBranch()
        let zhang = try Self.customer(branch)
        let id = try branch.queue.book(customerID: zhang.id, date: QueueBranch.day, time: Self.localTime(branch, plus: 5),
                                       type: .accounts, purpose: "", accountManagerID: nil, by: branch.guide)
        branch.tick(45 * 60)  // 40 minutes after the booked time
        let appointment = try #require(try branch.queue.appointments(by: branch.guide).first?.appointment)
        #expect(branch.queue.lateness(of: appointment) == 40)
        let refused = failure {
            try branch.queue.arrive(appointmentID: id, priority: nil, needs: QueueBranch.accountNeeds, by: branch.guide)
        }
        #expect(refused == LocalizedMessage(.receptionAppointmentLate, appointment.time, "40"))
        #expect(try branch.count("tickets") == 0)
        let issued = try branch.queue.arrive(appointmentID: id, priority: nil, needs: QueueBranch.accountNeeds, lateConfirmed: true,
                                             by: branch.guide)
        #expect(issued.ticket.customerID == zhang.id)
        #expect(try branch.auditActions().last == "appointment.late_arrival")
        // On time (within the grace) needs no confirmation.
        let onTime = try branch.queue.book(customerID: zhang.id, date: QueueBranch.day, time: Self.localTime(branch, plus: -10),
                                           type: .cash, purpose: "", accountManagerID: nil, by: branch.guide)
        _ = try branch.queue.arrive(appointmentID: onTime, priority: nil, needs: QueueBranch.cashNeeds, by: branch.guide)
    }

    @Test func aTransferToOnesOwnCounterOrOneOnBreakSaysSo() throws {
        let branch = try QueueBranch()
        let mine = try branch.queue.openCounter(number: 1, serves: [.cash, .accounts], by: branch.teller)
        let other = try branch.queue.openCounter(number: 2, serves: [.cash, .accounts], by: branch.teller2)
        try branch.issue(.cash)
        _ = try branch.queue.callNext(counterID: mine.id, by: branch.teller)
        #expect(failure { try branch.queue.transfer(counterID: mine.id, toType: nil, toCounterNumber: 1, by: branch.teller) }
                == LocalizedMessage(.counterTransferOwnCounter, "1"))
        try branch.queue.setState(counterID: other.id, .onBreak, by: branch.teller2)
        #expect(failure { try branch.queue.transfer(counterID: mine.id, toType: nil, toCounterNumber: 2, by: branch.teller) }
                == LocalizedMessage(.counterTransferOnBreak, "2"))
        #expect(failure { try branch.queue.transfer(counterID: mine.id, toType: nil, toCounterNumber: 7, by: branch.teller) }
                == LocalizedMessage(.queueNoSuchCounter, "7"))
        try branch.queue.setState(counterID: other.id, .open, by: branch.teller2)
        let moved = try branch.queue.transfer(counterID: mine.id, toType: nil, toCounterNumber: 2, by: branch.teller)
        #expect(moved.targetCounterID == other.id)
    }

    @Test func theOutcomesOfferedAreThoseFinishAccepts() throws {
        let branch = try QueueBranch()
        let counter = try branch.queue.openCounter(number: 1, serves: [.cash], by: branch.teller)
        try branch.issue(.cash)
        var ticket = try #require(try branch.queue.callNext(counterID: counter.id, by: branch.teller))
        #expect(branch.queue.possibleOutcomes(for: ticket) == [.leftBeforeService])
        for _ in 0..<branch.queue.noShowAfterRecalls { ticket = try branch.queue.recall(counterID: counter.id, by: branch.teller) }
        #expect(branch.queue.possibleOutcomes(for: ticket) == [.leftBeforeService, .noShow])
        ticket = try branch.queue.start(counterID: counter.id, by: branch.teller)
        #expect(branch.queue.possibleOutcomes(for: ticket) == [.served, .referred])
        // Every outcome not offered is one the service refuses.
        for outcome in ServiceOutcome.allCases where !branch.queue.possibleOutcomes(for: ticket).contains(outcome) {
            #expect(failure { try branch.queue.finish(counterID: counter.id, outcome: outcome, satisfaction: nil, by: branch.teller) } != nil)
        }
        ticket = try branch.queue.finish(counterID: counter.id, outcome: .served, satisfaction: nil, by: branch.teller)
        #expect(branch.queue.possibleOutcomes(for: ticket).isEmpty)
    }

    @Test func aSlipWhosePrintingFailsSaysTheFileWasWritten() throws {
        let branch = try QueueBranch()
        let message = failure {
            try TicketPrinter.print("A001\n", name: "2027-01-15-A001", branchFile: branch.fixture.path,
                                    environment: ["TELLER_PRINTER": "no-such-printer"])
        }
        let path = branch.fixture.folder.appendingPathComponent("tickets/2027-01-15-A001.txt").path
        #expect(message?.key == .receptionSlipWrittenPrintFailed)
        #expect(message?.arguments.first == path && message?.arguments[1] == "no-such-printer")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(message?.text(in: Strings(.english)).contains("was written to \(path), but printing on no-such-printer failed") == true)
    }
}
