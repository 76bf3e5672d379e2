import BankCore
import BankStore
import BranchServices
import Foundation

/// Durable single-operation posting throughput: transfers through the money
/// services (`post-loop`, one transaction per operation, synchronous=FULL)
/// next to the raw-SQLite baseline (`raw-loop`) doing the same writes, with
/// one process and with four processes on the same file at once. Each worker
/// is a separate process, as each terminal is, and reports when its loop
/// started and ended; throughput is committed operations over the span from
/// the first start to the last end.
struct PostingBench {
    let path: String
    let executable: URL
    let workers = 4
    let rounds = 5

    /// The bench tellers and accounts, added once to the branch file (reused on later runs); returns how many accounts.
    func prepare() throws -> Int {
        let context = try BranchContext.open(path: path, terminal: "bench-run:\(getpid())", pinIterations: BenchBranch.pinIterations)
        if try OperatorRepository(db: context.database).find(username: BenchBranch.tellerName(1)) != nil {
            return try BenchBranch.accounts(in: context).count
        }
        // Customers after the first thousand (on a small file, the last ones), so the demo customers keep their PIN.
        // Enough accounts that each sees a handful of transfers a day, as at a branch: the daily-limit check
        // reads the account's entries of the day, which a few hundred accounts taking every transfer would swell.
        let customers = Int(try context.database.scalarInt("SELECT count(*) FROM customers") ?? 0)
        let accounts = max(2, min(2_000, customers - 20))
        _ = try LedgerSetupCommand.staff(context, tellers: workers, accounts: accounts, balance: 100_000_000,
                                         skippingCustomers: max(0, min(1_000, customers - accounts)))
        return accounts
    }

    /// Operations per second for `processes` workers of `command`, each doing `count`.
    func throughput(_ command: String, processes: Int, count: Int, seed: Int) throws -> Double {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teller-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let go = folder.appendingPathComponent("go")
        var running: [(Process, URL)] = []
        for worker in 1...processes {
            let output = folder.appendingPathComponent("worker\(worker).out")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let process = Process()
            process.executableURL = executable
            process.arguments = [command, "--db", path, "--operator", BenchBranch.tellerName(worker), "--count", String(count),
                                 "--seed", String(seed * 100 + worker), "--timing", "yes", "--go-file", go.path]
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = FileHandle.standardError
            try process.run()
            running.append((process, output))
        }
        // No worker outlives this measurement, whatever happens to it.
        defer {
            for (process, _) in running where process.isRunning { process.terminate() }
            for (process, _) in running { process.waitUntilExit() }
        }
        // Every worker has done its setup (opening the file, verifying its customers): start them together.
        let deadline = Date().addingTimeInterval(300)
        while !running.allSatisfy({ process, output in
            !process.isRunning || ((try? String(contentsOf: output, encoding: .utf8)) ?? "").hasPrefix("READY")
        }) {
            guard Date() < deadline else { throw BenchFailure("\(command) workers did not get ready within 5 minutes") }
            usleep(1_000)
        }
        _ = FileManager.default.createFile(atPath: go.path, contents: nil)
        var starts: [Double] = [], ends: [Double] = []
        var committed = 0
        for (process, output) in running {
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchFailure("\(command) worker failed (status \(process.terminationStatus))") }
            for line in try String(contentsOf: output, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ")
                switch words.first {
                case "OK": committed += 1
                case "TIMING":
                    starts.append(Double(words[1]) ?? 0)
                    ends.append(Double(words[2]) ?? 0)
                default: break
                }
            }
        }
        guard let first = starts.min(), let last = ends.max(), last > first else { throw BenchFailure("\(command) reported no timing") }
        return Double(committed) / (last - first)
    }

    func measure(into report: inout BenchReport, count: Int) throws {
        let accounts = try prepare()
        for processes in [1, workers] {
            // Baseline and services run in pairs, taking turns at going first; each pair gives a ratio and the
            // median ratio is reported (not the ratio of the medians): the disk's sync time drifts from minute
            // to minute and would swamp a single pair. The spread shows how far one pair can be off.
            var raw = Samples(), real = Samples(), ratios = Samples()
            for round in 1...rounds {
                let order = round % 2 == 1 ? ["raw-loop", "post-loop"] : ["post-loop", "raw-loop"]
                var rates: [String: Double] = [:]
                for command in order {
                    rates[command] = try throughput(command, processes: processes, count: max(1, count / rounds), seed: round)
                }
                raw.add(rates["raw-loop"] ?? 0)
                real.add(rates["post-loop"] ?? 0)
                ratios.add((rates["post-loop"] ?? 0) / max(rates["raw-loop"] ?? 1, 1))
            }
            let label = processes == 1 ? "one process" : "\(processes) processes at once"
            let note = accounts < 500 ? "only \(accounts) bench accounts on this small file: the daily-limit reads swell; use a larger file" : ""
            report.add("posting_raw_\(processes)p", "Raw SQLite baseline, same writes, \(label), median", raw.p50, "ops/s")
            report.add("posting_real_\(processes)p", "Transfers through the services, \(label), median", real.p50, "ops/s")
            report.add("posting_ratio_\(processes)p", "Services ÷ raw baseline, \(label), median of \(rounds) paired rounds", ratios.p50, "×",
                       target: 0.8, higherIsBetter: true, note: note)
            report.add("posting_ratio_spread_\(processes)p", "  the \(rounds) pairs' ratios ranged from \(BenchReport.format(ratios.minimum))"
                       + " to", ratios.maximum, "×")
        }
    }
}
