import BankCore
import BankStore
import BranchServices
import Foundation

/// `generate`: a branch file at the scale of a busy branch after two years,
/// for the benchmark and for trying `teller verify`, `teller report` and the
/// screens on a large file. It starts from the training branch (demo logins,
/// customers, vault), hires ten clerks, then loads customers, accounts,
/// money, queue and complaints through the store's own code paths, many rows
/// per transaction (see each part for what it skips). Deterministic for a
/// given `--seed`.
enum GenerateCommand {
    static func run(_ options: BenchOptions) {
        let path = options.text("db")
        let scale = BranchScale.from(options)
        if FileManager.default.fileExists(atPath: path) {
            BenchOptions.fail("teller-bench generate: \(path) already exists; give a new file name (the generator never adds to a branch)")
        }
        let started = Date()
        // Built under a temporary name and renamed when complete, so an interrupted run never leaves a
        // file that looks finished (a leftover .partial is the generator's own and is started over).
        let partial = path + ".partial"
        for suffix in ["", "-wal", "-shm", ".key"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        let summary: String = BenchOptions.orFail {
            let clock = ManualClock(Date())
            let context = try BranchContext.open(path: partial, clock: clock, terminal: "bench-generate:\(getpid())")
            // Loading only: a large page cache for the index updates, and no sync at every commit (a crash
            // mid-load loses the file, which is then made again). The workstation keeps its own settings.
            try context.database.execute("PRAGMA cache_size=-262144")
            try context.database.execute("PRAGMA synchronous=NORMAL")
            try DemoBranch.seed(context)
            let staff = try GeneratedStaff.hire(context, clerks: scale.clerks, at: clock.now())
            var random = SeededGenerator(seed: scale.seed)
            let historyStart = KPIPeriod.day(context.businessDate.adding(days: -scale.days)).start

            let customerIDs = try step("customers") { () throws -> [Int64] in
                let repository = CustomerRepository(db: context.database)
                var ids: [Int64] = []
                ids.reserveCapacity(scale.customers)
                for start in stride(from: 0, to: scale.customers, by: 20_000) {
                    try context.database.transaction {
                        for index in start..<min(start + 20_000, scale.customers) {
                            let joined = historyStart.addingTimeInterval(-Double(random.next(below: 3_000)) * 86_400)
                            ids.append(try repository.insert(GeneratedPeople.customer(index), createdAt: joined, createdBy: nil).id)
                        }
                    }
                }
                return ids
            }
            let accounts = try step("accounts") { () throws -> [(id: Int64, customerID: Int64)] in
                let repository = AccountRepository(db: context.database)
                let branchNumber = AccountOpeningService(context).branchNumber()
                var made: [(id: Int64, customerID: Int64)] = []
                made.reserveCapacity(scale.accounts)
                for start in stride(from: 0, to: scale.accounts, by: 20_000) {
                    try context.database.transaction {
                        var sequence = try repository.nextAccountSequence()
                        for index in start..<min(start + 20_000, scale.accounts) {
                            // Every customer has one account; the rest go to customers picked at random.
                            let customer = index < customerIDs.count ? customerIDs[index] : customerIDs[random.next(below: customerIDs.count)]
                            let type: AccountType = index < scale.busyAccounts || random.next(below: 4) == 0 ? .current : .savings
                            let account = try repository.insertAccount(
                                number: AccountNumber.make(branchNumber: branchNumber, type: type, sequence: sequence), customerID: customer,
                                type: type, currency: .cny, openedAt: openedAt(index, historyStart), openedBy: nil, applicationID: nil)
                            made.append((account.id, customer))
                            sequence += 1
                        }
                    }
                }
                return made
            }
            let entries = try step("ledger") { () throws -> Int in
                var ledger = LedgerHistory(context: context, clock: clock, scale: scale, staff: staff, accounts: accounts,
                                           random: SeededGenerator(seed: scale.seed &+ 1))
                return try ledger.write { openedAt($0, historyStart) }
            }
            let ticketDays = try step("queue") { () throws -> [ClosedRange<Int64>?] in
                var queue = QueueHistory(context: context, scale: scale, staff: staff, customerIDs: customerIDs,
                                         random: SeededGenerator(seed: scale.seed &+ 2))
                return try queue.write()
            }
            let complaints = try step("complaints") { () throws -> Int in
                var complaints = ComplaintHistory(context: context, scale: scale, staff: staff, customerIDs: customerIDs,
                                                  ticketDays: ticketDays, random: SeededGenerator(seed: scale.seed &+ 3))
                return try complaints.write()
            }
            clock.set(Date())
            // Every evening of the history the day closed: its ticket figures are summarized once, as the
            // workstation's KPI service does for each closed day (KPIService+ClosedDays).
            let summarized = try step("kpi days") { () throws -> Int in
                guard let history = KPIPeriod(start: historyStart, end: KPIPeriod.today(clock.now()).start) else { return 0 }
                return try KPIService(context).summarizeClosedDays(in: history)
            }
            try context.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            func count(_ table: String) throws -> Int64 { try context.database.scalarInt("SELECT count(*) FROM \(table)") ?? 0 }
            return "\(customerIDs.count) customers, \(accounts.count) accounts, \(entries) journal entries "
                + "(\(try count("postings")) postings), \(ticketDays.reduce(0) { $0 + ($1?.count ?? 0) }) tickets, \(complaints) complaints, "
                + "\(summarized) closed days summarized "
                + "generated; the file holds \(try count("journal_entries")) entries and \(try count("tickets")) tickets with the training branch's"
        }
        // The connection is closed (its WAL folded in and removed); now the file takes its real name.
        do {
            try? FileManager.default.removeItem(atPath: path + ".key")  // a key left from a deleted bench file of that name
            for suffix in ["-wal", "-shm", ".key"] where FileManager.default.fileExists(atPath: partial + suffix) {
                try FileManager.default.moveItem(atPath: partial + suffix, toPath: path + suffix)
            }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            BenchOptions.failRun("teller-bench generate: cannot rename \(partial) to \(path): \(error.localizedDescription)")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int64) ?? 0
        print("generated \(path) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(size / 1_048_576) MB: \(summary)")
    }

    /// When account `index` was opened: before the history, the busy accounts first.
    static func openedAt(_ index: Int, _ historyStart: Date) -> Date {
        historyStart.addingTimeInterval(-Double(index % 1_500 + 1) * 86_400 + Double(index % 28_800) + 9 * 3600)
    }

    /// Runs one part and reports how long it took on standard error.
    static func step<T>(_ name: String, _ body: () throws -> T) throws -> T {
        let started = Date()
        let result = try body()
        FileHandle.standardError.write(Data("  \(name): \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n".utf8))
        return result
    }
}
