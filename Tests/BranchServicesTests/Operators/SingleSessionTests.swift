import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: one operator cannot be signed in at two terminals at once. A
/// second sign-in elsewhere is refused, naming the terminal, and audited;
/// sign-out frees it; a terminal that stopped answering frees it when its
/// session expires, and then learns it was taken over.
struct SingleSessionTests {
    @Test func aSecondTerminalIsRefusedNamingTheFirst() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let first = AuthenticationService(branch.context)
        let second = AuthenticationService(try fixture.open(terminal: "branch-pc/pts/7"))
        let op = try first.signIn(username: "li.wei", pin: tellerPIN)
        let refusal = failure { try second.signIn(username: "li.wei", pin: tellerPIN) }
        #expect(refusal == LocalizedMessage(.cashSessionElsewhere, "tty1", LocalTimeText.dateMinutes(fixture.clock.now()), "2"))
        #expect(try branch.context.auditActions().last == "login.refused_elsewhere")
        // Another operator at the second terminal is fine, and the first terminal is still signed in.
        _ = try second.signIn(username: "zhang.min", pin: supervisorPIN)
        #expect(first.keepSessionAlive(for: op))
        // Signing in again at the same terminal (after a crash there) takes the session over.
        _ = try first.signIn(username: "li.wei", pin: tellerPIN)
        // Sign-out frees it for the other terminal.
        try first.recordSignOut(for: op)
        #expect(try second.signIn(username: "li.wei", pin: tellerPIN).id == op.id)
        #expect(!first.keepSessionAlive(for: op))
    }

    @Test func aWrongPINAtTheSecondTerminalSaysNothingAboutTheFirst() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        _ = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        let second = AuthenticationService(try fixture.open(terminal: "tty2"))
        #expect(failure { try second.signIn(username: "li.wei", pin: "000001") } == LocalizedMessage(.loginBadCredentials))
    }

    @Test func aTerminalThatStoppedAnsweringExpiresAndIsToldItWasTakenOver() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let crashed = AuthenticationService(branch.context)
        let op = try crashed.signIn(username: "li.wei", pin: tellerPIN)
        let second = AuthenticationService(try fixture.open(terminal: "tty2"))
        // A beating terminal keeps its session however long it is used.
        for _ in 0..<10 {
            fixture.clock.advance(by: AuthenticationService.heartbeatInterval)
            #expect(crashed.keepSessionAlive(for: op))
        }
        #expect(failure { try second.signIn(username: "li.wei", pin: tellerPIN) }?.key == .cashSessionElsewhere)
        // Then it stops beating (killed, line dropped): after the expiry the sign-in elsewhere works, audited.
        fixture.clock.advance(by: AuthenticationService.sessionExpiry + 1)
        #expect(try second.signIn(username: "li.wei", pin: tellerPIN).id == op.id)
        #expect(try branch.context.auditActions().contains("session.expired"))
        // The old terminal, back, no longer holds it.
        #expect(!crashed.keepSessionAlive(for: op))
        #expect(try branch.context.count("operator_sessions") == 1)
    }
}
