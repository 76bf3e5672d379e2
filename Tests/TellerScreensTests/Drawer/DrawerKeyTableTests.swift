import BankCore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// The drawer desk's key tables hold in realistic states: the drawer closed,
/// open and as a supervisor sees it, a count, the reconciliation after the
/// blind count, cash positions, the books and a blocked day close (see
/// `DeskKeyTableChecks`).
@Suite struct DrawerKeyTableTests {
    @Test func theDrawerClosedOffersOpeningOnly() throws {
        let w = try Workstation.wide(signedInAs: "teller")
        #expect(DrawerScreen(session: w.session).keyTable(w.session).bindings.map(\.action) == [.open])
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { DrawerScreen(session: w.session) }
    }

    @Test func theDrawerOpen() throws {
        let w = try Workstation.wide()
        _ = try w.tellerWithOpenDrawer()
        #expect(DrawerScreen(session: w.session).keyTable(w.session).bindings.map(\.action) == [.buy, .sell, .count])
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { DrawerScreen(session: w.session) }
    }

    @Test func theSupervisorAlsoReceivesIntoTheVault() throws {
        let w = try Workstation.wide(signedInAs: "super")
        #expect(DrawerScreen(session: w.session).keyTable(w.session).action(for: .character("v")) == .receive)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { DrawerScreen(session: w.session) }
    }

    @Test func aCount() throws {
        let w = try Workstation.wide(signedInAs: "teller")
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) {
            CashCountScreen(heading: .drawerOpenDay, intro: [], question: .drawerOpenQuestion) { _, _, _, _ in .handled }
        }
    }

    @Test func theReconciliationAfterTheBlindCount() throws {
        let w = try Workstation.wide()
        let teller = try w.tellerWithOpenDrawer()
        let reconciliation = try DrawerService(w.context).count(CashBreakdown([.yuan100: 999]), by: teller)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { DrawerReconciliationScreen(reconciliation: reconciliation) }
    }

    @Test func cashPositionsAndTheBooks() throws {
        let w = try Workstation.wide(signedInAs: "super")
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { CashPositionScreen(session: w.session) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { BooksScreen(session: w.session) }
    }

    @Test func aTellersOwnCashPositionHasNoKeys() throws {
        let w = try Workstation.wide(signedInAs: "teller")
        let screen = CashPositionScreen(session: w.session)
        #expect(screen.keyTable(w.session).bindings.isEmpty)
        try DeskKeyTableChecks.expectOtherKeysDoNothing(w) { CashPositionScreen(session: w.session) }
    }

    @Test func aDayCloseBlockedByAnOpenDrawer() throws {
        let w = try Workstation.wide()
        _ = try w.tellerWithOpenDrawer()
        w.session.signedIn = try w.demoOperator("super")
        let target = BusinessDate(date: fixedInstant).adding(days: 1)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { DayCloseScreen(to: target) }
    }
}
