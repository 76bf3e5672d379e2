import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Synchronization
import Testing
import TestSupport

/// Collects problems reported by worker threads.
final class Problems: Sendable {
    private let storage = Mutex<[String]>([])
    func record(_ text: String) { storage.withLock { $0.append(text) } }
    var all: [String] { storage.withLock { $0 } }
}

/// Two terminals (two connections on one file, each on its own thread)
/// signing in and mistyping PINs at the same time.
///
/// PINs here are hashed with more iterations than elsewhere, so that checking
/// one takes a few milliseconds, as in real use: both terminals then read the
/// operator before either writes, which is when lost updates would show.
@Suite struct ConcurrencyTests {
    static let raceIterations = 40_000

    /// Rounds per terminal; 2 × 4 wrong PINs stay under the limit of 10 set below.
    static let rounds = 4

    @Test func twoTerminalsKeepOneConsistentAuditChainAndCount() throws {
        let fixture = try BranchFixture(iterations: Self.raceIterations)
        do {
            let branch = try StaffedBranch(fixture)
            // Generous limit, so the shared operator is never locked and every wrong PIN must be counted.
            try BranchSettingsService(branch.context).update(
                SecuritySettings(maxAttempts: 10, lockoutMinutes: 30, idleMinutes: 5), by: branch.admin)
            try branch.administration.add(username: "chen.jing", displayName: "Chen Jing", role: .teller, pin: "135791",
                                          by: branch.admin)
            branch.context.database.close()
        }
        let before = try fixture.open().count("audit_log")

        let path = fixture.path
        let iterations = fixture.iterations
        let clock = fixture.clock
        let problems = Problems()
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let workers = [("tty1", "li.wei", tellerPIN), ("tty2", "chen.jing", "135791")]
        for (terminal, username, pin) in workers {
            Thread {
                defer { finished.signal() }
                let context: BranchContext
                do {
                    context = try BranchContext.open(path: path, clock: clock, terminal: terminal, pinIterations: iterations)
                } catch {
                    problems.record("\(terminal) open: \(error)")
                    ready.signal()
                    return
                }
                let auth = AuthenticationService(context)
                ready.signal()
                go.wait()
                for round in 1...Self.rounds {
                    do {
                        let op = try auth.signIn(username: username, pin: pin)
                        try auth.recordSignOut(for: op)
                    } catch {
                        problems.record("\(terminal) round \(round) sign-in: \(error)")
                    }
                    // Both terminals mistype the supervisor's PIN: the count is shared.
                    let wrong = failure { try auth.signIn(username: "zhang.min", pin: "000001") }
                    if wrong?.key != .loginBadCredentials {
                        problems.record("\(terminal) round \(round) wrong PIN gave \(String(describing: wrong))")
                    }
                }
                context.database.close()
            }.start()
        }
        for _ in workers { ready.wait() }
        for _ in workers { go.signal() }
        for _ in workers { finished.wait() }
        #expect(problems.all.isEmpty)

        let context = try fixture.open()
        let result = try AuditService(context).verify(by: nil)
        #expect(result.breaches.isEmpty)
        // Per round and terminal: success, logout, failure.
        #expect(result.records == before + workers.count * Self.rounds * 3)
        #expect(try context.database.scalarInt("SELECT max(seq) FROM audit_log") == Int64(result.records))
        #expect(try context.database.scalarInt("SELECT count(DISTINCT prev_hash) FROM audit_log") == Int64(result.records))
        let failures = try context.database.scalarInt(
            "SELECT count(*) FROM audit_log WHERE action = 'login.failure' AND subject = 'zhang.min'")
        #expect(failures == Int64(workers.count * Self.rounds))
        // No wrong PIN was lost between the two terminals.
        #expect(try context.stored("zhang.min")?.failedAttempts == workers.count * Self.rounds)
    }

