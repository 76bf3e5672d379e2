import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Handling a complaint: who may act on it (handlers only, never the person it
/// is about), the status flow as the service enforces it, reassignment,
/// extending the deadline (and never shortening it), and the due-soon and
/// overdue lists as the clock moves.
struct ComplaintHandlingTests {
    // MARK: Permissions and conflict of interest

    @Test func onlyComplaintHandlersMayActOnAComplaint() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        let service = branch.service
        let eventsBefore = try branch.events(complaint)
        for outsider in [branch.teller, branch.guide, branch.admin] {
            #expect(failure { try service.acknowledge(id: complaint.id, by: outsider) }?.key == .errorForbidden)
            #expect(failure { try service.investigate(id: complaint.id, note: "", by: outsider) }?.key == .errorForbidden)
            #expect(failure { try service.addNote(id: complaint.id, note: "called the customer", by: outsider) }?.key == .errorForbidden)
            #expect(failure { try service.assign(id: complaint.id, to: branch.supervisor2.id, by: outsider) }?.key == .errorForbidden)
            #expect(failure { try service.extend(id: complaint.id, to: .extended, reason: "complex case", by: outsider) }?.key
                    == .errorForbidden)
            #expect(failure { try service.respond(id: complaint.id, ComplaintResponse(explanation: "We are sorry about it."),
                                                  key: branch.ledger.newKey(), by: outsider) }?.key == .errorForbidden)
            #expect(failure { try service.close(id: complaint.id, satisfaction: 4, by: outsider) }?.key == .errorForbidden)
            #expect(failure { try service.reopen(id: complaint.id, reason: "customer unhappy", by: outsider) }?.key == .errorForbidden)
        }
        #expect(try branch.stored(complaint) == complaint)
        #expect(try branch.events(complaint) == eventsBefore)

        try service.acknowledge(id: complaint.id, by: branch.supervisor)
        #expect(try branch.stored(complaint).status == .acknowledged)
    }

    @Test func thePersonComplainedAboutCannotHandleItEvenAsASupervisor() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register(about: branch.supervisor)
        #expect(complaint.handlerID == branch.supervisor2.id)
        let service = branch.service
        let subject = branch.supervisor
        #expect(failure { try service.acknowledge(id: complaint.id, by: subject) }?.key == .complaintConflictOfInterest)
        #expect(failure { try service.addNote(id: complaint.id, note: "it was not like that", by: subject) }?.key
                == .complaintConflictOfInterest)
        #expect(failure { try service.assign(id: complaint.id, to: subject.id, by: subject) }?.key == .complaintConflictOfInterest)
        #expect(failure { try service.extend(id: complaint.id, to: .extended, reason: "need more time", by: subject) }?.key
                == .complaintConflictOfInterest)
        #expect(try branch.stored(complaint).status == .received)

        // Another supervisor handles it through to the response; the subject still cannot close or reopen it.
        try service.acknowledge(id: complaint.id, by: branch.supervisor2)
        try service.investigate(id: complaint.id, note: "Reviewed the camera footage", by: branch.supervisor2)
        #expect(failure { try service.respond(id: complaint.id, ComplaintResponse(explanation: "Nothing wrong happened here."),
                                              key: branch.ledger.newKey(), by: subject) }?.key == .complaintConflictOfInterest)
        try service.respond(id: complaint.id, ComplaintResponse(explanation: "We apologise for the tone used."),
                            key: branch.ledger.newKey(), by: branch.supervisor2)
        #expect(failure { try service.close(id: complaint.id, satisfaction: 5, by: subject) }?.key == .complaintConflictOfInterest)
        try service.close(id: complaint.id, satisfaction: 3, by: branch.supervisor2)
        #expect(failure { try service.reopen(id: complaint.id, reason: "I disagree", by: subject) }?.key == .complaintConflictOfInterest)
        #expect(try branch.stored(complaint).status == .closed)
    }

    // MARK: Status flow

    @Test func theServiceFollowsTheStatusFlow() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        let service = branch.service
        let supervisor = branch.supervisor
        #expect(failure { try service.investigate(id: complaint.id, note: "", by: supervisor) }
                == ComplaintService.wrongStatus(.received))
        #expect(failure { try service.respond(id: complaint.id, ComplaintResponse(explanation: "All sorted out now."),
                                              key: branch.ledger.newKey(), by: supervisor) }
                == ComplaintService.wrongStatus(.received))
        try service.acknowledge(id: complaint.id, by: supervisor)
        #expect(failure { try service.acknowledge(id: complaint.id, by: supervisor) }
                == ComplaintService.wrongStatus(.acknowledged))
        try service.investigate(id: complaint.id, note: "Checked the queue log", by: supervisor)
        #expect(try branch.stored(complaint).status == .investigating)
        #expect(failure { try service.acknowledge(id: 9_999, by: supervisor) }?.key == .complaintNotFound)
    }

    @Test func everyHandlingStepIsTimestampedAttributedAndAudited() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        let start = branch.clock.now()
        branch.clock.advance(by: 3_600)
        try branch.service.acknowledge(id: complaint.id, by: branch.supervisor)
        branch.clock.advance(by: 3_600)
        try branch.service.addNote(id: complaint.id, note: "Customer called again", by: branch.supervisor2)
        branch.clock.advance(by: 3_600)
        try branch.service.investigate(id: complaint.id, note: "Checked the queue log", by: branch.supervisor)
        let events = try branch.events(complaint)
        #expect(events.map(\.kind) == ["received", "assigned", "acknowledged", "note", "investigating"])
        #expect(events.map(\.at) == [start, start, start + 3_600, start + 7_200, start + 10_800])
        #expect(events.map(\.operatorID) == [branch.teller.id, branch.teller.id, branch.supervisor.id, branch.supervisor2.id,
                                             branch.supervisor.id])
        #expect(events[2].fromStatus == "received" && events[2].toStatus == "acknowledged")
        #expect(events[3].fromStatus == nil && events[3].detail == "Customer called again")
        #expect(events[4].detail == "Checked the queue log")
        #expect(try branch.service.history(complaintID: complaint.id, by: branch.teller) == events)
        let actions = try branch.context.auditActions()
        #expect(Array(actions.suffix(4)) == ["complaint.received", "complaint.acknowledged", "complaint.update",
                                             "complaint.investigating"])
        try branch.expectAuditIntact()
        #expect(failure { try branch.service.addNote(id: complaint.id, note: " x ", by: branch.supervisor) }?.key
                == .approvalReasonMissing)
    }

    // MARK: Assignment

    @Test func assignRefusesTheSubjectAndNonHandlers() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register(about: branch.supervisor)
        let service = branch.service
        let supervisor2 = branch.supervisor2
        #expect(failure { try service.assign(id: complaint.id, to: branch.supervisor.id, by: supervisor2) }?.key
                == .complaintConflictOfInterest)
        #expect(failure { try service.assign(id: complaint.id, to: branch.teller.id, by: supervisor2) }?.key
                == .complaintHandlerNotAllowed)
        #expect(failure { try service.assign(id: complaint.id, to: branch.guide.id, by: supervisor2) }?.key
                == .complaintHandlerNotAllowed)
        #expect(failure { try service.assign(id: complaint.id, to: 9_999, by: supervisor2) }?.key == .complaintHandlerNotAllowed)
        #expect(try branch.stored(complaint).handlerID == supervisor2.id)

        // A third supervisor, then deactivated: not allowed either.
        let third = try OperatorAdministration(branch.context).add(username: "sun.li", displayName: "Sun Li 孙丽", role: .supervisor,
                                                                   pin: "802460", by: branch.admin)
        try service.assign(id: complaint.id, to: third.id, by: supervisor2)
        #expect(try branch.stored(complaint).handlerID == third.id)
        #expect(try branch.events(complaint).last?.detail == "handler \(third.id) sun.li")
        try OperatorAdministration(branch.context).setActive(third, false, by: branch.admin)
        let other = try branch.register()
        #expect(failure { try service.assign(id: other.id, to: third.id, by: supervisor2) }?.key == .complaintHandlerNotAllowed)
    }

    // MARK: Deadlines

    @Test func extendingToTheExtendedTrackNeedsAReason() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        let service = branch.service
        #expect(failure { try service.extend(id: complaint.id, to: .extended, reason: "  ", by: branch.supervisor) }?.key
                == .approvalReasonMissing)
        branch.clock.advance(by: 2 * ComplaintBranch.day)
        try service.extend(id: complaint.id, to: .extended, reason: "Waiting for the card centre", by: branch.supervisor)
        let stored = try branch.stored(complaint)
        #expect(stored.track == .extended)
        #expect(stored.dueAt == branch.due(complaint, days: 30))
        #expect(stored.status == .received)
        let event = try #require(try branch.events(complaint).last)
        #expect(event.kind == "extended")
        #expect(event.operatorID == branch.supervisor.id)
        #expect(event.detail.hasSuffix(": Waiting for the card centre"))
        #expect(event.detail.hasPrefix("extended until "))
    }

    @Test func anExceptionalExtensionNeedsAnotherSupervisorsApproval() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        let service = branch.service
        let supervisor = branch.supervisor
        #expect(failure { try service.extend(id: complaint.id, to: .exceptional, reason: "Regulator involved", by: supervisor) }?.key
                == .complaintExceptionalNeedsApproval)
        // An approval given for someone else's work does not count.
        let forTeller = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: branch.teller)
        #expect(failure { try service.extend(id: complaint.id, to: .exceptional, reason: "Regulator involved", approval: forTeller,
                                             by: supervisor) }?.key == .makerCannotCheck)
        // An approval that has gone stale does not count.
        let stale = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: supervisor)
        branch.clock.advance(by: SupervisorApproval.lifetime + 1)
        #expect(failure { try service.extend(id: complaint.id, to: .exceptional, reason: "Regulator involved", approval: stale,
                                             by: supervisor) }?.key == .approvalExpired)
        #expect(try branch.stored(complaint).track == .simple)

        let approval = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: supervisor,
                                                  reason: "needs the head office fraud team")
        try service.extend(id: complaint.id, to: .exceptional, reason: "Regulator involved", approval: approval, by: supervisor)
        let stored = try branch.stored(complaint)
        #expect(stored.track == .exceptional)
        #expect(stored.dueAt == branch.due(complaint, days: 60))
        #expect(try branch.events(complaint).last?.detail
                .hasSuffix("approved by operator \(branch.supervisor2.id): needs the head office fraud team") == true)
        try branch.expectAuditIntact()
    }

    @Test func thePersonComplainedAboutCannotApproveAnExceptionalExtension() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register(about: branch.supervisor2)
        let approval = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: branch.supervisor)
        #expect(failure { try branch.service.extend(id: complaint.id, to: .exceptional, reason: "Regulator involved",
                                                    approval: approval, by: branch.supervisor) }?.key == .complaintConflictOfInterest)
        #expect(try branch.stored(complaint).track == .simple)
    }

    @Test func aDeadlineNeverMovesEarlierOrIntoThePast() throws {
        let branch = try ComplaintBranch()
        let service = branch.service
        let supervisor = branch.supervisor
        let complaint = try branch.register()
        #expect(failure { try service.extend(id: complaint.id, to: .simple, reason: "same again", by: supervisor) }?.key
                == .complaintDeadlineNotLater)
        try service.extend(id: complaint.id, to: .extended, reason: "complex case", by: supervisor)
        #expect(failure { try service.extend(id: complaint.id, to: .simple, reason: "shorter please", by: supervisor) }?.key
                == .complaintDeadlineNotLater)
        #expect(failure { try service.extend(id: complaint.id, to: .extended, reason: "once more", by: supervisor) }?.key
                == .complaintDeadlineNotLater)

        // Past the extended deadline, extending to it is refused as being in the past.
        let late = try branch.register()
        branch.clock.advance(by: 30 * ComplaintBranch.day + 1)
        #expect(failure { try service.extend(id: late.id, to: .extended, reason: "too late now", by: supervisor) }?.key
                == .complaintDeadlineInPast)
        #expect(try branch.stored(late).dueAt == late.dueAt)
        #expect(try branch.stored(late).track == .simple)
    }

    @Test func aRespondedComplaintsDeadlineCannotBeExtended() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.responded()
        #expect(failure { try branch.service.extend(id: complaint.id, to: .extended, reason: "more time", by: branch.supervisor) }?.key
                == .complaintNotAwaitingResponse)
    }

    // MARK: Lists

    @Test func dueSoonAndOverdueListsFollowTheClock() throws {
        let branch = try ComplaintBranch()
        let service = branch.service
        let day = ComplaintBranch.day
        let start = branch.clock.now()
        let early = try branch.register()                       // due start + 15 days
        branch.clock.set(start + 5 * day)
        let later = try branch.register()                       // due start + 20 days
        func list(_ which: ComplaintList) throws -> [Int64] { try service.list(which, by: branch.teller).map(\.id) }

        #expect(try list(.dueSoon) == [])
        #expect(try list(.overdue) == [])
        #expect(try list(.open) == [early.id, later.id])

        branch.clock.set(start + 12 * day - 1)                  // 3 days and a second before the first deadline
        #expect(try list(.dueSoon) == [])
        branch.clock.set(start + 12 * day)                      // exactly 3 days before
        #expect(try list(.dueSoon) == [early.id])
        branch.clock.set(start + 15 * day)                      // the deadline itself: still due soon
        #expect(try list(.dueSoon) == [early.id])
        #expect(try list(.overdue) == [])
        branch.clock.set(start + 15 * day + 1)
        #expect(try list(.dueSoon) == [])
        #expect(try list(.overdue) == [early.id])
        branch.clock.set(start + 17 * day)
        #expect(try list(.dueSoon) == [later.id])
        #expect(try list(.overdue) == [early.id])

        // A response takes it off both lists, even though its deadline has passed.
        try branch.service.acknowledge(id: early.id, by: branch.supervisor)
        try branch.service.investigate(id: early.id, note: "looked into it", by: branch.supervisor)
        #expect(try list(.overdue) == [early.id])
        try branch.service.respond(id: early.id, ComplaintResponse(explanation: "We apologise for the delay."),
                                   key: branch.ledger.newKey(), by: branch.supervisor)
        #expect(try list(.overdue) == [])
        #expect(try list(.open) == [early.id, later.id])
        try branch.service.close(id: early.id, satisfaction: 2, by: branch.supervisor)
        #expect(try list(.open) == [later.id])
        #expect(try list(.recent) == [later.id, early.id])

        // Everyone who serves customers can see the lists; an administrator cannot.
        #expect(try service.list(.overdue, by: branch.guide) == [])
        #expect(failure { try service.list(.overdue, by: branch.admin) }?.key == .errorForbidden)
    }

    @Test func anExtensionTakesAComplaintOffTheDueSoonList() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        branch.clock.advance(by: 14 * ComplaintBranch.day)
        #expect(try branch.service.list(.dueSoon, by: branch.teller).map(\.id) == [complaint.id])
        try branch.service.extend(id: complaint.id, to: .extended, reason: "waiting for the card centre", by: branch.supervisor)
        #expect(try branch.service.list(.dueSoon, by: branch.teller).isEmpty)
        branch.clock.advance(by: 2 * ComplaintBranch.day)
        #expect(try branch.service.list(.overdue, by: branch.teller).isEmpty)
    }

    @Test func aWrongStatusRefusalNamesTheStatusInTheReadersLanguage() {
        let refusal = ComplaintService.wrongStatus(.received)
        #expect(refusal.text(in: Strings(.english)) == "Not possible while the complaint is Received.")
        #expect(refusal.text(in: Strings(.chinese)).contains("已受理"))
        #expect(!refusal.text(in: Strings(.chinese)).contains("received"))
    }
}
