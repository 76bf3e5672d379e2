import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The one table of destinations: every desk once, in menu order, with its
/// key, and the permission check the menu and Ctrl-G apply is BankCore's.
struct DestinationTableTests {
    @Test func everyDestinationHasExactlyOneRowInMenuOrder() {
        #expect(Destinations.rows.map(\.id) == Destination.allCases)
        #expect(Set(Destinations.rows.map(\.title)).count == Destinations.rows.count)
    }

    @Test func menuKeysAreStableAndLeaveTheMenusOwnKeysFree() {
        // Each desk keeps the key of its place: digits 1–9, then A to E.
        #expect(String(Destinations.rows.map(\.hotkey)) == "123456789ABCDE")
        for row in Destinations.rows {
            #expect(!"0LSQ".contains(row.hotkey), "\(row.id) takes a key the menu or the go-to list needs")
            #expect(MenuHotkeys.key(for: row.id) == row.hotkey)
        }
    }

    @Test(arguments: Role.allCases)
    func theTablesPermissionCheckIsTheRolesPermissions(_ role: Role) {
        let expected = Destination.allCases.filter { destination in
            guard let permission = destination.requiredPermission else { return true }
            return role.may(permission)
        }
        #expect(Destinations.available(to: role).map(\.id) == expected)
    }

    /// The menu and the go-to list show exactly the table's rows the operator may use, with their keys and titles.
    @Test(arguments: DemoBranch.logins.map(\.username))
    func theMenuAndTheGoToListAreTheTable(_ username: String) throws {
        let w = try Workstation()
        try w.signIn(as: username)
        let role = try #require(w.session.signedIn?.role)
        let rows = Destinations.available(to: role).map { "\($0.hotkey)  \(w.session.strings($0.title))" }
        #expect(Array(w.menuItems.prefix(rows.count)) == rows)
        #expect(w.menuItems.dropFirst(rows.count).map { String($0.prefix(1)) } == ["L", "S", "Q"])
        w.press(.control("g"))
        #expect(w.paletteItems == ["0  " + w.session.strings(.menuTitle)] + rows)
    }

    /// Each row makes the screen whose title the menu promised (the lobby board's is in both languages).
    @Test func eachRowMakesItsDesk() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        for row in Destinations.available(to: .administrator) where row.id != .lobby {
            w.app.go(to: row.id)
            w.app.draw()
            #expect(w.title.hasPrefix(w.session.strings(row.title)) || w.title == w.session.strings(row.title), "\(row.id): \(w.title)")
        }
    }
}
