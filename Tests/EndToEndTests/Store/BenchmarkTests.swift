import Foundation
import Testing
import TestSupport

/// The benchmark program end to end at a tiny scale: `generate` makes a
/// branch file that verifies and holds what was asked; `run` measures every
/// part on it (the real `teller` in a pseudo-terminal included) and writes
/// every figure as JSON; after its posting runs the file still verifies, so
/// the raw-SQLite baseline really writes the same, valid rows.
@Suite(.serialized) struct BenchmarkTests {
    static var bench: String { Fixture.binary("teller-bench") }

    @Test func generatesABranchThatVerifiesThenMeasuresIt() throws {
        let folder = try Fixture.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/branch.sqlite"
        let generated = try Shell.run(Self.bench, ["generate", "--db", database, "--customers", "300", "--accounts", "400",
                                                   "--postings", "3000", "--tickets", "1200", "--complaints", "60", "--days", "30"])
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output.contains("300 customers, 400 accounts"))

        let verified = try Shell.run(Fixture.tellerPath, ["verify", "--db", database])
        #expect(verified.status == 0, "\(verified.output)\(verified.error)")
        let counts = try Shell.run("/usr/bin/env", ["sqlite3", database, """
            SELECT (SELECT count(*) FROM tickets WHERE number >= 101), (SELECT count(*) FROM complaints),
                   (SELECT count(*) FROM postings WHERE entry_id IN (SELECT id FROM journal_entries WHERE idempotency_key LIKE 'gen-%')),
                   (SELECT count(*) FROM accounts), (SELECT count(*) FROM operators WHERE username LIKE 'clerk%')
            """])
        #expect(counts.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
                .enumerated().allSatisfy { index, value in
                    let number = Int(value) ?? -1
                    return [number == 1200, number == 60, number >= 3000, number >= 400, number == 10][index]
                }, "tickets|complaints|postings|accounts|clerks: \(counts.output)")

        let json = folder + "/figures.json"
        // Under `timeout`, so a stuck worker fails the test instead of hanging CI.
        let run = try Shell.run("/usr/bin/env", ["timeout", "600", Self.bench, "run", "--db", database, "--json", json, "--samples", "10",
                                                 "--operations", "20"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("| figure | value | target | met |"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let figures = try #require(report["figures"] as? [[String: Any]])
        let keys = Set(figures.compactMap { $0["key"] as? String })
        for expected in ["search_name_p99", "search_id_number_p99", "search_phone_p99", "statement_newest_p99", "statement_oldest_p99",
                         "kpi_day_median", "kpi_month_median", "kpi_year_median", "keystroke_p99", "keystroke_bytes", "launch_p50",
                         "teller_rss", "posting_raw_1p", "posting_real_1p", "posting_ratio_1p", "posting_ratio_4p"] {
            #expect(keys.contains(expected), "missing \(expected)")
        }
        for figure in figures {
            let value = try #require(figure["value"] as? Double)
            #expect(value.isFinite && value >= 0, "\(figure)")
            if figure["target"] != nil { #expect(figure["met"] is Bool, "\(figure)") }
        }
        let launch = figures.first { $0["key"] as? String == "launch_p50" }?["value"] as? Double ?? 0
        #expect(launch > 0, "the launch was timed")
        let real = figures.first { $0["key"] as? String == "posting_real_4p" }?["value"] as? Double ?? 0
        #expect(real > 0, "four workers committed transfers")
        let branch = try #require(report["branch"] as? [String: Int])
        #expect((branch["customers"] ?? 0) >= 300)

        let afterwards = try Shell.run(Fixture.tellerPath, ["verify", "--db", database])
        #expect(afterwards.status == 0, "the posting runs left the books consistent: \(afterwards.output)\(afterwards.error)")
    }

    @Test func refusesBadArgumentsWithAReason() throws {
        let folder = try Fixture.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let existing = folder + "/existing.sqlite"
        _ = FileManager.default.createFile(atPath: existing, contents: Data("x".utf8))
        let cases: [([String], String)] = [
            (["generate", "--db", existing], "already exists"),
            (["generate", "--db", folder + "/a.sqlite", "--customers", "10", "--accounts", "5"], "at least --customers"),
            (["generate", "--db", folder + "/b.sqlite", "--customers", "ten"], "whole number"),
            (["generate", "--db", folder + "/c.sqlite", "--accounts", "10", "--customers", "10", "--postings", "5"], "twice --accounts"),
            (["run", "--db", folder + "/missing.sqlite"], "no file"),
            (["run", "--db", existing, "--only", "everything"], "--only takes"),
            (["run", "--db", existing, "--json", folder + "/none/f.json"], "no writable folder"),
            (["generate", "--db", folder + "/d.sqlite", "--customer", "10"], "unknown option --customer"),
            (["run", "--db", existing, "--only", " "], "names no part"),
            (["run"], "--db is required"),
        ]
        for (arguments, reason) in cases {
            let result = try Shell.run(Self.bench, arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error.contains(reason), "\(arguments): \(result.error)")
        }
        // A file that is not a branch is a failed run (status 1), said in words.
        let notBranch = try Shell.run(Self.bench, ["run", "--db", existing])
        #expect(notBranch.status == 1)
        #expect(notBranch.error.contains("is not a teller branch file"), "\(notBranch.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/a.sqlite"), "a refused generate leaves no file")

        // A real (not training) branch file is never measured: the benchmark posts test transfers.
        let real = folder + "/real.sqlite"
        _ = try Shell.run(Self.bench, ["ledger-setup", "--db", real, "--accounts", "2", "--tellers", "1"])
        _ = try Shell.run("/usr/bin/env", ["sqlite3", real, "UPDATE branch SET is_training = 0"])
        let before = try Data(contentsOf: URL(fileURLWithPath: real))
        let refused = try Shell.run(Self.bench, ["run", "--db", real, "--only", "posting"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("is a real branch file"), "\(refused.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: real)) == before, "the file was not touched")
    }
}
