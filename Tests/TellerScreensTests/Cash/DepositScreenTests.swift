import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The deposit screen driven by keys: count, confirm, post, result; refused
/// amounts and counts; a frozen account; a second confirm posting nothing.
@Suite struct DepositScreenTests {
    /// Opens the deposit screen and fills account, amount and the count of 100-yuan notes.
    private func enterDeposit(_ w: Workstation, account: String, amount: String, hundreds: String) throws {
        try w.openCashHubItem("1")
        #expect(w.title == "Cash deposit")
        w.fill(account)
        w.fill(amount)
        w.type(hundreds)
        w.press(.control("s"))
    }

    @Test func depositPostsMovesTheBalanceAndWritesTheVoucher() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "1000", hundreds: "10")

        // The confirmation view: masked account, the holder's name, the amount and the count.
        #expect(w.hasLine("Check with the customer, then post"))
        #expect(w.hasLine("Account number", AccountNumber.masked(account.number)))
        #expect(!w.screen.contains(account.number))
        let holder = try #require(try CustomerRepository(db: w.context.database).find(id: account.customerID))
        #expect(w.hasLine("Customer", holder.name))
        #expect(w.hasLine("Amount", "CNY 1,000.00"))
        #expect(w.hasLine("Notes and coins", "100×10"))
        #expect(try w.entries(.deposit).isEmpty)

        w.press(.enter)
        let entry = try #require(try w.entries(.deposit).first)
        let entryID = try #require(entry.int("id"))
        #expect(w.messageLine == " Posted: entry \(entryID).")
        #expect(try w.account(account.number).balance == account.balance + 100_000)
        #expect(w.hasLine("Entry no.", String(entryID)))
        #expect(w.hasLine("Balance after", AmountParser.format(account.balance + 100_000)))
        let voucher = try #require(try CashRecordsRepository(db: w.context.database).voucher(entryID: entryID))
        #expect(w.hasLine("Voucher no.", String(format: "%08lld", voucher.sequence)))
        #expect(FileManager.default.fileExists(atPath: voucher.path))
        #expect(try String(contentsOfFile: voucher.path, encoding: .utf8).contains("1,000.00"))
        #expect(!w.screen.contains("Large-value report recorded."))
    }

    @Test func anAmountWithThreeDecimalsIsRefusedWithTheReason() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "10.005", hundreds: "")
        #expect(w.hasLine("! At most 2 decimals: the fen is the smallest unit."))
        #expect(w.title == "Cash deposit")
        #expect(!w.hasLine("Check with the customer"))
        #expect(try w.entries(.deposit).isEmpty)
    }

    @Test func aCountThatDoesNotMatchTheAmountIsRefused() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "1000", hundreds: "9")
        #expect(w.hasLine("Counted 900.00 / 1,000.00", "differs by 100.00"))
        #expect(w.messageLine == w.say(LocalizedMessage(.cashTotalMismatch, "900.00", "1,000.00")))
        #expect(!w.hasLine("Check with the customer"))
        #expect(try w.entries(.deposit).isEmpty)
    }

    @Test func aFrozenAccountIsRefusedWithTheWayForward() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let frozen = try w.soleAccount(.frozen)
        try enterDeposit(w, account: frozen.number, amount: "100", hundreds: "1")
        #expect(w.messageLine == w.say(LocalizedMessage(.accountFrozen, AccountNumber.masked(frozen.number))))
        #expect(w.messageLine.contains("A supervisor must lift the freeze first"))
        #expect(try w.entries(.deposit).isEmpty)
    }

    @Test func confirmingTwicePostsOnce() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "500", hundreds: "5")
        w.press(.enter, .enter)
        #expect(try w.entries(.deposit).count == 1)
        #expect(try w.account(account.number).balance == account.balance + 50_000)
        #expect(w.hasLine("Done"))
    }

    @Test func largeCashNeedsTheSourceOfFundsAndIsReported() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "50000", hundreds: "500")
        #expect(w.hasLine("! Large cash: enter the source or purpose of the funds"))
        #expect(!w.hasLine("Check with the customer"))
        w.type("salary savings")
        w.press(.control("s"))
        #expect(w.hasLine("Source of funds", "salary savings"))
        w.press(.enter)
        #expect(w.hasLine("Large-value report recorded."))
        let entryID = try #require(try w.entries(.deposit).first?.int("id"))
        #expect(try CashRecordsRepository(db: w.context.database).largeValueReportCount(entryID: entryID) == 1)
    }

    @Test func aFailedPostIsRetriedWithTheSameKey() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "300", hundreds: "3")
        // Behind the screen's back the account is frozen: the post is refused and nothing moves.
        let accounts = AccountRepository(db: w.context.database)
        try accounts.setStatus(accountID: account.id, .frozen)
        w.press(.enter)
        #expect(w.messageLine == w.say(LocalizedMessage(.accountFrozen, AccountNumber.masked(account.number))))
        #expect(w.hasLine("Check with the customer, then post"))
        let screen = try #require(w.app.stack.last as? CashOperationScreen)
        let key = try #require(screen.idempotencyKey)
        #expect(try w.entries(.deposit).isEmpty)

        // Lifted again: Enter retries with the key fixed at the first confirmation.
        try accounts.setStatus(accountID: account.id, .active)
        w.press(.enter)
        let entry = try #require(try w.entries(.deposit).first)
        #expect(entry.string("idempotency_key") == key)
        #expect(try w.entries(.deposit).count == 1)

        // Esc from the result, new operation: a new confirmation gets a new key.
        w.press(.character("n"))
        #expect(screen.idempotencyKey == nil)
    }

    @Test func withoutAnOpenDrawerTheTellerIsToldToOpenIt() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        let account = try w.soleAccount()
        try enterDeposit(w, account: account.number, amount: "100", hundreds: "1")
        #expect(w.messageLine == " Your cash drawer is not open. Open it with a counted float first (Cash and transfers → Teller drawer).")
        #expect(try w.entries(.deposit).isEmpty)
    }

    @Test func theFormSpeaksChinese() throws {
        let w = try Workstation(language: .chinese)
        _ = try w.tellerWithOpenDrawer()
        try w.openCashHubItem("1")
        #expect(w.title == "现金存款")
        #expect(w.hasLine("账号"))
        #expect(w.hasLine("券别明细"))
        #expect(w.hasLine("资金来源"))
        w.fill("1")
        w.fill("1.234")
        w.press(.control("s"))
        #expect(w.hasLine("! 最多 2 位小数：最小单位为分。"))
    }
}
