import BankStore
import BranchServices
import Foundation
import Testing
import TestSupport

/// A teller's process killed (SIGKILL) at random moments while it posts
/// transfers, deposits and withdrawals: after every kill the file reopens with
/// consistent books, every operation reported as committed is there exactly
/// once and balanced, and nothing is left half-written.
struct LedgerCrashTests {
    static let kills = 50

    @Test func killedWorkerNeverLeavesHalfWrittenEntries() throws {
        let folder = try Fixture.scratchFolder()
        let database = folder + "/crash.sqlite"
        let setup = try LedgerBench.setUp(database: database, accounts: 10, tellers: 1)
        try #require(setup.status == 0, "ledger-setup failed: \(setup.error)")

        var random = SystemRandomNumberGenerator()
        var killed = 0, committed = 0, refused = 0, seenBeforeKill = 0, unreported = 0
        var aliveSeconds: TimeInterval = 0
        var delays: [TimeInterval] = []
        let started = Date()
        for round in 1...Self.kills {
            // Every fifth kill lands very early (opening the file, verifying customers, the first post).
            let delay = round % 5 == 1 ? Double.random(in: 0...0.03, using: &random) : Double.random(in: 0.03...0.5, using: &random)
            delays.append(delay)
            let output = folder + "/round-\(round).out"
            let lastEntry = try Database.open(path: database).scalarInt("SELECT coalesce(max(id), 0) FROM journal_entries") ?? 0
            let worker = try LedgerBench.startWorker(database: database, teller: 1, count: 1_000_000, seed: round,
                                                     mix: round % 2 == 0 ? "transfers" : "mixed", output: output)
            let launched = Date()
            Thread.sleep(forTimeInterval: delay)
            kill(worker.processIdentifier, SIGKILL)
            worker.waitUntilExit()
            aliveSeconds += Date().timeIntervalSince(launched)
            let errors = (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? ""
            try #require(worker.terminationReason == .uncaughtSignal,
                         "round \(round): the worker ended by itself (status \(worker.terminationStatus)): \(errors)")
            killed += 1

            let report = LedgerBench.report(output)
            #expect(report.malformed.isEmpty, "round \(round): unexpected lines \(report.malformed)")
            committed += report.committed.count
            refused += report.refused.count
            if !report.committed.isEmpty { seenBeforeKill += 1 }

            // Reopen as the next terminal would and check everything.
            let context = try BranchContext.open(path: database, terminal: "crash-check", pinIterations: 1_000)
            let books = try BooksService(context).verify(by: nil)
            try #require(books.isClean, "round \(round) after \(delay) s: \(books.ledgerBreaches) \(books.auditBreaches)")
            let problems = try LedgerBench.problems(committed: report.committed, in: context.database)
            try #require(problems.isEmpty, "round \(round): \(problems)")
            #expect(try LedgerBench.halfWrittenEntries(in: context.database) == 0)
            // The worker reports after each commit, so at most its last entry can be unreported.
            let written = try entryIDs(in: database, after: lastEntry)
            let missing = written.filter { id in !report.committed.contains { $0.entryID == id } }
            #expect(missing.isEmpty || missing == [written.last!], "round \(round): entries \(missing) committed but not reported")
            unreported += missing.count
        }
        let seconds = Date().timeIntervalSince(started)

        let verify = try Shell.run(Fixture.tellerPath, ["verify", "--db", database], environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(verify.status == 0, "teller verify: \(verify.output) \(verify.error)")
        #expect(committed > 0)
        print("ledger crash: \(killed) kills in " + String(format: "%.1f", seconds) + " s (delays "
              + String(format: "%.3f", delays.min() ?? 0) + "–" + String(format: "%.3f", delays.max() ?? 0) + " s); "
              + "\(committed) operations reported committed, \(refused) refused, \(unreported) more committed just before a kill; "
              + "\(seenBeforeKill) rounds posted before dying; "
              + LedgerBench.rate(committed + refused, aliveSeconds) + " operations/s while workers lived")
    }

    /// Journal entry ids above `after`, read on a fresh connection.
    private func entryIDs(in database: String, after: Int64) throws -> [Int64] {
        try Database.open(path: database).query("SELECT id FROM journal_entries WHERE id > ? ORDER BY id", [.integer(after)])
            .compactMap { $0.int("id") }
    }
}
