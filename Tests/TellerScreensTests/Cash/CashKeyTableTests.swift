import BankCore
import BranchServices
import Testing
import TerminalUI
@testable import TellerScreens

/// The cash desk's key tables hold in realistic states: the hub, deposit and
/// withdrawal at every stage (entry, confirmation, result), the transfer form
/// and the supervisor's approval (see `DeskKeyTableChecks`).
@Suite struct CashKeyTableTests {
    /// The teller with an open drawer, on a terminal where nothing folds away.
    private func teller() throws -> Workstation {
        let w = try Workstation.wide()
        _ = try w.tellerWithOpenDrawer()
        return w
    }

    /// A deposit screen fed keys directly: account, 100 yuan in one note, submitted (now confirming). Small,
    /// so the many made here stay under the large-cash threshold.
    private func confirmingDeposit(_ w: Workstation, account: String) -> CashOperationScreen {
        let screen = CashOperationScreen(session: w.session, direction: .deposit)
        w.feed(screen, text: account)
        w.feed(screen, .enter)
        w.feed(screen, text: "100")
        w.feed(screen, .enter)
        w.feed(screen, text: "1")
        w.feed(screen, .control("s"))
        return screen
    }

    @Test func theHub() throws {
        let w = try teller()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { CashHubScreen(session: w.session) }
    }

    @Test func depositAndWithdrawalEntry() throws {
        let w = try teller()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { CashOperationScreen(session: w.session, direction: .deposit) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { CashOperationScreen(session: w.session, direction: .withdrawal) }
    }

    @Test func depositConfirmation() throws {
        let w = try teller()
        let account = try w.soleAccount().number
        #expect(confirmingDeposit(w, account: account).keyTable(w.session).action(for: .enter) == .post)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { confirmingDeposit(w, account: account) }
    }

    @Test func depositResult() throws {
        let w = try teller()
        let account = try w.soleAccount().number
        let posted = {
            let screen = confirmingDeposit(w, account: account)
            w.feed(screen, .enter)
            guard case .done = screen.stage else { throw CashKeyTableProblem.notPosted }
            return screen
        }
        #expect(try posted().keyTable(w.session).action(for: .character("n")) == .another)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false, posted)
    }

    @Test func transferEntryHasThePayeeKey() throws {
        let w = try teller()
        #expect(TransferScreen(session: w.session).keyTable(w.session).action(for: .control("p")) == .entry(.pickPayee))
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { TransferScreen(session: w.session) }
    }

    @Test func supervisorApproval() throws {
        let w = try teller()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) {
            SupervisorApprovalScreen(why: ["above the teller's authority"]) { _, _ in .navigate(.pop) }
        }
    }
}

/// A deposit made for a check did not reach its result view.
enum CashKeyTableProblem: Error { case notPosted }
