import BankCore
import BranchServices
import Testing
import TerminalUI
@testable import TellerScreens

/// The journal desk's key tables hold in realistic states: the journal as a
/// supervisor and as a teller sees it, with its search form open, a
/// reversal's reason, and a statement before and after an account is chosen
/// (see `DeskKeyTableChecks`).
@Suite struct JournalKeyTableTests {
    @Test func theJournalAsASupervisorAndAsATeller() throws {
        let w = try Workstation.wide(signedInAs: "super")
        #expect(JournalScreen(session: w.session).keyTable(w.session).action(for: .character("r")) == .reverse)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { JournalScreen(session: w.session) }
        w.session.signedIn = try w.demoOperator("teller")
        #expect(JournalScreen(session: w.session).keyTable(w.session).action(for: .character("r")) == nil)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { JournalScreen(session: w.session) }
    }

    @Test func theJournalsSearchForm() throws {
        let w = try Workstation.wide(signedInAs: "super")
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) {
            let screen = JournalScreen(session: w.session)
            w.feed(screen, .character("f"))
            return screen
        }
    }

    @Test func aReversalsReason() throws {
        let w = try Workstation.wide(signedInAs: "super")
        let line = try #require(JournalScreen(session: w.session).lines.first)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { JournalReversalScreen(line: line) }
    }

    @Test func aStatementBeforeAndAfterTheAccountIsChosen() throws {
        let w = try Workstation.wide(signedInAs: "teller")
        let accounts = try w.demoAccounts().prefix(2).map(\.number)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { StatementScreen(session: w.session) }
        #expect(StatementScreen(session: w.session, accountNumber: accounts[0], customerAccounts: accounts)
            .keyTable(w.session).action(for: .character("n")) == .next)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) {
            StatementScreen(session: w.session, accountNumber: accounts[0], customerAccounts: accounts)
        }
    }
}
