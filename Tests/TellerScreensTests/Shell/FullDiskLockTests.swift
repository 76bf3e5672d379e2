import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The lock panel on a full disk: the right PIN unlocks (saying the unlock
/// could not be recorded) and a wrong PIN, which cannot be counted, signs out.
@Suite struct FullDiskLockTests {
    /// The teller locked on the main menu, the branch file unable to grow.
    private func lockedOnAFullDisk() throws -> Workstation {
        let w = try Workstation()
        try w.signIn(as: "teller")
        let teller = try #require(w.session.signedIn)
        w.press(.function(4))
        #expect(w.title == "Terminal locked")
        let pages = try #require(try w.context.database.scalarInt("PRAGMA page_count"))
        try w.context.database.execute("PRAGMA max_page_count = \(pages)")
        var full = false
        for _ in 0..<2_000 where !full {
            do { try AuthenticationService(w.context).recordLock(for: teller, idle: false) } catch { full = error.key == .storeDiskFull }
        }
        #expect(full)
        return w
    }

    @Test func theRightPINUnlocksAFullDisk() throws {
        let w = try lockedOnAFullDisk()
        w.type("135790")
        w.press(.enter)
        #expect(w.title == "Main menu")
        #expect(w.messageLine.contains("Unlocked, but the unlock could not be recorded"))
    }

    @Test func aWrongPINThatCannotBeCountedSignsOut() throws {
        let w = try lockedOnAFullDisk()
        w.type("111111")
        w.press(.enter)
        #expect(w.title == "Sign in")
        #expect(w.session.signedIn == nil)
    }
}
