import BankCore
import BankStore
import BranchServices
import Foundation

/// The read paths a teller or supervisor waits on, measured through the same
/// services the screens call (permission checks included) on the branch file.
struct QueryBench {
    let context: BranchContext
    var random = SeededGenerator(seed: 7)

    /// Customer search by full name, ID number and phone for customers picked at random.
    mutating func search(into report: inout BenchReport, samples count: Int) throws {
        let teller = try BenchBranch.operator("teller", in: context)
        let service = CustomerService(context)
        let total = Int(try context.database.scalarInt("SELECT max(id) FROM customers") ?? 0)
        var picked: [Customer] = []
        let repository = CustomerRepository(db: context.database)
        while picked.count < count, total > 0 {
            if let customer = try repository.find(id: Int64(1 + random.next(below: total))) { picked.append(customer) }
        }
        let kinds: [(key: String, label: String, text: (Customer) -> String)] = [
            ("name", "name", \.name), ("id_number", "ID number", \.idNumber), ("phone", "phone", \.phone),
            ("surname", "surname only (many matches)", { String($0.name.prefix(1)) }),
            ("no_match", "a name nobody has", { _ in "无此人" }),
        ]
        for kind in kinds {
            var samples = Samples()
            for customer in picked {
                let found = try samples.time { try service.search(kind.text(customer), by: teller) }
                // A common name can fill the whole first page (50) with namesakes; otherwise the customer must be there.
                if kind.key != "no_match", kind.key != "surname", !found.contains(where: { $0.id == customer.id }), found.count < 50 {
                    throw BenchFailure("search by \(kind.label) did not find customer \(customer.id)")
                }
            }
            let target: Double? = ["name", "id_number", "phone"].contains(kind.key) ? 10 : nil
            report.add("search_\(kind.key)_p50", "Customer search by \(kind.label), p50", samples.p50, "ms")
            report.add("search_\(kind.key)_p99", "Customer search by \(kind.label), p99", samples.p99, "ms", target: target)
        }
    }

    /// One statement page at the newest and at the oldest end of the busiest customer account.
    func statement(into report: inout BenchReport, samples count: Int) throws {
        let supervisor = try BenchBranch.operator("super", in: context)
        guard let busiest = try context.database.queryOne("""
            SELECT account_id, count(*) AS n FROM postings WHERE account_id IS NOT NULL GROUP BY account_id ORDER BY n DESC LIMIT 1
            """), let accountID = busiest.int("account_id") else { throw BenchFailure("no customer postings to page through") }
        let query = LedgerQueryService(context)
        let pageSize = 12
        var newest = Samples(), oldest = Samples(), older = Samples()
        for _ in 0..<count {
            let page = try newest.time { try query.statement(accountID: accountID, limit: pageSize, by: supervisor) }
            try oldest.time { _ = try query.statementFromStart(accountID: accountID, limit: pageSize, by: supervisor) }
            if let last = page.last {
                try older.time { _ = try query.statement(accountID: accountID, beforePostingID: last.postingID, limit: pageSize, by: supervisor) }
            }
        }
        let lines = Int(busiest.int("n") ?? 0)
        report.branch["busiest_account_lines"] = lines
        report.add("statement_newest_p50", "Statement page, newest end (\(lines) lines), p50", newest.p50, "ms")
        report.add("statement_newest_p99", "Statement page, newest end, p99", newest.p99, "ms", target: 10)
        report.add("statement_next_p99", "Statement page, the next older page, p99", older.p99, "ms", target: 10)
        report.add("statement_oldest_p50", "Statement page, oldest end, p50", oldest.p50, "ms")
        report.add("statement_oldest_p99", "Statement page, oldest end, p99", oldest.p99, "ms", target: 10)
    }

    /// The KPI report for the last full day, the last full month and the last full calendar year
    /// (the year to date when the history is shorter), as the dashboard and `teller report` build it.
    func kpi(into report: inout BenchReport, runs: Int) throws {
        let today = context.businessDate
        let yesterday = today.adding(days: -1)
        let lastMonth = today.adding(days: -today.day)
        let oldest = Date(timeIntervalSince1970: Double(try context.database.scalarInt("SELECT min(issued_at) FROM tickets") ?? 0) / 1_000)
        let fullYear = KPIPeriod.year(today.year - 1).flatMap { $0.start >= oldest ? $0 : nil }
        let periods: [(String, String, KPIPeriod?, Double?)] = [
            ("day", "KPI dashboard, one day (\(yesterday))", KPIPeriod.day(yesterday), nil),
            ("month", "KPI dashboard, one month (\(lastMonth.year)-\(String(format: "%02d", lastMonth.month)))",
             KPIPeriod.month(year: lastMonth.year, month: lastMonth.month), 100),
            ("year", "KPI dashboard, one year (\(fullYear == nil ? "\(today.year) to date" : String(today.year - 1)))",
             fullYear ?? KPIPeriod.thisYear(context.clock.now()), 1_000),
        ]
        let service = KPIService(context)
        let supervisor = try BenchBranch.operator("super", in: context)
        for (key, label, period, target) in periods {
            guard let period else { continue }
            var samples = Samples()
            var issued = 0
            for _ in 0..<runs {
                let figures = try samples.time { try service.report(for: period, by: supervisor) }
                issued = figures.overall.tickets.issued
            }
            report.add("kpi_\(key)_median", label + ", median of \(runs) (\(issued) tickets)", samples.p50, "ms", target: target)
            report.add("kpi_\(key)_max", label + ", slowest run", samples.maximum, "ms")
        }
    }
}

/// A benchmark step that could not measure what it should (stops the run with the reason).
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
