import BankCore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// Drawing never reads the store: a screen reads what it shows when it opens,
/// after an action, or when the branch file's change marker moved, never in
/// `title()` or `render`. Counted with the connection's statement counter:
/// after the first frame, frames with nothing changed run no statement at
/// all; after another terminal writes, the next frame re-reads and the one
/// after it is quiet again.
@Suite struct DrawingReadsNothingTests {
    /// How many statements each of `frames` frames ran on the workstation's connection.
    static func statementsPerFrame(_ station: Workstation, frames: Int = 3) -> [Int] {
        (0..<frames).map { _ in
            let before = station.context.database.statementsRun
            station.app.draw()
            return station.context.database.statementsRun - before
        }
    }

    /// Every desk on the menu, each opened by an operator whose role has it.
    static let desks: [(Destination, String)] = Destination.allCases.map { destination in
        let role: Role = destination.requiredPermission.map(Role.supervisor.may) ?? true ? .supervisor : .administrator
        return (destination, DemoBranch.logins.first { $0.role == role }!.username)
    }

    @Test(arguments: desks.map(\.0)) func aDeskDrawnAgainReadsNothing(_ destination: Destination) throws {
        let station = try Workstation()
        try station.signIn(as: try #require(Self.desks.first { $0.0 == destination }?.1))
        try station.open(destination)
        #expect(!(station.app.topScreen is MainMenuScreen), "\(destination) did not open")
        #expect(Self.statementsPerFrame(station) == [0, 0, 0], "\(destination)")
    }

    @Test func theMainMenuAndTheSignInScreenReadNothingWhenDrawnAgain() throws {
        let station = try Workstation()
        #expect(Self.statementsPerFrame(station) == [0, 0, 0])
        try station.signIn(as: "super")
        #expect(Self.statementsPerFrame(station) == [0, 0, 0])
    }

    @Test func anotherTerminalsWriteIsReadOnceOnTheNextFrame() throws {
        let station = try Workstation()
        try station.signIn(as: "super")
        try station.open(.complaints)
        #expect(Self.statementsPerFrame(station) == [0, 0, 0])
        let other = try station.otherTerminal()
        _ = try AuthenticationService(other).signIn(username: "admin", pin: "864200")  // writes the sign-in and its audit entry
        let reread = Self.statementsPerFrame(station)
        #expect(reread[0] > 0)
        #expect(reread.dropFirst() == [0, 0])
    }

    /// Screens reached from the desks, pushed straight onto the stack.
    static var inner: [(name: String, make: (Session) -> any Screen)] {
        CashHubScreen.items.enumerated().map { ("cash hub item \($0.offset + 1)", $0.element.make) } + innerElsewhere
    }

    static var innerElsewhere: [(name: String, make: (Session) -> any Screen)] { [
        ("care", { CareScreen(session: $0) }),
        ("complaint", { ComplaintDetailScreen(session: $0, complaintID: 1) }),
        ("customer", { CustomerPanelScreen(session: $0, customerID: 1) }),
        ("intake", { ComplaintIntakeScreen(session: $0) }),
        ("customer form", { CustomerFormScreen.make(session: $0) }),
        ("document check", { DocumentCheckScreen(session: $0) }),
    ] }

    @Test(arguments: ["super", "teller"], inner.map(\.name))
    func anInnerScreenDrawnAgainReadsNothing(_ username: String, _ name: String) throws {
        let station = try Workstation()
        try station.signIn(as: username)
        let make = try #require(Self.inner.first { $0.name == name }).make
        station.app.navigate(.push(make(station.session)))
        station.app.draw()
        #expect(Self.statementsPerFrame(station) == [0, 0, 0], "\(name) as \(username)")
    }
}
