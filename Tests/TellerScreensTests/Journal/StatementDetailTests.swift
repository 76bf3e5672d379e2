import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13: opening a statement is audited, and each line shows its time
/// and the other side of the operation.
@Suite struct StatementDetailTests {
    @Test func openingAStatementIsAuditedAndLinesShowTimeAndCounterparty() throws {
        let station = try Workstation()
        try station.signIn(as: "teller")
        let number = try #require(try station.demoAccounts().first?.number)
        let opened = { try station.context.database.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'statement.open'") ?? 0 }
        #expect(try opened() == 0)
        try station.openCashItem("Account statement")
        station.type(number)
        station.press(.enter)
        let screen = try #require(station.app.topScreen as? StatementScreen)
        #expect(try opened() == 1)
        let row = try #require(try station.context.database.queryOne(
            "SELECT subject, operator_id FROM audit_log WHERE action = 'statement.open'"))
        #expect(row.string("subject") == "account \(AccountNumber.masked(number))")
        // The busy account's transfers name the other account (masked) and its holder.
        let transfer = try #require(screen.lines.first { $0.kind == .transfer })
        #expect(!transfer.counterparty.isEmpty)
        #expect(station.screen.contains(transfer.counterparty))
        #expect(station.screen.contains(LocalTimeText.hoursMinutes(transfer.at)))
    }
}
