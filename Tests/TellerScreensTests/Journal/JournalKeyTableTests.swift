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
    private func workstation(as username: String) throws -> Workstation {
        let w = try Workstation(width: 200, height: 60)
        try w.signIn(as: username)
        return w
    }

    @Test func theJournalAsASupervisorAndAsATeller() throws {
        let w = try workstation(as: "super")
        #expect(JournalScreen(session: w.session).keyTable(w.session).action(for: .character("r")) == .reverse)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { JournalScreen(session: w.session) }
        w.session.signedIn = try w.demoOperator("teller")
        #expect(JournalScreen(session: w.session).keyTable(w.session).action(for: .character("r")) == nil)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { JournalScreen(session: w.session) }
    }

    @Test func theJournalsSearchForm() throws {
        let w = try workstation(as: "super")
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) {
            let screen = JournalScreen(session: w.session)
            w.feed(screen, .character("f"))
            return screen
        }
    }

    @Test func aReversalsReason() throws {
        let w = try workstation(as: "super")
        let line = try #require(JournalScreen(session: w.session).lines.first)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { JournalReversalScreen(line: line) }
    }

    @Test func aStatementBeforeAndAfterTheAccountIsChosen() throws {
        let w = try workstation(as: "teller")
        let accounts = try w.demoAccounts().prefix(2).map(\.number)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { StatementScreen(session: w.session) }
        #expect(StatementScreen(session: w.session, accountNumber: accounts[0], customerAccounts: accounts)
            .keyTable(w.session).action(for: .character("n")) == .next)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) {
            StatementScreen(session: w.session, accountNumber: accounts[0], customerAccounts: accounts)
        }
    }
}
