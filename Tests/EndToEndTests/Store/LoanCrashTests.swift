import BankStore
import BranchServices
import Foundation
import Testing
import TestSupport

/// A teller's process killed (SIGKILL) at random moments while it signs, pays
/// out and repays loans: after every kill each disbursal and repayment is
/// wholly there (entry, loan status and schedule, repayment row and its
/// allocation) or wholly absent, and `teller verify` is clean.
struct LoanCrashTests {
    static let kills = 20

    @Test func killedLoanWorkerLeavesEachOperationWhollyDoneOrAbsent() throws {
        let folder = try Fixture.scratchFolder()
        let database = folder + "/loan-crash.sqlite"
        let setup = try LedgerBench.setUp(database: database, accounts: 12, tellers: 1)
        try #require(setup.status == 0, "ledger-setup failed: \(setup.error)")
        var random = SystemRandomNumberGenerator()
        var committed = 0
        for round in 1...Self.kills {
            let delay = round % 4 == 1 ? Double.random(in: 0...0.05, using: &random) : Double.random(in: 0.05...0.6, using: &random)
            let output = folder + "/round-\(round).out"
            let worker = try LedgerBench.startWorker(database: database, teller: 1, count: 1_000_000, seed: round, mix: "loans",
                                                     output: output)
            Thread.sleep(forTimeInterval: delay)
            kill(worker.processIdentifier, SIGKILL)
            worker.waitUntilExit()
            let errors = (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? ""
            try #require(worker.terminationReason == .uncaughtSignal,
                         "round \(round): the worker ended by itself (status \(worker.terminationStatus)): \(errors)")
            let report = LedgerBench.report(output)
            #expect(report.malformed.isEmpty, "round \(round): unexpected lines \(report.malformed)")
            committed += report.committed.count

            let context = try BranchContext.open(path: database, terminal: "crash-check", pinIterations: 1_000)
            let books = try BooksService(context).verify(by: nil)
            try #require(books.isClean, "round \(round) after \(delay) s: \(books.ledgerBreaches) \(books.auditBreaches)")
            let problems = try LedgerBench.problems(committed: report.committed, in: context.database)
            try #require(problems.isEmpty, "round \(round): \(problems)")
            let halves = try halfDone(context.database)
            try #require(halves.isEmpty, "round \(round) after \(delay) s: \(halves)")
        }
        let verify = try Shell.run(Fixture.tellerPath, ["verify", "--db", database], environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(verify.status == 0, "teller verify: \(verify.output) \(verify.error)")
        #expect(committed > 0)
        print("loan crash: \(Self.kills) kills; \(committed) disbursals and repayments reported committed")
    }

    /// Operations only partly written: an entry without its loan rows, or loan rows without their entry.
    private func halfDone(_ db: Database) throws -> [String] {
        try db.query("""
            SELECT 'disbursal entry ' || e.id || ' without its loan' AS problem FROM journal_entries e
                WHERE e.kind = 'loan_disbursal' AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.disbursal_entry_id = e.id)
            UNION ALL SELECT 'loan ' || l.id || ' paid out without its schedule' FROM loans l
                WHERE l.status <> 'signed' AND (SELECT count(*) FROM loan_instalments i WHERE i.loan_id = l.id) <> l.months
            UNION ALL SELECT 'loan ' || l.id || ' signed with a schedule' FROM loans l
                WHERE l.status = 'signed' AND EXISTS (SELECT 1 FROM loan_instalments i WHERE i.loan_id = l.id)
            UNION ALL SELECT 'repayment entry ' || e.id || ' without its repayment' FROM journal_entries e
                WHERE e.kind = 'loan_repayment' AND NOT EXISTS (SELECT 1 FROM loan_repayments r WHERE r.entry_id = e.id)
            UNION ALL SELECT 'repayment ' || r.id || ' without its allocation' FROM loan_repayments r
                WHERE NOT EXISTS (SELECT 1 FROM loan_allocations a WHERE a.repayment_id = r.id)
            UNION ALL SELECT 'application ' || a.id || ' contracted without a loan' FROM loan_applications a
                WHERE a.status = 'contracted' AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.application_id = a.id)
            """).compactMap { $0.string("problem") }
    }
}
