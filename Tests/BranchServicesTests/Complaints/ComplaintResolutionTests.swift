import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The response (explanation, monetary remedy through the ledger, the
/// notification to the customer), closing with the customer's satisfaction
/// and the call-back task, and reopening.
struct ComplaintResolutionTests {
    // MARK: Respond

    @Test func theResponseNeedsAnExplanation() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.investigating()
        for text in ["", "   ", "ok", " sorr \n"] {
            #expect(failure { try branch.service.respond(id: complaint.id, ComplaintResponse(explanation: text),
                                                         key: branch.ledger.newKey(), by: branch.supervisor) }?.key
                    == .complaintResponseMissing, "\(text)")
        }
        #expect(try branch.stored(complaint).status == .investigating)
    }

    @Test func aResponseWithoutMoneyIsRecordedAndSentToTheCustomer() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.investigating()
        let entriesBefore = try branch.count("journal_entries")
        branch.clock.advance(by: 3_600)
        try branch.service.respond(id: complaint.id, ComplaintResponse(explanation: "  We apologise; the teller was coached.  ",
                                                                       nonMonetaryRemedy: " Priority ticket next visit "),
                                   key: "not-a-posting", by: branch.supervisor)
        let stored = try branch.stored(complaint)
        #expect(stored.status == .responded)
        #expect(stored.responseExplanation == "We apologise; the teller was coached.")
        #expect(stored.responseNonMonetary == "Priority ticket next visit")
        #expect(stored.responseMonetary == 0)
        #expect(stored.remedyEntryID == nil)
        #expect(stored.respondedAt == branch.clock.now())
        #expect(try branch.count("journal_entries") == entriesBefore)
        let sms = try #require(try branch.context.database.queryOne(
            "SELECT * FROM notifications WHERE customer_id = ?", [.integer(branch.customer(0).id)]))
        #expect(sms.string("recipient") == branch.customer(0).phone)
        #expect(sms.string("body")?.contains(complaint.number) == true)
        #expect(sms.string("body")?.contains("credited") == false)
        let event = try #require(try branch.events(complaint).last)
        #expect(event.kind == "responded" && event.fromStatus == "investigating" && event.toStatus == "responded")
        #expect(event.operatorID == branch.supervisor.id)
    }

    @Test func aMonetaryRemedyIsPostedThroughTheLedgerToTheCustomersAccount() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 100_000)
        let complaint = try branch.investigating()
        let key = branch.ledger.newKey()
        try branch.service.respond(id: complaint.id, ComplaintResponse(explanation: "The fee was charged in error.", monetaryRemedy: 5_000,
                                                                       remedyAccountNumber: account.number),
                                   key: key, by: branch.supervisor)
        #expect(try branch.ledger.balance(account) == 105_000)
        #expect(try branch.ledger.internalBalance("expense:compensation:CNY") == 5_000)
        let stored = try branch.stored(complaint)
        #expect(stored.responseMonetary == 5_000)
        let entryID = try #require(stored.remedyEntryID)
        let entry = try branch.ledger.entry(entryID)
        #expect(entry.kind == .complaintRemedy)
        #expect(entry.amount == 5_000)
        #expect(entry.accountID == account.id)
        #expect(entry.customerID == branch.customer(0).id)
        #expect(entry.makerID == branch.supervisor.id)
        #expect(entry.idempotencyKey == key)
        #expect(entry.memo == "complaint \(complaint.number)")
        let postings = try LedgerRepository(db: branch.context.database).postings(entryID: entryID)
        #expect(postings.map(\.amount).sorted() == [-5_000, 5_000])
        #expect(postings.contains { $0.book == .customer(account.id) && $0.amount == -5_000 })
        let notifications = try CashRecordsRepository(db: branch.context.database).notifications(entryID: entryID)
        #expect(notifications.count == 1)
        // In the customer's language (issue 13).
        let english = Language(code: branch.customer(0).preferredLanguage) == .english
        #expect(notifications.first?.body.contains(english ? "Compensation CNY 50.00 credited." : "补偿 CNY 50.00 已入账。") == true)
        #expect(try branch.context.auditActions().contains("ledger.complaint_remedy"))
        try branch.ledger.expectCleanBooks()
        #expect(try BooksService(branch.context).verify(by: nil).isClean)
    }

    @Test func aRemedyIntoAnotherCustomersAccountIsRefused() throws {
        let branch = try ComplaintBranch()
        let someoneElses = try branch.ledger.account(customer: 1, balance: 100_000)
        let complaint = try branch.investigating()
        let footprint = try branch.ledger.footprint()
        #expect(failure { try branch.service.respond(id: complaint.id, ComplaintResponse(
            explanation: "The fee was charged in error.", monetaryRemedy: 5_000, remedyAccountNumber: someoneElses.number),
                                                     key: branch.ledger.newKey(), by: branch.supervisor) }?.key
                == .complaintRemedyWrongAccount)
        #expect(failure { try branch.service.respond(id: complaint.id, ComplaintResponse(
            explanation: "The fee was charged in error.", monetaryRemedy: 5_000, remedyAccountNumber: "6222000000000000"),
                                                     key: branch.ledger.newKey(), by: branch.supervisor) }?.key == .accountNotFound)
        #expect(try branch.ledger.balance(someoneElses) == 100_000)
        #expect(try branch.ledger.footprint() == footprint)
        #expect(try branch.stored(complaint).status == .investigating)
    }

    @Test func anAnonymousComplaintCannotReceiveMoney() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 100_000)
        let complaint = try branch.investigating(anonymous: true)
        #expect(failure { try branch.service.respond(id: complaint.id, ComplaintResponse(
            explanation: "The fee was charged in error.", monetaryRemedy: 5_000, remedyAccountNumber: account.number),
                                                     key: branch.ledger.newKey(), by: branch.supervisor) }?.key
                == .complaintRemedyNeedsCustomer)
        #expect(try branch.ledger.balance(account) == 100_000)
        #expect(try branch.stored(complaint).status == .investigating)
        // Without money the anonymous complaint is answered; there is nobody to notify.
        try branch.service.respond(id: complaint.id, ComplaintResponse(explanation: "We have reviewed the case."),
                                   key: branch.ledger.newKey(), by: branch.supervisor)
        #expect(try branch.stored(complaint).status == .responded)
        #expect(try branch.count("notifications") == 0)
    }

    @Test func aRemedyNeedsAValidKeyAndASensibleAmount() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 100_000)
        let complaint = try branch.investigating()
        let service = branch.service
        #expect(failure { try service.respond(id: complaint.id, ComplaintResponse(
            explanation: "The fee was charged in error.", monetaryRemedy: 5_000, remedyAccountNumber: account.number),
                                              key: "short", by: branch.supervisor) }?.key == .idempotencyKeyInvalid)
        #expect(failure { try service.respond(id: complaint.id, ComplaintResponse(
            explanation: "The fee was charged in error.", monetaryRemedy: -1, remedyAccountNumber: account.number),
                                              key: branch.ledger.newKey(), by: branch.supervisor) }?.key == .amountTooLarge)
        #expect(try branch.ledger.balance(account) == 100_000)
    }

    @Test func aRemedyIsLimitedByTheHandlersApprovalAuthority() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 100_000)
        let complaint = try branch.investigating()
        let tooMuch = AuthorityLimits.standard.approveLimit(.supervisor, .cny) + 1
        // Even with the per-complaint cap lifted, the approving supervisor's own limit applies.
        try FourEyesRulesService(branch.context).set("complaint.remedy_cap", AmountParser.maximumMinorUnits, by: branch.admin)
        let approval = try branch.ledger.approval(by: "wang.qiang", pin: LedgerBranch.supervisor2PIN, for: branch.supervisor)
        #expect(failure { try branch.service.respond(id: complaint.id, ComplaintResponse(
            explanation: "The fee was charged in error.", monetaryRemedy: tooMuch, remedyAccountNumber: account.number),
                                                     key: branch.ledger.newKey(), approval: approval, by: branch.supervisor) }?.key
                == .approvalAboveLimit)
        #expect(try branch.ledger.balance(account) == 100_000)
        #expect(try branch.stored(complaint).status == .investigating)
    }

    @Test func respondingTwiceWithTheSameKeyDoesNotPayTwice() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 100_000)
        let complaint = try branch.investigating()
        let key = branch.ledger.newKey()
        let response = ComplaintResponse(explanation: "The fee was charged in error.", monetaryRemedy: 5_000,
                                         remedyAccountNumber: account.number)
        try branch.service.respond(id: complaint.id, response, key: key, by: branch.supervisor)
        // A retry of the same response (same key) does nothing more.
        try branch.service.respond(id: complaint.id, response, key: key, by: branch.supervisor)
        #expect(try branch.ledger.balance(account) == 105_000)
        #expect(try branch.count("journal_entries", where: "kind = 'complaint_remedy'") == 1)
        #expect(try branch.stored(complaint).responseMonetary == 5_000)

        // Reopened and answered again with the same key: every payment is its own operation with its
        // own key, so the old key is refused (it neither pays again nor counts the old payment twice).
        try branch.service.reopen(id: complaint.id, reason: "customer called back", by: branch.supervisor)
        try branch.service.investigate(id: complaint.id, note: "second look", by: branch.supervisor)
        #expect(failure { try branch.service.respond(id: complaint.id, response, key: key, by: branch.supervisor) }?.key
                == .idempotencyConflict)
        #expect(try branch.ledger.balance(account) == 105_000)
        #expect(try branch.count("journal_entries", where: "kind = 'complaint_remedy'") == 1)
        #expect(try branch.stored(complaint).responseMonetary == 5_000)
        try branch.ledger.expectCleanBooks()
    }

    @Test func aKeyAlreadyUsedForAnotherOperationIsRefusedNotBorrowed() throws {
        let branch = try ComplaintBranch()
        let account = try branch.ledger.account(customer: 0, balance: 100_000)
        let first = try branch.investigating()
        let second = try branch.investigating()
        let key = branch.ledger.newKey()
        try branch.service.respond(id: first.id, ComplaintResponse(explanation: "The fee was charged in error.", monetaryRemedy: 5_000,
                                                                   remedyAccountNumber: account.number),
                                   key: key, by: branch.supervisor)
        // The same key on another complaint must not quietly point at the first one's payment.
        #expect(failure { try branch.service.respond(id: second.id, ComplaintResponse(
            explanation: "Card fee refunded as well.", monetaryRemedy: 2_000, remedyAccountNumber: account.number),
                                                     key: key, by: branch.supervisor) }?.key == .idempotencyConflict)
        #expect(try branch.stored(second).status == .investigating)
        #expect(try branch.stored(second).remedyEntryID == nil)
        #expect(try branch.ledger.balance(account) == 105_000)

        // Nor may a deposit's key stand in for a remedy.
        let deposit = try branch.ledger.account(customer: 0, balance: 0)
        try branch.ledger.openDrawer()
        let depositKey = branch.ledger.newKey()
        _ = try CashService(branch.context).deposit(CashRequest(accountNumber: deposit.number, amount: 2_000, cash: cash(2_000)),
                                                    key: depositKey, by: branch.teller)
        #expect(failure { try branch.service.respond(id: second.id, ComplaintResponse(
            explanation: "Card fee refunded as well.", monetaryRemedy: 2_000, remedyAccountNumber: deposit.number),
                                                     key: depositKey, by: branch.supervisor) }?.key == .idempotencyConflict)
        #expect(try branch.ledger.balance(deposit) == 2_000)
        try branch.ledger.expectCleanBooks()
    }

    // MARK: Close

    @Test func closingWithoutAResponseIsRefused() throws {
        let branch = try ComplaintBranch()
        let received = try branch.register()
        #expect(failure { try branch.service.close(id: received.id, satisfaction: 4, by: branch.supervisor) }?.key
                == .complaintCloseWithoutResponse)
        let investigating = try branch.investigating()
        #expect(failure { try branch.service.close(id: investigating.id, satisfaction: 4, by: branch.supervisor) }?.key
                == .complaintCloseWithoutResponse)
        #expect(try branch.stored(investigating).status == .investigating)
        #expect(try branch.count("care_tasks") == 0)
    }

    @Test func satisfactionOutsideOneToFiveIsRefused() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.responded()
        for score in [0, 6, -1, 10] {
            #expect(failure { try branch.service.close(id: complaint.id, satisfaction: score, by: branch.supervisor) }?.key
                    == .complaintSatisfactionRange, "\(score)")
        }
        #expect(try branch.stored(complaint).status == .responded)
    }

    @Test func closingRecordsSatisfactionAndSchedulesTheCallBackAWeekLater() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.responded()
        branch.clock.advance(by: 3_600)
        let now = branch.clock.now()
        try branch.service.close(id: complaint.id, satisfaction: 4, by: branch.supervisor2)
        let stored = try branch.stored(complaint)
        #expect(stored.status == .closed)
        #expect(stored.satisfaction == 4)
        #expect(stored.closedAt == now)
        let event = try #require(try branch.events(complaint).last)
        #expect(event.kind == "closed" && event.operatorID == branch.supervisor2.id && event.detail == "satisfaction 4")
        let tasks = try branch.care.openTasks(by: branch.teller)
        #expect(tasks.count == 1)
        let task = try #require(tasks.first)
        #expect(task.kind == .complaintCallback)
        #expect(task.complaintID == complaint.id)
        #expect(task.customerID == branch.customer(0).id)
        #expect(task.assignedTo == stored.handlerID)
        #expect(task.note == complaint.number)
        #expect(task.dueDate == (try #require(branch.context.branch()?.businessDate)).adding(days: 7))
        #expect(try branch.context.auditActions().last == "complaint.closed")
        #expect(failure { try branch.service.close(id: complaint.id, satisfaction: 4, by: branch.supervisor) }?.key
                == .complaintCloseWithoutResponse)
        try branch.expectAuditIntact()
    }

    // MARK: Reopen

    @Test func aClosedComplaintIsReopenedWithAReasonAndInvestigatedAgain() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.responded()
        try branch.service.close(id: complaint.id, satisfaction: 1, by: branch.supervisor)
        #expect(failure { try branch.service.reopen(id: complaint.id, reason: " ", by: branch.supervisor) }?.key
                == .approvalReasonMissing)
        try branch.service.reopen(id: complaint.id, reason: "The customer says nothing changed", by: branch.supervisor)
        var stored = try branch.stored(complaint)
        #expect(stored.status == .reopened)
        #expect(stored.closedAt == nil)
        let event = try #require(try branch.events(complaint).last)
        #expect(event.kind == "reopened" && event.fromStatus == "closed" && event.detail == "The customer says nothing changed")
        #expect(try branch.service.list(.open, by: branch.teller).map(\.id) == [complaint.id])

        try branch.service.investigate(id: complaint.id, note: "Second review", by: branch.supervisor)
        try branch.service.respond(id: complaint.id, ComplaintResponse(explanation: "The branch manager will call you."),
                                   key: branch.ledger.newKey(), by: branch.supervisor)
        try branch.service.close(id: complaint.id, satisfaction: 4, by: branch.supervisor)
        stored = try branch.stored(complaint)
        #expect(stored.status == .closed)
        #expect(stored.satisfaction == 4)
        #expect(stored.responseExplanation == "The branch manager will call you.")
        #expect(try branch.count("care_tasks", where: "kind = 'complaint_callback'") == 2)
    }

    @Test func aRespondedComplaintCanBeReopenedButAFreshOneCannot() throws {
        let branch = try ComplaintBranch()
        let responded = try branch.responded()
        try branch.service.reopen(id: responded.id, reason: "The answer missed the point", by: branch.supervisor)
        #expect(try branch.stored(responded).status == .reopened)
        #expect(try branch.events(responded).last?.fromStatus == "responded")

        let fresh = try branch.register()
        #expect(failure { try branch.service.reopen(id: fresh.id, reason: "why not", by: branch.supervisor) }
                == ComplaintService.wrongStatus(.received))
        let investigating = try branch.investigating()
        #expect(failure { try branch.service.reopen(id: investigating.id, reason: "why not", by: branch.supervisor) }
                == ComplaintService.wrongStatus(.investigating))
        // A reopened complaint is not reopened again until it is answered.
        #expect(failure { try branch.service.reopen(id: responded.id, reason: "again", by: branch.supervisor) }
                == ComplaintService.wrongStatus(.reopened))
    }

    @Test func aComplaintReopenedAfterItsDeadlineGetsAFreshOne() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.responded()
        branch.clock.advance(by: 20 * ComplaintBranch.day)
        try branch.service.reopen(id: complaint.id, reason: "Customer unhappy", by: branch.supervisor)
        let stored = try branch.stored(complaint)
        #expect(stored.dueAt == branch.dueFromNow(days: 15))
        #expect(try branch.service.list(.overdue, by: branch.teller).isEmpty)

        // Reopened while a longer deadline still stands, it keeps that deadline.
        let extended = try branch.register()
        try branch.service.extend(id: extended.id, to: .extended, reason: "Waiting for the card centre", by: branch.supervisor)
        try branch.service.acknowledge(id: extended.id, by: branch.supervisor)
        try branch.service.investigate(id: extended.id, note: "Card centre replied", by: branch.supervisor)
        // Only the assigned handler responds (the one with fewer open complaints got it).
        let handler = try branch.stored(extended).handlerID == branch.supervisor2.id ? branch.supervisor2 : branch.supervisor
        try branch.service.respond(id: extended.id, ComplaintResponse(explanation: "Your card was returned to you."),
                                   key: branch.ledger.newKey(), by: handler)
        branch.clock.advance(by: ComplaintBranch.day)
        try branch.service.reopen(id: extended.id, reason: "Customer unhappy", by: branch.supervisor)
        #expect(try branch.stored(extended).dueAt == branch.due(extended, days: 30))
    }
}
