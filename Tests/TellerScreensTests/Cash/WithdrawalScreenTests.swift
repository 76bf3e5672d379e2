import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The withdrawal screen: the payout suggested from the drawer, the customer
/// verified with their PIN before anything posts, then confirm and post.
@Suite struct WithdrawalScreenTests {
    @Test func withdrawalAsksForVerificationThenPosts() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try w.openCashHubItem("2")
        #expect(w.title == "Cash withdrawal")
        w.fill(account.number)
        w.fill("1234.5")
        // Leaving the amount fills the payout from the drawer, largest notes first.
        #expect(w.hasLine("100 × 12", "20 × 1", "10 × 1"))
        #expect(w.hasLine("1 × 4", "0.50 × 1"))
        #expect(w.hasLine("Counted 1,234.50 / 1,234.50  matches the amount"))
        w.press(.control("s"))

        // Verification first: only PIN and one-time code count for money.
        let holder = try #require(try CustomerRepository(db: w.context.database).find(id: account.customerID))
        #expect(w.title == "Verify \(holder.name)")
        #expect(w.hasLine("For service: cash withdrawal from \(AccountNumber.masked(account.number))"))
        #expect(!w.hasLine("Result"))
        #expect(try w.entries(.withdrawal).isEmpty)
        w.press(.tab)
        w.type("111111")
        w.press(.control("s"))
        #expect(w.title == "Verify \(holder.name)")
        w.type("258036")
        w.press(.control("s"))

        #expect(w.title == "Cash withdrawal")
        #expect(w.hasLine("Check with the customer, then post"))
        #expect(w.hasLine("Notes and coins", "100×12 20×1 10×1 1×4 0.50×1"))
        w.press(.enter)
        let entryID = try #require(try w.entries(.withdrawal).first?.int("id"))
        #expect(w.messageLine == " Posted: entry \(entryID).")
        #expect(try w.account(account.number).balance == account.balance - 123_450)
        #expect(w.hasLine("Balance after", AmountParser.format(account.balance - 123_450)))
    }

    @Test func withdrawalAboveTheTellersAuthorityGoesThroughTheSupervisor() throws {
        let w = try Workstation()
        let teller = try w.tellerWithOpenDrawer()
        // The largest CNY account of a customer with only one account.
        let all = try w.accounts()
        let account = try #require(all.filter { account in
            account.status == .active && account.currency == .cny && all.filter { $0.customerID == account.customerID }.count == 1
        }.max { $0.balance < $1.balance })
        try #require(account.balance > 6_000_000)
        try w.openCashHubItem("2")
        w.fill(account.number)
        w.fill("60000")
        w.press(.control("s"))
        // Large cash: the purpose is asked for (and focused) before anything else.
        #expect(w.hasLine("! Large cash: enter the source or purpose of the funds"))
        #expect(w.title == "Cash withdrawal")
        w.type("school fees")
        w.press(.control("s"))
        // Verify with the one-time code (the second method).
        w.press(.right, .tab)
        w.type(w.oneTimeCode)
        w.press(.control("s"))

        #expect(w.title == "Supervisor approval")
        #expect(w.hasLine("Above your authority of 50,000.00"))
        w.fill("super")
        w.fill("802468")
        w.fill("large withdrawal")
        #expect(w.messageLine == " Approved by super.")
        #expect(w.hasLine("Approved by", "super — large withdrawal"))
        w.press(.enter)
        let entry = try #require(try w.entries(.withdrawal).first)
        let supervisor = try w.queueOperator("super")
        #expect(entry.int("approver_id") == supervisor.id)
        #expect(entry.int("maker_id") == teller.id)
        #expect(entry.string("approval_reason") == "large withdrawal")
        #expect(w.hasLine("Large-value report recorded."))
    }
}
