import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: the business date moved on under open drawers, whose cash was
/// then refused. The day now closes only after every drawer is counted and
/// signed off and the vault balances, and a move of more than one day needs
/// the number of days typed back.
struct DayCloseTests {
    private let next = BusinessDate("2026-01-06")!

    @Test func theDateDoesNotMoveWhileADrawerIsOpenAndNamesWhose() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer()
        let service = BusinessDayService(branch.context)
        let list = try service.checklist(to: next, by: branch.supervisor)
        #expect(list.drawersNotClosed.map(\.teller) == [branch.teller.username])
        #expect(list.blockers == [LocalizedMessage(.cashDayCloseDrawersOpen, branch.teller.username)])
        #expect(failure { try service.setBusinessDate(next, by: branch.supervisor) } == list.blockers.first)
        // Counted is not enough: the supervisor's sign-off closes the drawer.
        _ = try DrawerService(branch.context).count(try branch.drawerCash(), by: branch.teller)
        #expect(failure { try service.setBusinessDate(next, by: branch.admin) }?.key == .cashDayCloseDrawersOpen)
        #expect(branch.context.branch()?.businessDate.description == "2026-01-05")
        _ = try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        let closed = try service.checklist(to: next, by: branch.supervisor)
        #expect(closed.blockers.isEmpty && closed.drawersClosed == 1 && closed.vaultBalanced)
        try service.setBusinessDate(next, by: branch.supervisor)
        #expect(branch.context.branch()?.businessDate == next)
        // The next day's drawer opens and takes cash.
        try branch.openDrawer()
        try branch.expectCleanBooks()
    }

    @Test func aTypoCannotSkipDaysSilently() throws {
        let branch = try LedgerBranch()
        let service = BusinessDayService(branch.context)
        let far = BusinessDate("2026-01-08")!
        #expect(try service.checklist(to: far, by: branch.supervisor).days == 3)
        #expect(failure { try service.setBusinessDate(far, by: branch.supervisor) }
            == LocalizedMessage(.cashDayCloseConfirmDays, "3", "2026-01-05", "2026-01-08"))
        #expect(failure { try service.setBusinessDate(far, confirmingDays: 2, by: branch.supervisor) }?.key == .cashDayCloseConfirmDays)
        #expect(branch.context.branch()?.businessDate.description == "2026-01-05")
        // A year ahead is a typo, whatever is typed back.
        #expect(failure { try service.setBusinessDate(BusinessDate("2027-01-05")!, confirmingDays: 365, by: branch.supervisor) }?.key
            == .cashDayCloseTooFar)
        try service.setBusinessDate(far, confirmingDays: 3, by: branch.supervisor)
        #expect(branch.context.branch()?.businessDate == far)
        let detail = try branch.context.database.query("SELECT detail FROM audit_log WHERE action = 'branch.business_date'").last?.string("detail")
        #expect(detail?.hasPrefix("2026-01-05 -> 2026-01-08 (3 days)") == true)
    }

    @Test func anUnbalancedVaultStopsTheClose() throws {
        let branch = try LedgerBranch()
        let ledger = LedgerRepository(db: branch.context.database)
        let vault = try #require(try ledger.internalAccount(code: DrawerService.vaultCode))
        // A cash row written behind the ledger's back (an insider with the file): the vault's cash no longer matches its balance.
        let entry = try #require(try branch.context.database.scalarInt("SELECT max(id) FROM journal_entries"))
        try ledger.moveCash(entryID: entry, internalID: vault.id, CashBreakdown([.yuan100: 1]), sign: -1)
        let list = try BusinessDayService(branch.context).checklist(to: next, by: branch.supervisor)
        #expect(!list.vaultBalanced)
        #expect(failure { try BusinessDayService(branch.context).setBusinessDate(next, by: branch.supervisor) }?.key
            == .cashDayCloseVaultUnbalanced)
    }

    @Test func aTellerSeesNoChecklist() throws {
        let branch = try LedgerBranch()
        #expect(failure { try BusinessDayService(branch.context).checklist(to: next, by: branch.teller) }?.key == .errorForbidden)
    }
}
