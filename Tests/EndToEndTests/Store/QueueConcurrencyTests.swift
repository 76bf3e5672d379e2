import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TestSupport

/// Several counters (separate processes, one SQLite file) calling "next" at
/// the same time: every ticket is called exactly once and none is lost.
struct QueueConcurrencyTests {
    static let processes = 8
    static let tickets = 1_000

    @Test func eightProcessesCallEveryTicketExactlyOnce() throws {
        let folder = try Fixture.scratchFolder()
        let path = folder + "/queue.sqlite"
        let context = try BranchContext.open(path: path, terminal: "test", pinIterations: 1_000)
        try SetupService(context).createBranch(code: "CC01", name: "Concurrency", businessDate: BusinessDate("2026-11-23")!,
                                               adminUsername: "admin", adminName: "Admin", pin: "864200",
                                               training: true)  // teller-bench works on training branches only
        let admin = try #require(try OperatorRepository(db: context.database).find(username: "admin")?.operator)
        let administration = OperatorAdministration(context)
        for n in 1...Self.processes {
            try administration.add(username: "teller\(n)", displayName: "Teller \(n)", role: .teller, pin: "135790", by: admin)
        }
        let guide = try administration.add(username: "guide", displayName: "Guide", role: .guide, pin: "246810", by: admin)
        let queue = QueueService(context)
        let types = BusinessType.allCases
        let started = Date()
        for n in 0..<Self.tickets {
            let type = types[n % types.count]
            var needs = ["service": NeedsQuestionnaire.services(for: type)[0], "documents": "id_card", "urgency": "normal", "assistance": "none"]
            if NeedsQuestionnaire.questions(for: type).contains(where: { $0.id == "amount" }) { needs["amount"] = "none" }
            _ = try queue.issue(type: type, priority: n % 7 == 0 ? .elderly : nil, customerID: nil, needs: needs, by: guide)
        }
        let issueSeconds = Date().timeIntervalSince(started)

        let bench = Fixture.binary("teller-bench")
        let workers: [(Process, Pipe)] = (1...Self.processes).map { n in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: bench)
            process.arguments = ["call-next", "--db", path, "--counter", String(n), "--operator", "teller\(n)"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.standardError
            return (process, pipe)
        }
        let callStarted = Date()
        for (process, _) in workers { try process.run() }
        var served: [Int64] = []
        for (process, pipe) in workers {
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            served += String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { Int64($0) }
        }
        let callSeconds = Date().timeIntervalSince(callStarted)
        print("queue concurrency: \(Self.processes) processes, \(Self.tickets) tickets issued in "
              + String(format: "%.2f", issueSeconds) + " s, all served in " + String(format: "%.2f", callSeconds) + " s ("
              + String(format: "%.0f", Double(Self.tickets * 3) / callSeconds) + " queue operations/s)")

        #expect(served.count == Self.tickets)
        #expect(Set(served).count == Self.tickets)
        let check = try Database.open(path: path)
        #expect(try check.scalarInt("SELECT count(*) FROM tickets WHERE status = 'finished'") == Int64(Self.tickets))
        #expect(try check.scalarInt("SELECT count(*) FROM queue_events WHERE kind = 'called'") == Int64(Self.tickets))
        #expect(try check.scalarInt("SELECT count(DISTINCT ticket_id) FROM queue_events WHERE kind = 'called'") == Int64(Self.tickets))
        #expect(try check.scalarInt("SELECT count(*) FROM counters WHERE current_ticket_id IS NOT NULL") == 0)
        #expect(try AuditTrail(db: check, key: try BranchKeyFile.load(path: path + ".key")).verify().isEmpty)
    }
}
