import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Large cash: CNY 50,000.00 or more in cash per customer per business day,
/// single or summed, needs the source or purpose of funds and makes a
/// large-value report. The threshold is a setting.
///
/// The smallest note or coin is 0.10 (fen coins are not counted), so the
/// largest cash amount below the threshold is 49,999.90; the 49,999.99 rule
/// itself is checked in `LedgerRulesTests`.
struct CashLargeValueTests {
    private func reports(_ branch: LedgerBranch) throws -> [(entry: Int64, direction: String, amount: Int64, dayTotal: Int64, purpose: String)] {
        try branch.context.database.query("SELECT * FROM large_value_reports ORDER BY id").map {
            ($0.int("entry_id") ?? 0, $0.string("direction") ?? "", $0.int("amount") ?? 0, $0.int("day_total") ?? 0,
             $0.string("purpose") ?? "")
        }
    }

    /// A branch whose teller has a drawer big enough for large cash.
    private func branchWithCash() throws -> (LedgerBranch, AccountRecord) {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 20_000_000)
        try branch.openDrawer(float: CashBreakdown([.yuan100: 1_500, .yuan50: 100, .yuan10: 100, .yuan1: 100, .jiao5: 20, .jiao1: 100]))
        return (branch, account)
    }

    @Test func justBelowTheThresholdNeedsNoPurposeAndMakesNoReport() throws {
        let (branch, account) = try branchWithCash()
        let request = CashRequest(accountNumber: account.number, amount: 4_999_990, cash: cash(4_999_990))
        #expect(try CashService(branch.context).assessDeposit(request, by: branch.teller).purposeRequired == false)
        let posted = try CashService(branch.context).deposit(request, key: branch.newKey(), by: branch.teller)
        #expect(!posted.largeValueReported)
        #expect(try reports(branch).isEmpty)
    }

    @Test func atTheThresholdAPurposeIsRequiredAndAReportIsMade() throws {
        let (branch, account) = try branchWithCash()
        var request = CashRequest(accountNumber: account.number, amount: 5_000_000, cash: cash(5_000_000))
        #expect(try CashService(branch.context).assessDeposit(request, by: branch.teller).purposeRequired)
        let footprint = try branch.footprint()
        for purpose in ["", " ", "x"] {
            request.purpose = purpose
            let refusal = failure { try CashService(branch.context).deposit(request, key: branch.newKey(), by: branch.teller) }
            #expect(refusal == LocalizedMessage(.largeValuePurposeRequired, "50,000.00"))
        }
        #expect(try branch.footprint() == footprint)
        request.purpose = "sale of a car 卖车"
        let posted = try CashService(branch.context).deposit(request, key: branch.newKey(), by: branch.teller)
        #expect(posted.largeValueReported)
        let rows = try reports(branch)
        #expect(rows.count == 1)
        #expect(rows.first?.entry == posted.entryID)
        #expect(rows.first?.direction == "in")
        #expect(rows.first?.amount == 5_000_000)
        #expect(rows.first?.dayTotal == 5_000_000)
        #expect(rows.first?.purpose == "sale of a car 卖车")
        try branch.expectCleanBooks()
    }

    @Test func theDaysSumAcrossOperationsCounts() throws {
        let (branch, account) = try branchWithCash()
        let service = CashService(branch.context)
        _ = try service.deposit(CashRequest(accountNumber: account.number, amount: 3_000_000, cash: cash(3_000_000)),
                                key: branch.newKey(), by: branch.teller)
        let second = try service.deposit(CashRequest(accountNumber: account.number, amount: 1_999_990, cash: cash(1_999_990)),
                                         key: branch.newKey(), by: branch.teller)
        #expect(!second.largeValueReported)
        var third = CashRequest(accountNumber: account.number, amount: 10, cash: cash(10))
        #expect(try service.assessDeposit(third, by: branch.teller).purposeRequired)
        #expect(failure { try service.deposit(third, key: branch.newKey(), by: branch.teller) }?.key == .largeValuePurposeRequired)
        third.purpose = "business takings"
        let posted = try service.deposit(third, key: branch.newKey(), by: branch.teller)
        #expect(posted.largeValueReported)
        let rows = try reports(branch)
        #expect(rows.count == 1)
        #expect(rows.first?.amount == 10)
        #expect(rows.first?.dayTotal == 5_000_000)
        try branch.expectCleanBooks()
    }

    @Test func theDaysSumIsPerCustomerAcrossAccountsAndTellers() throws {
        let (branch, account) = try branchWithCash()
        let second = try branch.account(customer: 0, balance: 0)
        let stranger = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer(branch.teller2, float: CashBreakdown([.yuan100: 500]))
        let service = CashService(branch.context)
        _ = try service.deposit(CashRequest(accountNumber: account.number, amount: 3_000_000, cash: cash(3_000_000)),
                                key: branch.newKey(), by: branch.teller)
        // Another customer's cash does not count toward this one's day.
        _ = try service.deposit(CashRequest(accountNumber: stranger.number, amount: 3_000_000, cash: cash(3_000_000)),
                                key: branch.newKey(), by: branch.teller)
        let other = CashRequest(accountNumber: second.number, amount: 2_000_000, cash: cash(2_000_000))
        #expect(try service.assessDeposit(other, by: branch.teller2).purposeRequired)
        var withPurpose = other
        withPurpose.purpose = "savings from home"
        #expect(try service.deposit(withPurpose, key: branch.newKey(), by: branch.teller2).largeValueReported)
    }

    @Test func aLargeWithdrawalIsReportedOutgoing() throws {
        let (branch, account) = try branchWithCash()
        try branch.verifyForWithdrawal(account)
        var request = CashRequest(accountNumber: account.number, amount: 5_000_000, cash: CashBreakdown([.yuan100: 500]))
        let needs = try CashService(branch.context).assessWithdrawal(request, by: branch.teller)
        #expect(needs.purposeRequired)
        #expect(needs.approvalReasons.isEmpty)
        request.purpose = "buying a car"
        let posted = try CashService(branch.context).withdraw(request, key: branch.newKey(), by: branch.teller)
        #expect(posted.largeValueReported)
        #expect(try reports(branch).first?.direction == "out")
        try branch.expectCleanBooks()
    }

    @Test func aReversedOperationDoesNotCountTowardTheDay() throws {
        let (branch, account) = try branchWithCash()
        let service = CashService(branch.context)
        let mistaken = try service.deposit(CashRequest(accountNumber: account.number, amount: 3_000_000, cash: cash(3_000_000)),
                                           key: branch.newKey(), by: branch.teller)
        _ = try ReversalService(branch.context).reverse(entryID: mistaken.entryID, reason: "wrong account", key: branch.newKey(),
                                                        by: branch.supervisor)
        let request = CashRequest(accountNumber: account.number, amount: 4_000_000, cash: cash(4_000_000))
        #expect(try service.assessDeposit(request, by: branch.teller).purposeRequired == false)
        let posted = try service.deposit(request, key: branch.newKey(), by: branch.teller)
        #expect(!posted.largeValueReported)
        #expect(try reports(branch).isEmpty)
    }

    @Test func theNextBusinessDayStartsAfresh() throws {
        let (branch, account) = try branchWithCash()
        var big = CashRequest(accountNumber: account.number, amount: 4_000_000, cash: cash(4_000_000), purpose: "")
        _ = try CashService(branch.context).deposit(big, key: branch.newKey(), by: branch.teller)
        _ = try DrawerService(branch.context).count(try branch.drawerCash(), by: branch.teller)
        _ = try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller),
                                                      by: branch.teller)
        try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-06")!, by: branch.supervisor)
        try branch.openDrawer(float: CashBreakdown([.yuan100: 100]))
        big.amount = 2_000_000
        big.cash = cash(2_000_000)
        #expect(try CashService(branch.context).assessDeposit(big, by: branch.teller).purposeRequired == false)
        try branch.expectCleanBooks()
    }

    @Test func theThresholdIsASettingTheAdministratorChanges() throws {
        let (branch, account) = try branchWithCash()
        let refusal = failure { try CashRulesService(branch.context).set("cash.large_value_threshold", minorUnits: 1_000_000, by: branch.teller) }
        #expect(refusal == LocalizedMessage(.errorForbidden, Permission.branchSettings.rawValue))
        try CashRulesService(branch.context).set("cash.large_value_threshold", minorUnits: 1_000_000, by: branch.admin)
        #expect(CashRulesService(branch.context).rules().largeValueThreshold == 1_000_000)
        let below = CashRequest(accountNumber: account.number, amount: 999_990, cash: cash(999_990))
        #expect(try CashService(branch.context).assessDeposit(below, by: branch.teller).purposeRequired == false)
        var at = CashRequest(accountNumber: account.number, amount: 1_000_000, cash: cash(1_000_000))
        #expect(try CashService(branch.context).assessDeposit(at, by: branch.teller).purposeRequired)
        #expect(failure { try CashService(branch.context).deposit(at, key: branch.newKey(), by: branch.teller) }
                == LocalizedMessage(.largeValuePurposeRequired, "10,000.00"))
        at.purpose = "rent collected"
        #expect(try CashService(branch.context).deposit(at, key: branch.newKey(), by: branch.teller).largeValueReported)
        let unknown = failure { try CashRulesService(branch.context).set("cash.no_such_rule", minorUnits: 1, by: branch.admin) }
        #expect(unknown?.key == .cashRuleUnknown)
    }
}
