import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 12: a locked ID reads (and costs) exactly as an unknown one; an
/// approval prompt cannot lock the only supervisor out; lockouts grow; weak
/// operator PINs are refused.
@Suite struct LockoutHardeningTests {
    /// Counts the PIN hashes a context computes.
    final class HashCounter: @unchecked Sendable {
        var count = 0
    }

    private func counting(_ context: BranchContext) -> HashCounter {
        let counter = HashCounter()
        context.pinHashObserver = { counter.count += 1 }
        return counter
    }

    @Test func lockedUnknownAndWrongAnswerTheSameAfterOneHashEach() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let auth = branch.auth
        for _ in 1...5 { _ = failure { try auth.signIn(username: "li.wei", pin: "000001") } }
        #expect(try branch.context.stored("li.wei")?.isLocked(at: fixture.clock.now()) == true)

        let hashes = counting(branch.context)
        let unknown = failure { try auth.signIn(username: "nobody", pin: tellerPIN) }
        #expect(hashes.count == 1)
        let lockedRightPIN = failure { try auth.signIn(username: "li.wei", pin: tellerPIN) }
        #expect(hashes.count == 2)
        let lockedWrongPIN = failure { try auth.signIn(username: "li.wei", pin: "000002") }
        #expect(hashes.count == 3)
        let wrongPIN = failure { try auth.signIn(username: "zhang.min", pin: "000002") }
        #expect(hashes.count == 4)
        let strings = Strings(.english)
        let texts = [unknown, lockedRightPIN, lockedWrongPIN, wrongPIN].map { $0?.text(in: strings) }
        #expect(Set(texts).count == 1)
        #expect(unknown == LocalizedMessage(.loginBadCredentials))
        // An attempt on a locked ID never extends the lock or counts.
        #expect(try branch.context.stored("li.wei")?.lockedUntil == fixture.clock.now() + 30 * 60)

