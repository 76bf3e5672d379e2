import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Synchronization
import Testing

/// Collects problems reported by worker threads.
final class Problems: Sendable {
    private let storage = Mutex<[String]>([])
    func record(_ text: String) { storage.withLock { $0.append(text) } }
    var all: [String] { storage.withLock { $0 } }
}

/// Two terminals (two connections on one file, each on its own thread)
/// signing in and mistyping PINs at the same time.
@Suite struct ConcurrencyTests {
    static let rounds = 6

    @Test func twoTerminalsKeepOneConsistentAuditChainAndCount() throws {
        let fixture = try BranchFixture()
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
                    context = try BranchContext.open(path: path, clock: clock, terminal: terminal, pinIterations: fastIterations)
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
                    if wrong?.key != .loginAttemptsLeft {
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
        let fixture = try BranchFixture()
        do {
            _ = try StaffedBranch(fixture).context.database.close()
        }
        let path = fixture.path
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
                                                            pinIterations: fastIterations) else {
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
        #expect(failure { try AuthenticationService(context).signIn(username: "li.wei", pin: tellerPIN) }?.key == .loginLocked)
        #expect(outcomes.all.filter { $0 == StringKey.loginNowLocked.rawValue }.count == 1)
        #expect(try context.database.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'login.lockout'") == 1)
    }
}
