import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing

/// Issue 13, complaints and care: whose case a step is, the call back of a
/// reopened complaint, one date (the business date) for number, receipt and
/// deadlines, "my complaints", answered suggestions, and KPI breakdowns
/// that add up to the total.
struct ComplaintIssue13Tests {
    private func trainer(_ branch: ComplaintBranch) throws -> Operator {
        try OperatorAdministration(branch.context).add(username: "liu.yang", displayName: "Liu Yang 刘洋", role: .trainer,
                                                       pin: "975319", by: branch.admin)
    }

    private func openCallBacks(_ branch: ComplaintBranch, _ complaint: ComplaintRecord) throws -> Int {
        try branch.count("care_tasks", where: "complaint_id = ? AND kind = 'complaint_callback' AND status = 'open'",
                         [.integer(complaint.id)])
    }

    @Test func aTrainerCannotWorkAComplaintHandledBySomeoneElse() throws {
        let branch = try ComplaintBranch()
        let trainer = try trainer(branch)
        let complaint = try branch.register()
        #expect(complaint.handlerID == branch.supervisor.id)
        #expect(throws: LocalizedMessage(.complaintStepNotYourCase)) { try branch.service.acknowledge(id: complaint.id, by: trainer) }
        #expect(throws: LocalizedMessage(.complaintStepNotYourCase)) { try branch.service.assess(.acknowledge, id: complaint.id, by: trainer) }
        #expect(try branch.stored(complaint).status == .received)
        // A supervisor oversees every case; the assigned handler of course works their own.
        try branch.service.acknowledge(id: complaint.id, by: branch.supervisor2)
        #expect(try branch.stored(complaint).status == .acknowledged)
        // Given to the trainer, it is theirs.
        try branch.service.assign(id: complaint.id, to: trainer.id, by: branch.supervisor)
        try branch.service.investigate(id: complaint.id, note: "Asked the teller", by: trainer)
        #expect(try branch.stored(complaint).status == .investigating)
    }

