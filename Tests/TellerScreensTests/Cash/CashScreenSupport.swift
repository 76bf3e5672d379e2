import BankCore
import BankCrypto
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Helpers for the money screens: the teller signed in with an open drawer,
/// the demo accounts as stored, one-time codes at the manual clock's time,
/// and counts of journal entries.
extension Workstation {
    /// Signs the teller in and opens their drawer with a float the supervisor verified.
    func tellerWithOpenDrawer() throws -> Operator {
        try signIn(as: "teller")
        let teller = try #require(session.signedIn)
        let approval = try AuthenticationService(context).approve(username: "super", pin: "802468", reason: "float", maker: teller)
        let float = CashBreakdown([.yuan100: 1000, .yuan50: 100, .yuan20: 100, .yuan10: 100, .yuan5: 100, .yuan1: 100, .jiao5: 100, .jiao1: 100])
        _ = try DrawerService(context).open(float: float, key: "open-\(UUID().uuidString)", approval: approval, by: teller)
        return teller
    }

    /// Every account of the demo branch, in the order they were opened.
    func accounts() throws -> [AccountRecord] {
        let repository = AccountRepository(db: context.database)
        return try context.database.query("SELECT id FROM accounts ORDER BY id").compactMap { row in
            try row.int("id").flatMap { try repository.account(id: $0) }
        }
    }

    /// A demo account in CNY with the given status whose customer has only that one account.
    func soleAccount(_ status: AccountStatus = .active) throws -> AccountRecord {
        let all = try accounts()
        return try #require(all.first { account in
            account.status == status && account.currency == .cny && all.filter { $0.customerID == account.customerID }.count == 1
        })
    }

    func account(_ number: String) throws -> AccountRecord {
        try #require(try AccountRepository(db: context.database).account(number: number))
    }

    /// The demo customers' one-time code at the clock's current time.
    var oneTimeCode: String {
        TOTP.code(secret: Base32.decode("JBSWY3DPEHPK3PXP") ?? [], at: clock.now())
    }

    /// Journal entries of one kind.
    func entries(_ kind: EntryKind) throws -> [Row] {
        try context.database.query("SELECT * FROM journal_entries WHERE kind = ? ORDER BY id", [.text(kind.rawValue)])
    }

    /// From the main menu: Cash and transfers, then the item with this number.
    func openCashHubItem(_ number: Character) throws {
        try open(.cash)
        press(.character(number))
    }

    /// Types text into the focused field and moves on with Enter.
    func fill(_ text: String) {
        type(text)
        press(.enter)
    }

    func say(_ message: LocalizedMessage) -> String { " " + message.text(in: Strings(.english)) }
}
