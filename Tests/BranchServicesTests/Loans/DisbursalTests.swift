import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Paying a signed loan out: one balanced entry debiting the loan receivable,
/// crediting the customer's account or paying cash from the drawer under the
/// withdrawal's rules; the schedule stored from that day; replays harmless.
struct DisbursalTests {
    @Test func intoTheAccountMovesTheReceivableStoresTheScheduleAndNotifies() throws {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.signedLoan()
        try desk.moveDate(to: "2026-01-31")
        let key = desk.branch.newKey()
        let posted = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: key, by: desk.teller)
        #expect(posted.kind == .loanDisbursal && posted.amount == 12_000_000 && !posted.replayed)
        #expect(try desk.postingsSum(posted.entryID) == 0)
        #expect(try desk.receivable() == 12_000_000)
        #expect(try desk.branch.balance(account) == 12_000_000)
        #expect(posted.balanceAfter == 12_000_000)
        let active = try desk.stored(loan)
        #expect(active.status == .active && active.disbursalEntryID == posted.entryID && active.startDate == BusinessDate("2026-01-31"))
        let rows = try LoanRepository(db: desk.context.database).instalmentBalances(loanID: loan.id, version: 1)
        #expect(rows.count == 12 && rows.reduce(0) { $0 + $1.principal } == 12_000_000)
        #expect(rows.first?.dueDate == BusinessDate("2026-02-28"))  // month end: 31 January pays on the last day of February
        let sms = try CashRecordsRepository(db: desk.context.database).notifications(entryID: posted.entryID)
        #expect(sms.count == 1 && sms[0].body.contains(loan.contractNumber))
        #expect(posted.voucherPath.map { try? String(contentsOfFile: $0, encoding: .utf8) }??.contains("LOAN DISBURSAL") == true)
        // The same key again: the first result, nothing moved.
        let replay = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: key, by: desk.teller)
        #expect(replay.replayed && replay.entryID == posted.entryID)
        // The same key for another request is refused; a new key finds the loan already paid out.
        #expect(throws: LocalizedMessage(.idempotencyConflict, String(posted.entryID))) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(cash(12_000_000)), key: key, by: desk.teller)
        }
        #expect(throws: LocalizedMessage(.loanNotSigned, loan.contractNumber, "active")) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.receivable() == 12_000_000)
        try desk.branch.expectCleanBooks()
    }

    @Test func inCashWithinTheTellersAuthorityComesOutOfTheDrawer() throws {
        let desk = try ServicingBranch()
        try desk.branch.openDrawer()
        let (loan, account) = try desk.signedLoan(amount: 1_000_000)
        let before = try desk.branch.drawerCash()
        let notes = cash(1_000_000)
        #expect(try LoanDisbursalService(desk.context).assess(loanID: loan.id, payout: .cash(notes), by: desk.teller).approvalReasons.isEmpty)
        let posted = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(notes), key: desk.branch.newKey(),
                                                                     by: desk.teller)
        #expect(try desk.postingsSum(posted.entryID) == 0)
        #expect(try desk.branch.drawerCash().total == before.total - 1_000_000)
        #expect(try desk.branch.balance(account) == 0)
        #expect(try desk.receivable() == 1_000_000)
        try desk.branch.expectCleanBooks()
    }

    @Test func cashTheDrawerCannotCoverIsRefused() throws {
        let desk = try ServicingBranch()
        try desk.branch.openDrawer()
        let (loan, _) = try desk.signedLoan(amount: 3_000_000)
        let footprint = try desk.branch.footprint()
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(cash(3_000_000)), key: desk.branch.newKey(),
                                                            by: desk.teller)
        }
        #expect(try desk.branch.footprint() == footprint)
        #expect(try desk.stored(loan).status == .signed)
    }

    @Test func cashAboveTheTellersAuthorityNeedsAnotherPersonsApproval() throws {
        let desk = try ServicingBranch()
        let float = CashBreakdown([.yuan100: 700])
        try desk.branch.openDrawer(float: float)
        let (loan, _) = try desk.signedLoan(amount: 6_000_000)
        let notes = cash(6_000_000)
        let needs = try LoanDisbursalService(desk.context).assess(loanID: loan.id, payout: .cash(notes), by: desk.teller)
        #expect(needs.needsApproval)
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(notes), key: desk.branch.newKey(), by: desk.teller)
        }
        // Maker ≠ checker: a supervisor disbursing cannot approve their own payout.
        #expect(throws: LocalizedMessage(.cashApprovalOwnWork)) { try desk.branch.approval(for: desk.supervisor) }
        let own = SupervisorApproval(approverID: desk.supervisor.id, approverName: desk.supervisor.username, reason: "my own payout",
                                     grantedAt: desk.branch.clock.now(), makerID: desk.supervisor.id)
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(notes), key: desk.branch.newKey(),
                                                            approval: own, by: desk.supervisor)
        }
        #expect(try desk.stored(loan).status == .signed)
        let approval = try desk.branch.approval(for: desk.teller)
        let posted = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(notes), key: desk.branch.newKey(),
                                                                     approval: approval, by: desk.teller)
        let entry = try desk.branch.entry(posted.entryID)
        #expect(entry.approverID == desk.supervisor.id && entry.makerID == desk.teller.id)
        #expect(posted.largeValueReported)  // 60,000.00 in cash is above the reporting threshold
        try desk.branch.expectCleanBooks()
    }
}
