import BankCore
import BankStore
import BranchServices
import CSQLite
import Foundation
import Glibc
import Localization

/// `run`: every benchmark on one branch file, printed as a table and written
/// as JSON. Reads first (they do not change the file), then the screens,
/// then the posting runs, which add the bench tellers and their transfers.
enum RunCommand {
    static func run(_ options: BenchOptions) {
        let path = options.text("db")
        guard FileManager.default.fileExists(atPath: path) else {
            BenchOptions.fail("teller-bench run: no file \(path); make one with: teller-bench generate --db \(path)")
        }
        let jsonPath = options.values["json"] ?? path + ".bench.json"
        let samples = Int(options.integer("samples", default: 300, in: 10...100_000))
        let operations = Int(options.integer("operations", default: 2_500, in: 10...1_000_000))
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let tellerPath = options.values["teller"] ?? executable.deletingLastPathComponent().appendingPathComponent("teller").path
        guard FileManager.default.isExecutableFile(atPath: tellerPath) else {
            BenchOptions.fail("teller-bench run: no teller program at \(tellerPath); build it (swift build -c release) or give --teller PATH")
        }
        let parts = Set((options.values["only"] ?? allParts.joined(separator: ","))
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        if let unknown = parts.subtracting(allParts).first {
            BenchOptions.fail("teller-bench run: --only takes \(allParts.joined(separator: ",")); not \"\(unknown)\"")
        }
        if parts.isEmpty { BenchOptions.fail("teller-bench run: --only names no part; give some of \(allParts.joined(separator: ","))") }
        let jsonFolder = (jsonPath as NSString).deletingLastPathComponent.isEmpty ? "." : (jsonPath as NSString).deletingLastPathComponent
        guard FileManager.default.isWritableFile(atPath: jsonFolder) else {
            BenchOptions.fail("teller-bench run: cannot write the figures to \(jsonPath) (no writable folder \(jsonFolder)); give --json PATH")
        }
        var report = BenchReport()
        report.machine = machine()
        do {
            let context = try BranchContext.open(path: path, terminal: "bench-run:\(getpid())")
            guard context.branch() != nil else { BenchOptions.failRun("teller-bench run: \(path) holds no branch") }
            for (key, sql) in [("customers", "customers"), ("accounts", "accounts"), ("journal_entries", "journal_entries"),
                               ("postings", "postings"), ("tickets", "tickets"), ("queue_events", "queue_events"),
                               ("complaints", "complaints"), ("audit_rows", "audit_log")] {
                report.branch[key] = Int(try context.database.scalarInt("SELECT count(*) FROM \(sql)") ?? 0)
            }
            report.branch["file_megabytes"] = Int((((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int64) ?? 0) / 1_048_576)
            FileHandle.standardError.write(Data("measuring \(path)…\n".utf8))
            var queries = QueryBench(context: context)
            if parts.contains("search") { try queries.search(into: &report, samples: samples) }
            if parts.contains("statement") { try queries.statement(into: &report, samples: samples) }
            if parts.contains("kpi") { try queries.kpi(into: &report, runs: 5) }
            let screens = ScreenBench(path: path, tellerPath: tellerPath)
            if parts.contains("keys") || parts.contains("launch") {
                let dashboardKey = try screens.keystrokes(into: &report, count: samples)
                if parts.contains("launch") { try screens.launch(into: &report, runs: 10, dashboardKey: dashboardKey) }
            }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            report.add("bench_rss", "Peak memory (RSS) of this benchmark after the reads and screens", Double(usage.ru_maxrss) / 1_024, "MB")
            if parts.contains("posting") { try PostingBench(path: path, executable: executable).measure(into: &report, count: operations) }
        } catch let failure as BenchFailure {
            BenchOptions.failRun("teller-bench run: \(failure.description)")
        } catch let message as LocalizedMessage {
            BenchOptions.failRun("teller-bench run: " + BenchOptions.messageText(message))
        } catch {
            BenchOptions.failRun("teller-bench run: \(error)")
        }
        print(report.table)
        do {
            try report.json().write(to: URL(fileURLWithPath: jsonPath))
            print("\nJSON: \(jsonPath)")
        } catch {
            BenchOptions.failRun("teller-bench run: cannot write \(jsonPath): \(error.localizedDescription)")
        }
    }

    /// The parts `--only` can pick, in the order they run.
    static let allParts = ["search", "statement", "kpi", "keys", "launch", "posting"]

    /// What the figures were measured on.
    static func machine() -> [String: String] {
        var machine: [String: String] = ["cores": String(ProcessInfo.processInfo.activeProcessorCount),
                                         "memory_gb": String(ProcessInfo.processInfo.physicalMemory / 1_073_741_824),
                                         "os": ProcessInfo.processInfo.operatingSystemVersionString]
        if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") }) {
            machine["cpu"] = line.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        machine["sqlite"] = Database.libraryVersion
        return machine
    }
}
