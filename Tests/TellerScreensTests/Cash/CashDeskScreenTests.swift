import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13 at the screens: the approval form names who may approve and
/// refuses an approver without the limit before the PIN; the business date
/// moves through the day-close checklist; one operator, one terminal; the
/// cash position views.
@Suite struct CashDeskScreenTests {
    @Test func theApprovalFormNamesWhoMayApproveAndRefusesOthersBeforeThePIN() throws {
        let w = try Workstation()
        let teller = try w.tellerWithOpenDrawer()
        // Supervisors approve up to 100,000.00 here; the manager's own limit is 20,000,000.00.
        try CashRulesService(w.context).set("limit.supervisor.approve", minorUnits: 10_000_000, by: try w.queueOperator("admin"))
        let account = try w.soleAccount()
        try w.openCashHubItem("1")
        w.fill(account.number)
        w.fill("150000")
        w.type("1500")
        w.press(.control("s"))
        w.type("sale of a car")
        w.press(.control("s"))
        #expect(w.title == "Supervisor approval")
        #expect(w.hasLine("Can approve: Zhou Hua 周华 (manager)"))
        w.type("super")
        w.press(.tab)
        #expect(w.messageLine.contains("super cannot approve CNY 150,000.00. Ask: Zhou Hua 周华 (manager)."))
        #expect(w.hasLine("Not within their approval limit"))
        #expect(w.screen.contains("PIN"))
        for _ in 0..<5 { w.press(.backspace) }
        w.type("manager")
        w.press(.tab)
        w.type("680246")
        w.press(.tab)
        w.type("known customer")
        w.press(.enter)
        #expect(w.hasLine("Approved by", "manager — known customer"))
        w.press(.enter)
        let entry = try #require(try w.entries(.deposit).last)
        #expect(entry.int("approver_id") == (try w.queueOperator("manager")).id)
        #expect(entry.int("maker_id") == teller.id)
    }

    /// Moves the business date on the settings screen to `date` and returns.
    private func moveDate(_ w: Workstation, to date: BusinessDate) throws {
        try w.open(.settings)
        w.press(.tab, .tab)
        for _ in 0..<10 { w.press(.backspace) }
        w.type(date.description)
        w.press(.enter)
    }

    @Test func theDateMovesOnlyThroughTheDayCloseChecklist() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        w.press(.function(10))
        try w.signIn(as: "super")
        let today = try #require(BusinessDate(w.businessDate))
        try moveDate(w, to: today.adding(days: 1))
        #expect(w.title == "Close the business day")
        #expect(w.hasLine("✗ Close the day after every drawer is counted"))
        #expect(w.hasLine("still open:") && w.screen.contains("teller."))
        w.press(.enter)
        #expect(w.messageLine.contains("Close the day after every drawer is counted and signed off"))
        #expect(w.context.branch()?.businessDate == today)
    }

    @Test func skippingDaysNeedsTheNumberOfDaysTypedBack() throws {
        let w = try Workstation()
        try w.signIn(as: "super")
        let today = try #require(BusinessDate(w.businessDate))
        let target = today.adding(days: 3)
        try moveDate(w, to: target)
        #expect(w.title == "Close the business day")
        #expect(w.hasLine("✓", "The vault balances"))
        #expect(w.screen.contains("This moves the business date 3 days"))
        w.press(.enter)
        #expect(w.context.branch()?.businessDate == today)
        w.type("3")
        w.press(.enter)
        #expect(w.context.branch()?.businessDate == target)
        #expect(w.messageLine.contains("Business day closed; the branch now trades on \(target)."))
    }

    @Test func aSecondTerminalCannotSignInTheSameOperator() throws {
        let w = try Workstation()
        let other = try BranchContext.open(path: w.context.database.path, clock: w.clock, terminal: "branch-pc/pts/3", pinIterations: 1_000)
        _ = try AuthenticationService(other).signIn(username: "teller", pin: "135790")
        w.signIn("teller", "135790")
        #expect(w.session.signedIn == nil)
        #expect(w.messageLine.contains("signed in at terminal branch-pc/pts/3"))
    }

    @Test func aTellerSeesTheirPositionAndTheSupervisorEveryDrawerAndPrints() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        try w.openCashItem("Cash positions")
        #expect(w.hasLine("Should hold", "CNY "))
        #expect(w.hasLine("Float"))
        w.press(.function(10))
        try w.signIn(as: "super")
        try w.openCashItem("Cash positions")
        #expect(w.hasLine("teller", "open"))
        #expect(w.hasLine("Vault: CNY", "balanced with the ledger"))
        w.press(.character("p"))
        #expect(w.messageLine.contains("Cash position report written:"))
    }
}
