import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 12: complaint compensation is never one person's decision, and a
/// complaint is invisible to the member of staff it is about.
@Suite struct FourEyesComplaintTests {
    private func remedy(_ amount: Int64, _ account: AccountRecord) -> ComplaintResponse {
        ComplaintResponse(explanation: "The fee was charged in error.", monetaryRemedy: amount, remedyAccountNumber: account.number)
    }

    @Test func onlyTheAssignedHandlerResponds() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 0)
        let complaint = try branch.investigating()
        #expect(complaint.handlerID == branch.supervisor.id)
        #expect(failure { try branch.service.respond(id: complaint.id, remedy(10_000, account), key: branch.ledger.newKey(),
                                                     by: branch.supervisor2) }?.key == .complaintNotYourCase)
        // Nor can another supervisor make it their case by giving it to themselves.
        #expect(failure { try branch.service.assign(id: complaint.id, to: branch.supervisor2.id, by: branch.supervisor2) }?.key
                == .complaintNoSelfAssign)
        #expect(try branch.stored(complaint).handlerID == branch.supervisor.id)
        #expect(try branch.ledger.balance(account) == 0)
        try branch.service.respond(id: complaint.id, remedy(10_000, account), key: branch.ledger.newKey(), by: branch.supervisor)
        #expect(try branch.ledger.balance(account) == 10_000)
    }

    @Test func compensationAboveTheThresholdNeedsASecondSupervisor() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 0)
        let complaint = try branch.investigating()
        let footprint = try branch.ledger.footprint()
        #expect(failure { try branch.service.respond(id: complaint.id, remedy(50_001, account), key: branch.ledger.newKey(),
                                                     by: branch.supervisor) } == LocalizedMessage(.complaintRemedyNeedsApproval, "500.00"))
        // The handler cannot approve their own payment.
        #expect(failure { try branch.ledger.approval(for: branch.supervisor) }?.key == .cashApprovalOwnWork)
        // An approval given for another operator's work does not count.
        let forTeller = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: branch.teller)
        #expect(failure { try branch.service.respond(id: complaint.id, remedy(50_001, account), key: branch.ledger.newKey(),
                                                     approval: forTeller, by: branch.supervisor) }?.key == .approvalForSomeoneElse)
        #expect(try branch.ledger.footprint() == footprint)
        let approval = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: branch.supervisor,
                                                  reason: "fee refund agreed")
        try branch.service.respond(id: complaint.id, remedy(50_001, account), key: branch.ledger.newKey(), approval: approval,
                                   by: branch.supervisor)
        let entry = try branch.ledger.entry(try #require(try branch.stored(complaint).remedyEntryID))
        #expect(entry.makerID == branch.supervisor.id)
        #expect(entry.approverID == branch.supervisor2.id)
        #expect(entry.approvalReason == "fee refund agreed")
        let audit = try branch.ledger.auditRows("ledger.complaint_remedy")
        #expect(audit.count == 1)
        #expect(audit.first?.detail.contains("approved by wang.qiang (operator \(branch.supervisor2.id))") == true)
    }

    @Test func aCapHoldsForAllPaymentsOnOneComplaintReopeningsIncluded() throws {
        let branch = try ComplaintBranch()
        try FourEyesRulesService(branch.context).set("complaint.remedy_cap", 80_000, by: branch.admin)
        let account = try branch.ledger.account(customer: 0, balance: 0)
        let complaint = try branch.investigating()
        try branch.service.respond(id: complaint.id, remedy(50_000, account), key: branch.ledger.newKey(), by: branch.supervisor)
        try branch.service.reopen(id: complaint.id, reason: "customer called back", by: branch.supervisor)
        try branch.service.investigate(id: complaint.id, note: "second look", by: branch.supervisor)
        #expect(failure { try branch.service.respond(id: complaint.id, remedy(40_000, account), key: branch.ledger.newKey(),
                                                     by: branch.supervisor) } == LocalizedMessage(.complaintRemedyCapReached, "800.00", "500.00"))
        // Paying in small parts does not dodge the second supervisor: the threshold is on the complaint's total.
        #expect(failure { try branch.service.respond(id: complaint.id, remedy(30_000, account), key: branch.ledger.newKey(),
                                                     by: branch.supervisor) } == LocalizedMessage(.complaintRemedyNeedsApproval, "500.00"))
        let approval = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: branch.supervisor,
                                                  reason: "second payment agreed")
        try branch.service.respond(id: complaint.id, remedy(30_000, account), key: branch.ledger.newKey(), approval: approval,
                                   by: branch.supervisor)
        #expect(try branch.ledger.balance(account) == 80_000)
        // Each payment its own entry, key and audit row.
        let entries = try branch.context.database.query(
            "SELECT idempotency_key FROM journal_entries WHERE kind = 'complaint_remedy'").compactMap { $0.string("idempotency_key") }
        #expect(entries.count == 2 && Set(entries).count == 2)
        #expect(try branch.ledger.auditRows("ledger.complaint_remedy").count == 2)
        #expect(try branch.stored(complaint).responseMonetary == 80_000)
        try branch.ledger.expectCleanBooks()
    }

    @Test func aComplaintIsInvisibleToTheStaffItIsAbout() throws {
        let branch = try ComplaintBranch()
        let about = branch.teller
        let anonymous = try branch.service.register(ComplaintIntake(
            channel: .phone, customerID: nil, contact: "13912345678", category: .serviceAttitude, severity: .medium,
            description: "The teller was rude to me.", aboutOperatorID: about.id), by: branch.guide)
        let other = try branch.register()
        for list in ComplaintList.allCases {
            let seen = try branch.service.list(list, by: about).map(\.id)
            #expect(!seen.contains(anonymous.id), "\(list)")
        }
        #expect(try branch.service.list(.open, by: about).map(\.id).contains(other.id))
        #expect(failure { try branch.service.complaint(id: anonymous.id, by: about) }?.key == .complaintNotFound)
        #expect(failure { try branch.service.complaint(number: anonymous.number, by: about) }?.key == .complaintNotFound)
        #expect(failure { try branch.service.history(complaintID: anonymous.id, by: about) }?.key == .complaintNotFound)
        // Everyone else still sees it, contact and all.
        #expect(try branch.service.complaint(id: anonymous.id, by: branch.supervisor).contact == "13912345678")
        #expect(try branch.service.list(.open, by: branch.guide).map(\.id).contains(anonymous.id))
    }
}
