import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: amounts in capitals on vouchers, vouchers for drawer and vault
/// movements, and cash positions during the day and in the day-end report.
struct CashPositionTests {
    private func voucherText(_ branch: LedgerBranch, _ posted: PostedOperation) throws -> String {
        try String(contentsOfFile: try #require(posted.voucherPath), encoding: .utf8)
    }

    @Test func aCashVoucherCarriesTheAmountInCapitals() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        let posted = try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 123_456,
                                                                         cash: cash(123_456)), key: branch.newKey(), by: branch.teller)
        #expect(try voucherText(branch, posted).contains("In words 大写: 人民币壹仟贰佰叁拾肆元伍角陆分"))
    }

    @Test func drawerAndVaultMovementsGetVouchers() throws {
        let branch = try LedgerBranch()
        let float = try branch.openDrawer()
        let text = try voucherText(branch, float)
        #expect(text.contains("DRAWER FLOAT VOUCHER 尾箱备用金领用凭证"))
        #expect(text.contains("Checked by 复核: zhang.min"))
        #expect(text.contains("In words 大写: 人民币"))
        let bought = try DrawerService(branch.context).buy(CashBreakdown([.yuan100: 10]), key: branch.newKey(),
                                                           approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try voucherText(branch, bought).contains("人民币壹仟元整"))
        let received = try DrawerService(branch.context).receiveIntoVault(CashBreakdown([.yuan50: 2]), key: branch.newKey(), by: branch.supervisor)
        #expect(try voucherText(branch, received).contains("VAULT RECEIPT VOUCHER"))
        let mode = try FileManager.default.attributesOfItem(atPath: try #require(received.voucherPath))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try branch.expectCleanBooks()
    }

    @Test func aTellerSeesTheirOwnPositionAndASupervisorSeesEveryDrawerAndTheVault() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        try branch.openDrawer(branch.teller2)
        _ = try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 20_000, cash: cash(20_000)),
                                                    key: branch.newKey(), by: branch.teller)
        try branch.verifyForWithdrawal(account)
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 5_000, cash: cash(5_000)),
                                                     key: branch.newKey(), by: branch.teller)
        let service = CashPositionService(branch.context)
        let mine = try #require(try service.mine(by: branch.teller))
        #expect(mine.float == LedgerBranch.standardFloat.total)
        #expect(mine.cashIn == 20_000 && mine.cashOut == 5_000)
        #expect(mine.expected == LedgerBranch.standardFloat.total + 15_000)
        #expect(mine.expected == (try branch.drawerCash()).total)
        // A teller cannot see the branch's drawers and vault.
        #expect(failure { try service.branch(by: branch.teller) }?.key == .errorForbidden)
        let all = try service.branch(by: branch.supervisor)
        #expect(all.drawers.map(\.teller) == [branch.teller.username, branch.teller2.username])
        #expect(all.vaultCash.total == all.vaultLedger)
        #expect(all.vaultCash.total == LedgerBranch.vaultStock.total - 2 * LedgerBranch.standardFloat.total)
    }

    @Test func theDayEndReportIsAPrivateFileAndAudited() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer()
        let service = CashPositionService(branch.context)
        #expect(failure { try service.writeReport(by: branch.teller) }?.key == .errorForbidden)
        let path = try service.writeReport(by: branch.supervisor)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("CASH POSITION REPORT 现金头寸日报"))
        #expect(text.contains("Drawer 尾箱: \(branch.teller.username)"))
        #expect(text.contains("Balanced 账实相符"))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try branch.context.auditActions().last == "cash.position_report")
    }
}