    @Test func concurrentWrongPINsLockExactlyOnce() throws {
        let fixture = try BranchFixture(iterations: Self.raceIterations)
        do {
            _ = try StaffedBranch(fixture).context.database.close()
        }
        let path = fixture.path
        let iterations = fixture.iterations
        let clock = fixture.clock
        let problems = Problems()
        let outcomes = Problems()
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let terminals = ["tty1", "tty2"]
        for terminal in terminals {
            Thread {
                defer { finished.signal() }
                guard let context = try? BranchContext.open(path: path, clock: clock, terminal: terminal,
                                                            pinIterations: iterations) else {
                    problems.record("\(terminal) could not open")
                    ready.signal()
                    return
                }
                let auth = AuthenticationService(context)
                ready.signal()
                go.wait()
                for _ in 1...4 {
                    let refused = failure { try auth.signIn(username: "li.wei", pin: "000001") }
                    outcomes.record(refused?.key.rawValue ?? "signed in")
                }
                context.database.close()
            }.start()
        }
        for _ in terminals { ready.wait() }
        for _ in terminals { go.signal() }
        for _ in terminals { finished.wait() }
        #expect(problems.all.isEmpty)
        #expect(!outcomes.all.contains("signed in"))

        let context = try fixture.open()
        #expect(try AuditService(context).verify(by: nil).breaches.isEmpty)
        // Eight wrong PINs against a limit of five: locked, and still locked at the end.
        #expect(try context.stored("li.wei")?.isLocked(at: clock.now()) == true)
        #expect(failure { try AuthenticationService(context).signIn(username: "li.wei", pin: tellerPIN) }?.key == .loginBadCredentials)
        // Sign-in words every refusal as for an unknown ID, the locking one included.
        #expect(outcomes.all.allSatisfy { $0 == StringKey.loginBadCredentials.rawValue })
        #expect(try context.database.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'login.lockout'") == 1)
    }

    /// One terminal's fifth wrong PIN and another terminal's right PIN race.
    /// Whichever commits first wins, but a lockout, once written, is never
    /// undone by a sign-in whose PIN check began before it.
    @Test func aLockoutIsNeverUndoneByARacingSignIn() throws {
        let fixture = try BranchFixture(iterations: Self.raceIterations)
        let usernames = (1...8).map { "racer\($0)" }
        do {
            let branch = try StaffedBranch(fixture)
            for name in usernames {
                try branch.administration.add(username: name, displayName: name, role: .teller, pin: tellerPIN, by: branch.admin)
                for _ in 1...4 { _ = failure { try branch.auth.signIn(username: name, pin: "000001") } }
            }
            branch.context.database.close()
        }
        let path = fixture.path
        let iterations = fixture.iterations
        let clock = fixture.clock
        for name in usernames {
            let outcomes = Problems()
            let ready = DispatchSemaphore(value: 0)
            let go = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            for (terminal, pin) in [("tty1", "000001"), ("tty2", tellerPIN)] {
                Thread {
                    defer { finished.signal() }
                    guard let context = try? BranchContext.open(path: path, clock: clock, terminal: terminal,
                                                                pinIterations: iterations) else {
                        outcomes.record("\(terminal):open failed")
                        ready.signal()
                        return
                    }
                    ready.signal()
                    go.wait()
                    let refused = failure { try AuthenticationService(context).signIn(username: name, pin: pin) }
                    outcomes.record("\(terminal):\(refused?.key.rawValue ?? "signedIn")")
                    context.database.close()
                }.start()
            }
            ready.wait(); ready.wait()
            go.signal(); go.signal()
            finished.wait(); finished.wait()

            let context = try fixture.open()
            let actions = try context.database.query(
                "SELECT action FROM audit_log WHERE subject = ? ORDER BY seq", [.text(name)]).map { $0.string("action") ?? "" }
            let results = Set(outcomes.all)
            if let lockout = actions.lastIndex(of: "login.lockout") {
                // The wrong PIN committed first: the right one must be refused.
                #expect(results == ["tty1:loginBadCredentials", "tty2:loginBadCredentials"], "\(name)")
                #expect(!actions[lockout...].contains("login.success"), "\(name): \(actions)")
                #expect(try context.stored(name)?.isLocked(at: clock.now()) == true, "\(name)")
            } else {
                // The right PIN committed first and reset the count.
                #expect(results == ["tty1:loginBadCredentials", "tty2:signedIn"], "\(name)")
                #expect(try context.stored(name)?.failedAttempts == 1, "\(name)")
            }
            #expect(try AuditService(context).verify(by: nil).breaches.isEmpty)
            context.database.close()
        }
    }
}