        // The approval prompt answers the same way for an unknown and a wrong supervisor PIN, hashing each time.
        let approvalUnknown = failure { try auth.approve(username: "nobody", pin: supervisorPIN, reason: "checked", maker: branch.teller) }
        let approvalWrong = failure { try auth.approve(username: "zhang.min", pin: "000002", reason: "checked", maker: branch.teller) }
        #expect(approvalUnknown == approvalWrong)
        #expect(hashes.count == 6)
    }

    @Test func approvalGuessesPauseOnlyThatTerminalAndNeverTheSignIn() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let elsewhere = AuthenticationService(try fixture.open(terminal: "tty9"))
        for _ in 1...7 {
            let refused = failure { try elsewhere.approve(username: "zhang.min", pin: "000003", reason: "checked", maker: branch.teller) }
            #expect(refused == LocalizedMessage(.loginBadCredentials))
        }
        // Paused at tty9 (even with the right PIN, answered as for an unknown ID) …
        #expect(failure { try elsewhere.approve(username: "zhang.min", pin: supervisorPIN, reason: "checked", maker: branch.teller) }
                == LocalizedMessage(.loginBadCredentials))
        // … but the supervisor still signs in and approves at their own terminal.
        let zhang = try #require(try branch.context.stored("zhang.min"))
        #expect(zhang.lockedUntil == nil && zhang.failedAttempts == 0)
        #expect(try branch.auth.signIn(username: "zhang.min", pin: supervisorPIN).id == zhang.id)
        let approval = try branch.auth.approve(username: "zhang.min", pin: supervisorPIN, reason: "checked", maker: branch.teller)
        #expect(approval.approverID == zhang.id)
        #expect(try branch.context.auditActions().contains("approval.paused"))

        // The pause at tty9 ends after 30 minutes; an administrator can lift it sooner.
        fixture.clock.advance(by: 30 * 60)
        _ = try elsewhere.approve(username: "zhang.min", pin: supervisorPIN, reason: "checked", maker: branch.teller)
        for _ in 1...5 { _ = failure { try elsewhere.approve(username: "zhang.min", pin: "000003", reason: "checked", maker: branch.teller) } }
        let paused = try branch.context.operators.approvalFailures(operatorID: zhang.id, terminal: "tty9")
        #expect(paused.blockedUntil == fixture.clock.now() + 60 * 60)  // the second pause in a day lasts twice as long
        try branch.administration.unlock(zhang, by: branch.admin)
        _ = try elsewhere.approve(username: "zhang.min", pin: supervisorPIN, reason: "checked", maker: branch.teller)
    }

    @Test func approvalGuessesSpreadOverManyTerminalsPauseEveryTerminal() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        // An insider opens one session after another, each a new terminal, to get five more guesses each time.
        let sessions = try (1...3).map { AuthenticationService(try fixture.open(terminal: "pts/\($0)")) }
        for session in sessions.prefix(2) {
            for _ in 1...5 { _ = failure { try session.approve(username: "zhang.min", pin: "000004", reason: "checked", maker: branch.teller) } }
        }
        // Two terminals paused: the third, and the supervisor's own, refuse even the right PIN …
        for session in [sessions[2], branch.auth] {
            #expect(failure { try session.approve(username: "zhang.min", pin: supervisorPIN, reason: "checked", maker: branch.teller) }
                    == LocalizedMessage(.loginBadCredentials))
        }
        #expect(try branch.context.auditActions().last == "approval.failure")
        // … while signing in still works, and the pause ends when the last one does.
        #expect(try branch.auth.signIn(username: "zhang.min", pin: supervisorPIN).id == branch.supervisor.id)
        fixture.clock.advance(by: 30 * 60)
        _ = try sessions[2].approve(username: "zhang.min", pin: supervisorPIN, reason: "checked", maker: branch.teller)
    }

    @Test func aRepeatedSignInLockoutLastsTwiceAsLongUntilAnAdministratorUnlocks() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        for _ in 1...5 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        #expect(try branch.context.stored("li.wei")?.lockedUntil == fixture.clock.now() + 30 * 60)
        fixture.clock.advance(by: 30 * 60)
        // A good sign-in between does not reset the run.
        _ = try branch.auth.signIn(username: "li.wei", pin: tellerPIN)
        for _ in 1...5 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        #expect(try branch.context.stored("li.wei")?.lockedUntil == fixture.clock.now() + 60 * 60)
        let audit = try branch.context.database.query("SELECT detail FROM audit_log WHERE action = 'login.lockout' ORDER BY seq")
            .map { $0.string("detail") ?? "" }
        #expect(audit == ["locked for 30 minutes (lockout 1 in a row)", "locked for 60 minutes (lockout 2 in a row)"])
        // An administrator's unlock ends the run: the next lockout is 30 minutes again.
        try branch.administration.unlock(branch.teller, by: branch.admin)
        for _ in 1...5 { _ = failure { try branch.auth.signIn(username: "li.wei", pin: "000001") } }
        #expect(try branch.context.stored("li.wei")?.lockedUntil == fixture.clock.now() + 30 * 60)
    }

    @Test(arguments: ["121212", "123123", "520520", "147258", "888888"])
    func weakOperatorPINsAreRefusedEverywhere(_ pin: String) throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        #expect(failure { try branch.administration.add(username: "wang.fang", displayName: "Wang Fang", role: .teller, pin: pin,
                                                         by: branch.admin) }?.key == .validPINWeak)
        #expect(failure { try branch.administration.resetPIN(of: branch.teller, to: pin, by: branch.admin) }?.key == .validPINWeak)
        let other = try BranchFixture()
        #expect(failure { try SetupService(try other.open()).createBranch(
            code: "BR02", name: "Branch", businessDate: BusinessDate("2026-01-05")!, adminUsername: "admin",
            adminName: "Admin", pin: pin) }?.key == .validPINWeak)
    }
}