    @Test func reopeningCancelsTheCallBackAndClosingAgainPlansANewOne() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.responded()
        try branch.service.close(id: complaint.id, satisfaction: 2, by: branch.supervisor)
        #expect(try openCallBacks(branch, complaint) == 1)
        try branch.service.reopen(id: complaint.id, reason: "customer still unhappy", by: branch.supervisor)
        #expect(try openCallBacks(branch, complaint) == 0)
        #expect(try branch.count("care_tasks", where: "complaint_id = ? AND status = 'cancelled' AND outcome LIKE '%still unhappy%'",
                                 [.integer(complaint.id)]) == 1)
        try branch.service.investigate(id: complaint.id, note: "Looked again", by: branch.supervisor)
        try branch.service.respond(id: complaint.id, ComplaintResponse(explanation: "We have refunded the fee after all."),
                                   key: branch.ledger.newKey(), by: branch.supervisor)
        try branch.service.close(id: complaint.id, satisfaction: 4, by: branch.supervisor)
        #expect(try openCallBacks(branch, complaint) == 1)
    }

    @Test func reopeningIsAssessedBeforeAnyReasonIsTyped() throws {
        let branch = try ComplaintBranch()
        let responded = try branch.responded()
        let complaint = try branch.register()
        #expect(throws: ComplaintService.wrongStatus(.received)) { try branch.service.assess(.reopen, id: complaint.id, by: branch.supervisor) }
        try branch.service.assess(.reopen, id: responded.id, by: branch.supervisor)
        try branch.service.assess(.close, id: responded.id, by: branch.supervisor)
    }

    /// The business date not moved on yet: the number, "Received" and the deadline all go by it, and so do the lists.
    @Test func numberReceiptAndDeadlinesGoByTheBusinessDate() throws {
        let branch = try ComplaintBranch()
        let clockDay = BusinessDate(date: branch.clock.now())
        let businessDay = clockDay.adding(days: -1)
        let branches = BranchRepository(db: branch.context.database)
        _ = try branches.setBusinessDate(businessDay)
        let complaint = try branch.register()
        let compact = businessDay.description.replacingOccurrences(of: "-", with: "")
        #expect(complaint.number.hasPrefix("C\(compact)-"))
        #expect(ComplaintSlip.received(complaint).hasPrefix(businessDay.description))
        #expect(BusinessDate(date: complaint.dueAt) == businessDay.adding(days: 15))
        // Sixteen days on by the clock, fifteen by the business date: due soon, not yet overdue.
        branch.clock.advance(by: 16 * ComplaintBranch.day)
        _ = try branches.setBusinessDate(businessDay.adding(days: 15))
        #expect(try branch.service.list(.overdue, by: branch.supervisor).isEmpty)
        #expect(try branch.service.list(.dueSoon, by: branch.supervisor).map(\.id) == [complaint.id])
        _ = try branches.setBusinessDate(businessDay.adding(days: 16))
        #expect(try branch.service.list(.overdue, by: branch.supervisor).map(\.id) == [complaint.id])
    }

    @Test func myComplaintsAreTheOpenOnesAssignedToMe() throws {
        let branch = try ComplaintBranch()
        let mine = try branch.register()
        let theirs = try branch.register()
        try branch.service.assign(id: theirs.id, to: branch.supervisor2.id, by: branch.supervisor)
        let done = try branch.responded()
        try branch.service.close(id: done.id, satisfaction: 5, by: branch.supervisor)
        #expect(try branch.service.list(.mine, by: branch.supervisor).map(\.id) == [mine.id])
        #expect(try branch.service.list(.mine, by: branch.supervisor2).map(\.id) == [theirs.id])
    }

    @Test func aSuggestionIsAnsweredAndClosed() throws {
        let branch = try ComplaintBranch()
        let id = try branch.care.addSuggestion(fromStaff: false, customerID: branch.customer(0).id, channel: .counter,
                                               text: "Please open a second cash counter at lunchtime", by: branch.teller)
        #expect(throws: LocalizedMessage.self) { try branch.care.answerSuggestion(id: id, answer: "Noted", by: branch.teller) }
        #expect(throws: LocalizedMessage(.careAnswerMissing)) { try branch.care.answerSuggestion(id: id, answer: " ", by: branch.supervisor) }
        try branch.care.answerSuggestion(id: id, answer: "Counter 2 now opens 11:30-13:30", by: branch.supervisor)
        let answered = try #require(try branch.care.suggestions(by: branch.supervisor).first { $0.id == id })
        #expect(answered.answer == "Counter 2 now opens 11:30-13:30")
        #expect(answered.answeredBy == branch.supervisor.id)
        #expect(try branch.care.openTasks(by: branch.supervisor).contains {
            $0.kind == .suggestionFollowUp && $0.customerID == branch.customer(0).id
        })
        #expect(throws: LocalizedMessage(.careSuggestionAnswered)) {
            try branch.care.answerSuggestion(id: id, answer: "Again", by: branch.supervisor)
        }
        #expect(try branch.count("audit_log", where: "action = 'care.suggestion_answered'") == 1)
    }

    @Test func everyBreakdownAddsUpToTheTotalWithComplaintsNotLinkedToAVisit() throws {
        let branch = try ComplaintBranch()
        _ = try branch.register()
        _ = try branch.register(anonymous: true)
        let report = try KPIService(branch.context).report(for: KPIPeriod.today(branch.clock.now()), by: nil)
        #expect(report.overall.complaints.received == 2)
        for slices in [report.byBusinessType, report.byCounter, report.byOperator] {
            #expect(slices.map(\.figures.complaints.received).reduce(0, +) == 2)
        }
        let unlinked = try #require(report.byBusinessType.first { $0.key.isEmpty })
        #expect(KPILabels.key(unlinked.key, dimension: .businessType, Strings(.english)) == "(not linked)")
    }
}
