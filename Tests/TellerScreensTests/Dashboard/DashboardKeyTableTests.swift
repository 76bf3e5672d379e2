import Testing
import TerminalUI
@testable import TellerScreens

/// The dashboard's key tables hold in realistic states: the overview, a
/// breakdown (whose list moves), and the dates form (see `DeskKeyTableChecks`).
@Suite struct DashboardKeyTableTests {
    @Test func theOverview() throws {
        let w = try Workstation.wide(signedInAs: "super")
        let table = DashboardScreen(session: w.session).keyTable(w.session)
        #expect(table.action(for: .tab) == .step(1) && table.action(for: .backTab) == .step(-1))
        #expect(table.action(for: .down) == nil)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { w.shown(DashboardScreen(session: w.session)) }
    }

    @Test func aBreakdownMovesItsList() throws {
        let w = try Workstation.wide(signedInAs: "super")
        let counters = {
            let screen = w.shown(DashboardScreen(session: w.session))
            w.feed(screen, .character("3"))
            return w.shown(screen)
        }
        #expect(counters().keyTable(w.session).action(for: .down) == .move)
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false, counters)
    }

    @Test func theDatesForm() throws {
        let w = try Workstation.wide(signedInAs: "super")
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) {
            let screen = DashboardScreen(session: w.session)
            w.feed(screen, .character("r"))
            return screen
        }
    }
}
