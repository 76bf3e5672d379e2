import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The transfer screen: a one-time code from the threshold up (a PIN is not
/// offered), a supervisor above the teller's authority, another bank's payee
/// saved and picked again with Ctrl-P.
@Suite struct TransferScreenTests {
    @Test func aTransferFromTheThresholdUpDemandsAOneTimeCode() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        let from = try w.accounts()[0]
        let to = try w.soleAccount()
        try w.openCashHubItem("3")
        #expect(w.title == "Transfer")
        w.fill(from.number)
        w.press(.enter)  // this bank
        w.fill(to.number)
        w.fill("50000")
        w.press(.enter)  // no memo: Enter on the last field submits

        let holder = try #require(try CustomerRepository(db: w.context.database).find(id: from.customerID))
        #expect(w.title == "Verify \(holder.name)")
        #expect(w.messageLine == " From this amount the customer must confirm with a one-time code.")
        #expect(w.hasLine("Method", "< One-time code >"))
        w.press(.right)
        #expect(w.hasLine("Method", "< One-time code >"))  // the only method offered
        w.press(.tab)
        w.type(w.oneTimeCode)
        w.press(.control("s"))

        #expect(w.title == "Transfer")
        #expect(w.hasLine("From account", AccountNumber.masked(from.number), holder.name))
        #expect(w.hasLine("To account", AccountNumber.masked(to.number)))
        #expect(w.hasLine("Amount", "50,000.00"))
        w.press(.enter)
        let entry = try #require(try w.entries(.transfer).last)
        #expect(entry.int("amount") == 5_000_000)
        #expect(try w.account(from.number).balance == from.balance - 5_000_000)
        #expect(try w.account(to.number).balance == to.balance + 5_000_000)
        #expect(w.hasLine("Balance after", AmountParser.format(from.balance - 5_000_000)))
    }

    @Test func aboveTheTellersAuthorityTheSupervisorApprovesAndTheyAreRecorded() throws {
        let w = try Workstation()
        let teller = try w.tellerWithOpenDrawer()
        let from = try w.accounts()[0]
        // Enough money first: a large deposit the supervisor approved.
        let approval = try AuthenticationService(w.context).approve(username: "super", pin: "802468", reason: "car sale", maker: teller)
        _ = try CashService(w.context).deposit(
            CashRequest(accountNumber: from.number, amount: 15_000_000, cash: CashBreakdown([.yuan100: 1500]), purpose: "car sale"),
            key: "setup-deposit-1", approval: approval, by: teller)
        let before = try w.account(from.number).balance

        try w.openCashHubItem("3")
        w.fill(from.number)
        w.press(.right, .enter)  // another bank
        w.fill("Zhao Lei")
        w.fill("Bank of Hangzhou")
        w.fill("6228480012345678")
        w.press(.right, .enter)  // save the payee
        w.fill("250000")
        w.fill("house")

        w.press(.tab)
        w.type(w.oneTimeCode)
        w.press(.control("s"))
        #expect(w.title == "Supervisor approval")
        #expect(w.hasLine("Above your authority of 200,000.00"))
        w.fill("super")
        w.fill("802468")
        w.fill("known customer")
        #expect(w.hasLine("To account", "Zhao Lei, Bank of Hangzhou, 622848******5678"))
        #expect(w.hasLine("The payee will be saved for next time."))
        #expect(w.hasLine("Approved by", "super — known customer"))
        w.press(.enter)

        let entry = try #require(try w.entries(.externalTransfer).first)
        #expect(entry.int("approver_id") == (try w.queueOperator("super")).id)
        #expect(entry.int("maker_id") == teller.id)
        #expect(entry.string("approval_reason") == "known customer")
        #expect(try w.account(from.number).balance == before - 25_000_000)
        let payees = try TransferService(w.context).payees(customerID: from.customerID, by: teller)
        #expect(payees.map(\.name) == ["Zhao Lei"])

        // n: another transfer; Ctrl-P fills the saved payee in.
        w.press(.character("n"))
        #expect(w.hasLine("From account", from.number))
        w.press(.control("p"))
        #expect(w.messageLine == " Saved payee 1 of 1.")
        #expect(w.hasLine("< Another bank >"))
        #expect(w.hasLine("Payee name", "Zhao Lei"))
        #expect(w.hasLine("Payee's account", "6228480012345678"))
    }
}
