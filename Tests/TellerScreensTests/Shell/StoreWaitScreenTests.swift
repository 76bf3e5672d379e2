import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// A write that waits for another terminal's lock does not freeze the
/// terminal silently: the first failed attempt draws a frame saying the
/// branch file is busy, and the notice goes once the write got through.
/// Counts and screen text only: SQLite's own wait is off, there is no pause.
@Suite struct StoreWaitScreenTests {
    @Test func theTerminalSaysItIsWaitingAndThenCarriesOn() throws {
        let station = try Workstation()
        try station.signIn(as: "super")
        let supervisor = try #require(station.session.signedIn)
        let other = try station.otherTerminal()
        station.context.writePolicy = BusyRetryPolicy(lockWaitMilliseconds: 0, pause: 0...0, attempts: 5, totalWait: .infinity)
        let busy = Strings(.english)(.storeWaiting)
        let appObserver = try #require(station.context.storeWaitObserver)
        var shownWhileWaiting: [Bool] = []
        station.context.storeWaitObserver = { wait in
            let frames = station.terminal.framesPresented
            appObserver(wait)
            if case .waiting(let attempt) = wait {
                shownWhileWaiting.append(station.terminal.framesPresented > frames && station.screen.contains(busy))
                if attempt == 2 { try? other.database.execute("COMMIT") }
            }
        }
        try other.database.execute("BEGIN IMMEDIATE")
        #expect(try AuditService(station.context).recent(limit: 1, by: supervisor).count == 1)
        #expect(shownWhileWaiting == [true, false])  // drawn on the first wait; the second has nothing new to say
        #expect(station.session.message == nil)  // the notice went with the wait
    }
}
