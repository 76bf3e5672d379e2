import BankStore
import Foundation
import TestSupport

/// Drives `teller-bench` for the ledger's process-level tests: sets up a
/// branch file, starts `post-loop` workers writing to files (not pipes, so a
/// worker never blocks on a full pipe and a killed one leaves whole lines),
/// and checks what they reported against the journal.
enum LedgerBench {
    static var path: String { Fixture.binary("teller-bench") }

    /// `ledger-setup`: tellers bench1…benchN with open drawers and `accounts` funded accounts.
    static func setUp(database: String, accounts: Int, tellers: Int) throws -> Shell.Result {
        try Shell.run(path, ["ledger-setup", "--db", database, "--accounts", String(accounts), "--tellers", String(tellers)])
    }

    /// Starts one `post-loop` worker as `bench<teller>`; its output goes to `output` (and `output`.err).
    static func startWorker(database: String, teller: Int, count: Int, seed: Int, mix: String, output: String) throws -> Process {
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        _ = FileManager.default.createFile(atPath: output + ".err", contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["post-loop", "--db", database, "--operator", "bench\(teller)", "--count", String(count),
                             "--seed", String(seed), "--mix", mix]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: output + ".err")
        try process.run()
        return process
    }

    /// What a worker reported: keys committed (with their entry ids) and keys refused.
    struct Report {
        var committed: [(key: String, entryID: Int64)] = []
        var refused: [String] = []
        /// Lines that are neither (a cut-off last line is ignored, not counted here).
        var malformed: [String] = []
    }

    static func report(_ output: String) -> Report {
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        var lines = text.components(separatedBy: "\n")
        lines.removeLast() // after the last newline: empty, or a line the kill cut short
        var report = Report()
        for line in lines {
            let words = line.split(separator: " ").map(String.init)
            if words.count == 3, words[0] == "OK", let id = Int64(words[2]) {
                report.committed.append((words[1], id))
            } else if words.count == 3, words[0] == "REFUSED" {
                report.refused.append(words[1])
            } else {
                report.malformed.append(line)
            }
        }
        return report
    }

    /// Problems with the committed keys: each must be exactly one journal
    /// entry, the one reported, with at least two postings summing to zero.
    static func problems(committed: [(key: String, entryID: Int64)], in database: Database) throws -> [String] {
        var problems: [String] = []
        for (key, entryID) in committed {
            let rows = try database.query("""
                SELECT e.id, (SELECT count(*) FROM postings p WHERE p.entry_id = e.id) AS n,
                       (SELECT coalesce(sum(amount), 0) FROM postings p WHERE p.entry_id = e.id) AS total
                FROM journal_entries e WHERE e.idempotency_key = ?
                """, [.text(key)])
            guard rows.count == 1, let row = rows.first else {
                problems.append("key \(key) reported OK is in \(rows.count) journal entries")
                continue
            }
            if row.int("id") != entryID { problems.append("key \(key) reported entry \(entryID) but is entry \(row.int("id") ?? 0)") }
            if (row.int("n") ?? 0) < 2 || row.int("total") != 0 {
                problems.append("entry \(entryID) has \(row.int("n") ?? 0) postings summing to \(row.int("total") ?? 0)")
            }
        }
        return problems
    }

    /// Entries with fewer than two postings or postings that do not sum to zero (half-written entries).
    static func halfWrittenEntries(in database: Database) throws -> Int64 {
        try database.scalarInt("""
            SELECT count(*) FROM (SELECT e.id FROM journal_entries e LEFT JOIN postings p ON p.entry_id = e.id
                                  GROUP BY e.id HAVING count(p.id) < 2 OR coalesce(sum(p.amount), 0) <> 0)
            """) ?? -1
    }

    /// The bench accounts (by their opening-balance keys): number, balance, overdraft limit.
    static func accounts(in database: Database) throws -> [(number: String, balance: Int64, overdraft: Int64)] {
        try database.query("""
            SELECT a.number, a.balance, a.overdraft_limit FROM accounts a JOIN journal_entries e ON e.account_id = a.id
            WHERE e.kind = 'opening_balance' AND e.idempotency_key LIKE 'bench-open-%' ORDER BY a.id
            """).map { ($0.string("number") ?? "?", $0.int("balance") ?? 0, $0.int("overdraft_limit") ?? 0) }
    }

    static func rate(_ operations: Int, _ seconds: TimeInterval) -> String {
        String(format: "%.0f", Double(operations) / max(seconds, 0.001))
    }
}
