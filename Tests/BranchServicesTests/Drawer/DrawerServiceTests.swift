import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The teller's drawer through the day: opened with a float a supervisor
/// verifies, every cash operation through it, a blind count, and a
/// supervisor's sign-off posting any over or short to suspense.
struct DrawerServiceTests {
    private func deposit(_ branch: LedgerBranch, _ account: AccountRecord, _ amount: Int64,
                         by teller: Operator? = nil) -> LocalizedMessage? {
        failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: amount, cash: cash(amount)),
                                                    key: branch.newKey(), by: teller ?? branch.teller)
        }
    }

    private func withdraw(_ branch: LedgerBranch, _ account: AccountRecord, _ paid: CashBreakdown) -> LocalizedMessage? {
        failure {
            try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: paid.total, cash: paid),
                                                     key: branch.newKey(), by: branch.teller)
        }
    }

    @Test func noCashOperationWithoutAnOpenDrawer() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.verifyForWithdrawal(account)
        let footprint = try branch.footprint()
        #expect(deposit(branch, account, 1_000)?.key == .drawerNotOpen)
        #expect(withdraw(branch, account, cash(1_000))?.key == .drawerNotOpen)
        #expect(failure { try DrawerService(branch.context).buy(cash(1_000), key: branch.newKey(), approval: nil, by: branch.teller) }?.key == .drawerNotOpen)
        #expect(failure { try DrawerService(branch.context).sell(cash(1_000), key: branch.newKey(), approval: nil, by: branch.teller) }?.key == .drawerNotOpen)
        #expect(failure { try DrawerService(branch.context).count(CashBreakdown(), by: branch.teller) }?.key == .drawerNotOpen)
        #expect(try branch.footprint() == footprint)
        #expect(try DrawerService(branch.context).status(by: branch.teller) == nil)
        // Another teller's open drawer does not help.
        try branch.openDrawer(branch.teller2)
        #expect(deposit(branch, account, 1_000)?.key == .drawerNotOpen)
        #expect(deposit(branch, account, 1_000, by: branch.teller2) == nil)
    }

    @Test func openingNeedsASupervisorToVerifyTheFloat() throws {
        let branch = try LedgerBranch()
        let drawers = DrawerService(branch.context)
        let float = LedgerBranch.standardFloat
        let footprint = try branch.footprint()
        #expect(failure { try drawers.open(float: float, key: branch.newKey(), approval: nil, by: branch.teller) }?.key
                == .drawerFloatNeedsVerification)
        let forged = SupervisorApproval(approverID: branch.teller2.id, approverName: "chen.jing", reason: "counted",
                                        grantedAt: branch.clock.now(), makerID: branch.teller.id)
        #expect(failure { try drawers.open(float: float, key: branch.newKey(), approval: forged, by: branch.teller) }?.key
                == .approvalNotSupervisor)
        #expect(failure { try drawers.open(float: CashBreakdown(), key: branch.newKey(), approval: try branch.approval(for: branch.teller),
                                           by: branch.teller) }?.key == .drawerFloatEmpty)
        #expect(try branch.footprint() == footprint)
        let vaultBefore = try branch.internalBalance(DrawerService.vaultCode)
        _ = try drawers.open(float: float, key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try branch.drawerCash() == float)
        #expect(try branch.internalBalance(DrawerService.vaultCode) == vaultBefore - float.total)
        let status = try drawers.status(by: branch.teller)
        #expect(status?.session.status == .open)
        #expect(status?.session.verifiedBy == branch.supervisor.id)
        #expect(status?.reconciliation == nil)
        #expect(failure { try branch.openDrawer() }?.key == .drawerAlreadyOpen)
        try branch.expectCleanBooks()
    }

    @Test func theVaultMustHoldTheFloat() throws {
        let branch = try LedgerBranch()
        let tooMuch = CashBreakdown([.yuan100: LedgerBranch.vaultStock.counts[.yuan100]! + 1])
        #expect(failure { try branch.openDrawer(float: tooMuch) }?.key == .vaultCannotCover)
    }

    @Test func aPayoutTheDrawerCannotCoverIsRefused() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 10_000_000)
        try branch.openDrawer(float: CashBreakdown([.yuan100: 10, .yuan50: 2]))
        try branch.verifyForWithdrawal(account)
        let footprint = try branch.footprint()
        #expect(withdraw(branch, account, CashBreakdown([.yuan100: 11])) == LocalizedMessage(.drawerCannotCover, "100×1"))
        #expect(withdraw(branch, account, CashBreakdown([.yuan50: 3, .yuan20: 1])) == LocalizedMessage(.drawerCannotCover, "50×1 20×1"))
        #expect(try branch.footprint() == footprint)
        #expect(withdraw(branch, account, CashBreakdown([.yuan100: 10, .yuan50: 2])) == nil)
        #expect(try branch.drawerCash() == CashBreakdown())
        try branch.expectCleanBooks()
    }

    @Test func aBreakdownThatDoesNotMatchTheAmountIsRefused() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let footprint = try branch.footprint()
        let short = failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 10_000,
                                                                cash: CashBreakdown([.yuan50: 1])), key: branch.newKey(), by: branch.teller)
        }
        #expect(short == LocalizedMessage(.cashTotalMismatch, "50.00", "100.00"))
        let negative = failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 5_000,
                                                                cash: CashBreakdown([.yuan100: 1, .yuan50: -1])), key: branch.newKey(),
                                                    by: branch.teller)
        }
        #expect(negative?.key == .cashNegativeCount)
        #expect(try branch.footprint() == footprint)
    }

    @Test func buyingAndSellingMovesCashBetweenVaultAndDrawer() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer(float: CashBreakdown([.yuan100: 10]))
        let drawers = DrawerService(branch.context)
        let vaultBefore = try branch.internalBalance(DrawerService.vaultCode)
        _ = try drawers.buy(CashBreakdown([.yuan10: 20, .jiao1: 5]), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try branch.drawerCash() == CashBreakdown([.yuan100: 10, .yuan10: 20, .jiao1: 5]))
        _ = try drawers.sell(CashBreakdown([.yuan100: 4]), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try branch.drawerCash() == CashBreakdown([.yuan100: 6, .yuan10: 20, .jiao1: 5]))
        #expect(try branch.internalBalance(DrawerService.vaultCode) == vaultBefore - 20_050 + 40_000)
        #expect(failure { try drawers.sell(CashBreakdown([.yuan100: 7]), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller) }?.key == .drawerCannotCover)
        #expect(failure { try drawers.buy(CashBreakdown(), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller) }?.key == .drawerFloatEmpty)
        try branch.expectCleanBooks()
    }

    @Test func afterTheBlindCountNoMoreCashOperations() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        #expect(deposit(branch, account, 5_000) == nil)
        let expected = try branch.drawerCash()
        let reconciliation = try DrawerService(branch.context).count(expected, by: branch.teller)
        #expect(reconciliation.expected == expected)
        #expect(reconciliation.variance == 0)
        let footprint = try branch.footprint()
        #expect(deposit(branch, account, 1_000)?.key == .drawerCounted)
        #expect(withdraw(branch, account, cash(1_000))?.key == .drawerCounted)
        #expect(failure { try DrawerService(branch.context).buy(cash(1_000), key: branch.newKey(), approval: nil, by: branch.teller) }?.key == .drawerCounted)
        #expect(failure { try DrawerService(branch.context).count(expected, by: branch.teller) }?.key == .drawerCounted)
        #expect(try branch.footprint() == footprint)
        #expect(try DrawerService(branch.context).status(by: branch.teller)?.reconciliation?.expected == expected)
    }

    @Test func aDrawerFromAnEarlierBusinessDateTakesNoCash() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        // The day close refuses while the drawer is open (BusinessDayTests); a file whose date moved
        // under an open drawer before that rule (an older teller) is what this covers.
        #expect(failure { try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-06")!, by: branch.supervisor) }?
            .key == .cashDayCloseDrawersOpen)
        #expect(try BranchRepository(db: branch.context.database).setBusinessDate(BusinessDate("2026-01-06")!))
        let footprint = try branch.footprint()
        #expect(deposit(branch, account, 1_000) == LocalizedMessage(.drawerFromEarlierDay, "2026-01-05"))
        #expect(failure { try branch.openDrawer() } == LocalizedMessage(.drawerFromEarlierDay, "2026-01-05"))
        #expect(try branch.footprint() == footprint)
        // The old drawer is still counted and signed off, then a new one opens.
        _ = try DrawerService(branch.context).count(try branch.drawerCash(), by: branch.teller)
        _ = try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        try branch.openDrawer()
        #expect(deposit(branch, account, 1_000) == nil)
        try branch.expectCleanBooks()
    }

    @Test func dayEndWithAShortagePostsItToSuspenseAndTheBooksStayClean() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000)
        let vaultStart = try branch.internalBalance(DrawerService.vaultCode)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        #expect(deposit(branch, account, 123_450) == nil)
        #expect(withdraw(branch, account, CashBreakdown([.yuan100: 3, .yuan5: 1])) == nil)
        let expected = try branch.drawerCash()
        // One 50 note and two 0.1 coins are missing.
        let counted = expected.adding(CashBreakdown([.yuan50: 1, .jiao1: 2]), sign: -1)
        let drawers = DrawerService(branch.context)
        let reconciliation = try drawers.count(counted, by: branch.teller)
        #expect(reconciliation.variance == -5_020)
        #expect(failure { try drawers.signOff(key: branch.newKey(), approval: nil, by: branch.teller) }?.key == .drawerCloseNeedsSignOff)
        let forged = SupervisorApproval(approverID: branch.teller.id, approverName: "li.wei", reason: "fine",
                                        grantedAt: branch.clock.now(), makerID: branch.teller.id)
        #expect(failure { try drawers.signOff(key: branch.newKey(), approval: forged, by: branch.teller) }?.key == .cashApprovalOwnWork)
        let closed = try drawers.signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller, reason: "shortage noted"),
                                         by: branch.teller)
        #expect(closed?.kind == .drawerClose)
        #expect(try branch.internalBalance("suspense:CNY") == 5_020)
        #expect(try branch.internalBalance(DrawerService.drawerCode(branch.teller)) == 0)
        #expect(try branch.drawerCash() == CashBreakdown())
        #expect(try branch.internalBalance(DrawerService.vaultCode) == vaultStart + 123_450 - 30_500 - 5_020)
        #expect(try DrawerService(branch.context).status(by: branch.teller) == nil)
        let session = try branch.context.database.queryOne("SELECT * FROM drawer_sessions ORDER BY id DESC LIMIT 1")
        #expect(session?.string("status") == "closed")
        #expect(session?.int("variance") == -5_020)
        #expect(session?.int("signed_off_by") == branch.supervisor.id)
        #expect(deposit(branch, account, 1_000)?.key == .drawerNotOpen)
        try branch.expectCleanBooks()
    }

    @Test func dayEndWithAnOveragePostsACreditToSuspense() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer(float: CashBreakdown([.yuan100: 10]))
        _ = try DrawerService(branch.context).count(CashBreakdown([.yuan100: 10, .yuan1: 1]), by: branch.teller)
        _ = try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller),
                                                      by: branch.teller)
        #expect(try branch.internalBalance("suspense:CNY") == -100)
        try branch.expectCleanBooks()
    }

    @Test func aDrawerSoldBackEmptyClosesWithoutAnEntry() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer(float: CashBreakdown([.yuan100: 10]))
        let drawers = DrawerService(branch.context)
        _ = try drawers.sell(CashBreakdown([.yuan100: 10]), key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        _ = try drawers.count(CashBreakdown(), by: branch.teller)
        let entries = try branch.context.database.scalarInt("SELECT count(*) FROM journal_entries")
        #expect(failure { try drawers.signOff(key: branch.newKey(), approval: nil, by: branch.teller) }?.key == .drawerCloseNeedsSignOff)
        let closed = try drawers.signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(closed == nil)
        #expect(try branch.context.database.scalarInt("SELECT count(*) FROM journal_entries") == entries)
        #expect(try drawers.status(by: branch.teller) == nil)
        try branch.expectCleanBooks()
    }

    @Test func aBalancedDayEndReturnsEverythingToTheVault() throws {
        let branch = try LedgerBranch()
        let vaultStart = try branch.internalBalance(DrawerService.vaultCode)
        try branch.openDrawer()
        _ = try DrawerService(branch.context).count(LedgerBranch.standardFloat, by: branch.teller)
        _ = try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller),
                                                      by: branch.teller)
        #expect(try branch.internalBalance(DrawerService.vaultCode) == vaultStart)
        #expect(try DrawerService(branch.context).vaultHoldings(by: branch.supervisor) == LedgerBranch.vaultStock)
        #expect(try branch.internalBalance("suspense:CNY") == 0)
        #expect(failure { try DrawerService(branch.context).vaultHoldings(by: branch.teller) }?.key == .errorForbidden)
        try branch.expectCleanBooks()
    }

    @Test func signOffNeedsACountFirst() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer()
        #expect(failure {
            try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        }?.key == .drawerNotCounted)
    }

    @Test func notificationsNeverCarryAFullAccountNumber() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000)
        let other = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        try branch.verifyForTransfer(account)
        #expect(deposit(branch, account, 10_000) == nil)
        #expect(withdraw(branch, account, cash(5_000)) == nil)
        let transfer = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: account.number, toAccountNumber: other.number, amount: 2_000), key: branch.newKey(),
            by: branch.teller)
        _ = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: account.number,
                            payee: ExternalPayee(name: "Ma Xiaoyan", bank: "Xi'an Bank", accountNumber: "621700123456789012"),
                            amount: 1_000), key: branch.newKey(), by: branch.teller)
        _ = try ReversalService(branch.context).reverse(entryID: transfer.entryID, reason: "wrong payee", key: branch.newKey(),
                                                        by: branch.supervisor)
        let bodies = try branch.context.database.query("SELECT body, recipient FROM notifications ORDER BY id").map { $0.string("body") ?? "" }
        #expect(bodies.count == 7)  // deposit, withdrawal, transfer out + in, external out, reversal to both
        let fullNumber = try Regex("[0-9]{12,}")
        for body in bodies {
            #expect(body.firstMatch(of: fullNumber) == nil, "unmasked number in: \(body)")
            #expect(!body.contains(account.number) && !body.contains(other.number))
        }
        #expect(bodies.first?.contains(AccountNumber.masked(account.number)) == true)
        let receiver = try CashRecordsRepository(db: branch.context.database).notifications(entryID: transfer.entryID)
        #expect(receiver.map(\.customerID) == [account.customerID, other.customerID])
        #expect(receiver.map(\.recipient) == [branch.customers[0].phone, branch.customers[1].phone])
    }
}
