import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// From the counter, m opens cash and transfers for the customer being
/// served: the deposit screen names the ticket, prefills their only CNY
/// account, and the posted entry is linked to the ticket.
@Suite struct CounterCashTests {
    @Test func theCalledTicketsCustomerIsPrefilledAndTheEntryLinksToTheTicket() throws {
        let w = try Workstation()
        _ = try w.tellerWithOpenDrawer()
        try w.open(.counter)
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        w.press(.character("n"))
        #expect(w.hasLine("V001"))
        #expect(w.hasLine("m: Cash and transfers   p: Complaint"))
        let ticket = try #require(try w.ticket("V001")).ticket
        let customerID = try #require(ticket.customerID)
        let accounts = try w.accounts().filter { $0.customerID == customerID && $0.currency == .cny }
        try #require(accounts.count == 1)

        w.press(.character("m"))
        #expect(w.title == "Cash and transfers")
        w.press(.character("1"))
        #expect(w.title == "Cash deposit")
        #expect(w.hasLine("For ticket V001"))
        #expect(w.hasLine("Account number", accounts[0].number))
        w.fill("200")  // the amount has focus
        w.type("2")
        w.press(.control("s"))
        w.press(.enter)
        let entry = try #require(try w.entries(.deposit).first)
        #expect(entry.int("ticket_id") == ticket.id)
        #expect(entry.int("account_id") == accounts[0].id)

        // Esc twice: back through the hub to the counter, still serving V001.
        w.press(.escape, .escape)
        #expect(w.title == "Counter 1")
        #expect(w.hasLine("V001"))
    }
}
