import BankStore
import BranchServices
import Foundation
import Testing
import TestSupport

/// Eight tellers (separate processes, one SQLite file) transferring among the
/// same twenty accounts at once: money is neither made nor lost, no account
/// goes below its overdraft limit, the books verify, and every reported
/// operation is exactly one journal entry under its own key.
struct LedgerConcurrencyTests {
    static let processes = 8
    static let transfersEach = 500
    static let accounts = 20

    @Test func eightProcessesTransferWithoutLosingMoney() throws {
        let folder = try Fixture.scratchFolder()
        let database = folder + "/ledger.sqlite"
        let setup = try LedgerBench.setUp(database: database, accounts: Self.accounts, tellers: Self.processes)
        try #require(setup.status == 0, "ledger-setup failed: \(setup.error)")
        let check = try Database.open(path: database)
        let opening = try LedgerBench.accounts(in: check)
        try #require(opening.count == Self.accounts)
        let total = opening.reduce(0) { $0 + $1.balance }
        let entriesBefore = try check.scalarInt("SELECT max(id) FROM journal_entries") ?? 0

        // One worker alone first, for the single-process rate.
        let single = try run(workers: 1, folder: folder, database: database, label: "single")
        // Then all eight at once.
        let concurrent = try run(workers: Self.processes, folder: folder, database: database, label: "concurrent")
        let reports = single.reports + concurrent.reports
        let committed = reports.flatMap(\.committed)
        let refused = reports.flatMap(\.refused)
        print("ledger concurrency: 1 process " + LedgerBench.rate(Self.transfersEach, single.seconds) + " operations/s ("
              + String(format: "%.1f", single.seconds) + " s); \(Self.processes) processes "
              + LedgerBench.rate(Self.processes * Self.transfersEach, concurrent.seconds) + " operations/s ("
              + String(format: "%.1f", concurrent.seconds) + " s); \(committed.count) committed, \(refused.count) refused")

        #expect(reports.allSatisfy { $0.malformed.isEmpty })
        #expect(committed.count + refused.count == (1 + Self.processes) * Self.transfersEach)
        let keys = committed.map(\.key) + refused
        #expect(Set(keys).count == keys.count, "a key was used twice")
        #expect(Set(committed.map(\.entryID)).count == committed.count, "two operations reported the same entry")

        let after = try LedgerBench.accounts(in: check)
        #expect(after.reduce(0) { $0 + $1.balance } == total, "money was made or lost")
        let overdrawn = after.filter { $0.balance < -$0.overdraft }
        #expect(overdrawn.isEmpty, "overdrawn: \(overdrawn)")
        #expect(after.filter { $0.overdraft == 0 }.allSatisfy { $0.balance >= 0 })
        let newEntries = try check.scalarInt("SELECT count(*) FROM journal_entries WHERE id > ?", [.integer(entriesBefore)]) ?? -1
        #expect(newEntries == Int64(committed.count))
        #expect(try check.scalarInt("SELECT count(DISTINCT idempotency_key) FROM journal_entries WHERE id > ?",
                                    [.integer(entriesBefore)]) == Int64(committed.count))
        #expect(try LedgerBench.problems(committed: committed, in: check).isEmpty)
        #expect(try LedgerBench.halfWrittenEntries(in: check) == 0)
        let context = try BranchContext.open(path: database, terminal: "concurrency-check", pinIterations: 1_000)
        let books = try BooksService(context).verify(by: nil)
        #expect(books.isClean, "\(books.ledgerBreaches) \(books.auditBreaches)")
    }

    /// Runs `workers` post-loop processes at once (tellers bench1…) and waits for all.
    private func run(workers: Int, folder: String, database: String,
                     label: String) throws -> (reports: [LedgerBench.Report], seconds: TimeInterval) {
        let started = Date()
        let outputs = (1...workers).map { "\(folder)/\(label)-\($0).out" }
        let processes = try (1...workers).map { teller in
            try LedgerBench.startWorker(database: database, teller: teller, count: Self.transfersEach, seed: teller * 7919 + workers,
                                        mix: "transfers", output: outputs[teller - 1])
        }
        for (process, output) in zip(processes, outputs) {
            process.waitUntilExit()
            let errors = (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? ""
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(output): \(errors)")
        }
        return (outputs.map(LedgerBench.report), Date().timeIntervalSince(started))
    }
}
