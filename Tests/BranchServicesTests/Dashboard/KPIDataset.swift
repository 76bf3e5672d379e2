import BankCore
import BranchServices
import Foundation
import BankStore
import TestSupport

/// A small hand-built branch history around day D = 2026-03-02 (UTC),
/// inserted with plain SQL into a real SQLite file. Every expected number in
/// the KPI tests is worked out by hand from the table below.
///
/// Tickets (wait = called − issued, handling = finished − started):
///
/// | # | issued (UTC)   | type     | ctr | wait  | handling | outcome | sat | finished by |
/// |---|----------------|----------|-----|-------|----------|---------|-----|-------------|
/// | 1 | D 09:00        | cash     | 1   | 60    | 300      | served  | 5   | teller      |
/// | 2 | D 09:10        | cash     | 1   | 120   | 600      | served  | 4   | teller      |
/// | 3 | D 09:20        | cash     | 2   | 180   | 900      | served  | 3   | supervisor  |
/// | 4 | D 10:00        | accounts | 2   | 240   | 1200     | served  | 5   | supervisor  |
/// | 5 | D 10:10        | accounts | 2   | 600   | -        | no_show | -   | -           |
/// | 6 | D 11:00        | loans    | 1   | -     | -        | left    | -   | -           |
/// | 7 | D 11:30        | loans    | -   | -     | -        | (none)  | -   | -           |
/// | 8 | D 23:30        | cash     | 1   | 1200  | 900      | served  | 2   | teller      |
/// | 9 | D+1 00:30      | cash     | 1   | 300   | 600      | served  | 4   | teller      |
/// |10 | D−1 23:59      | cash     | 1   | 60    | 300      | served  | 4   | teller      |
///
/// Journal on D: deposit, withdrawal, transfer by the teller; an external
/// transfer by the supervisor; a drawer_open (not an operation); a reversal
/// of the withdrawal by the supervisor. On D−1: one deposit by the teller.
/// Refusals: one by the teller on D, one by the supervisor on D+1.
/// Drawers closed on D: the teller's with variance −500, another with 0;
/// closed on D−1: one with variance 100.
/// Complaints on D: #1 about the teller on ticket 1, closed on time; #2 with
/// no ticket and nobody named, responded late; #3 about the supervisor on
/// ticket 4, still investigating. On D−1: one more.
struct KPIDataset {
    static let utc = TimeZone(identifier: "UTC")!
    /// 2026-03-02 00:00:00 UTC in milliseconds.
    static let dayStart: Int64 = 1_772_409_600_000
    static let day = BusinessDate("2026-03-02")!

    let fixture: BranchFixture
    let branch: StaffedBranch
    var context: BranchContext { branch.context }

    static func at(_ hours: Double, day offset: Int = 0) -> Int64 {
        dayStart + Int64(offset) * 86_400_000 + Int64(hours * 3_600_000)
    }

    init(populated: Bool = true) throws {
        fixture = try BranchFixture()
        branch = try StaffedBranch(fixture)
        if populated { try insert() }
    }

    private func insert() throws {
        let db = context.database
        let teller = branch.teller.id, supervisor = branch.supervisor.id
        try db.execute("INSERT INTO counters (id, number, updated_at) VALUES (1, 1, 0), (2, 2, 0)")
        typealias Ticket = (id: Int, date: String, hours: Double, dayOffset: Int, type: String, counter: Int?, wait: Int?,
                            handling: Int?, outcome: String?, satisfaction: Int?, finisher: Int64?)
        let tickets: [Ticket] = [
            (1, "2026-03-02", 9.0, 0, "cash", 1, 60, 300, "served", 5, teller),
            (2, "2026-03-02", 9 + 10.0 / 60, 0, "cash", 1, 120, 600, "served", 4, teller),
            (3, "2026-03-02", 9 + 20.0 / 60, 0, "cash", 2, 180, 900, "served", 3, supervisor),
            (4, "2026-03-02", 10.0, 0, "accounts", 2, 240, 1200, "served", 5, supervisor),
            (5, "2026-03-02", 10 + 10.0 / 60, 0, "accounts", 2, 600, nil, "no_show", nil, nil),
            (6, "2026-03-02", 11.0, 0, "loans", 1, nil, nil, "left", nil, nil),
            (7, "2026-03-02", 11.5, 0, "loans", nil, nil, nil, nil, nil, nil),
            (8, "2026-03-02", 23.5, 0, "cash", 1, 1200, 900, "served", 2, teller),
            (9, "2026-03-03", 0.5, 1, "cash", 1, 300, 600, "served", 4, teller),
            (10, "2026-03-01", 23 + 59.0 / 60, -1, "cash", 1, 60, 300, "served", 4, teller),
        ]
        for t in tickets {
            let issued = Self.at(t.hours, day: t.dayOffset)
            let called = t.wait.map { issued + Int64($0) * 1000 }
            let started = t.handling == nil ? nil : called
            let finished = t.handling.flatMap { h in started.map { $0 + Int64(h) * 1000 } }
            let status = t.outcome == nil ? "waiting" : (t.outcome == "served" ? "finished" : (t.outcome == "left" ? "left" : "no_show"))
            try db.execute("""
                INSERT INTO tickets (id, business_date, series, number, business_type, status, issued_at, called_at, started_at,
                    finished_at, counter_id, outcome, satisfaction)
                VALUES (?, ?, 'A', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(Int64(t.id)), .text(t.date), .integer(Int64(t.id)), .text(t.type), .text(status), .integer(issued),
                      called.map { .integer($0) } ?? .null, started.map { .integer($0) } ?? .null,
                      finished.map { .integer($0) } ?? .null, t.counter.map { .integer(Int64($0)) } ?? .null,
                      t.outcome.map { .text($0) } ?? .null, t.satisfaction.map { .integer(Int64($0)) } ?? .null])
            try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type) VALUES (?, ?, 'issued', ?)",
                           [.integer(Int64(t.id)), .integer(issued), .text(t.type)])
            if let called {
                // The caller is deliberately someone else: only the 'finished' event names the operator.
                try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (?, ?, 'called', ?, ?)",
                               [.integer(Int64(t.id)), .integer(called), .text(t.type), .integer(branch.admin.id)])
            }
            if let finished {
                try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (?, ?, 'finished', ?, ?)",
                               [.integer(Int64(t.id)), .integer(finished), .text(t.type), t.finisher.map { .integer($0) } ?? .null])
            }
        }
        func entry(_ id: Int64, _ kind: String, _ maker: Int64, _ at: Int64, reverses: Int64? = nil) throws {
            try db.execute("""
                INSERT INTO journal_entries (id, kind, idempotency_key, request_hash, business_date, currency, amount, maker_id,
                    reverses_id, at)
                VALUES (?, ?, ?, 'h', '2026-03-02', 'CNY', 100, ?, ?, ?)
                """, [.integer(id), .text(kind), .text("kpi-test-key-\(id)"), .integer(maker), reverses.map { .integer($0) } ?? .null,
                      .integer(at)])
        }
        try entry(101, "deposit", teller, Self.at(9.1))
        try entry(102, "withdrawal", teller, Self.at(9.3))
        try entry(103, "transfer", teller, Self.at(10))
        try entry(104, "external_transfer", supervisor, Self.at(10.5))
        try entry(105, "drawer_open", teller, Self.at(8))
        try entry(106, "reversal", supervisor, Self.at(11), reverses: 102)
        try entry(107, "deposit", teller, Self.at(12, day: -1))
        for (at, by) in [(Self.at(12), teller), (Self.at(12, day: 1), supervisor)] {
            try db.execute("""
                INSERT INTO operation_refusals (at, business_date, operator_id, kind, reason) VALUES (?, '2026-03-02', ?, 'withdrawal', 'frozen')
                """, [.integer(at), .integer(by)])
        }
        try db.execute("INSERT INTO internal_accounts (id, code, kind, currency, operator_id) VALUES (1, 'DRW-T', 'drawer', 'CNY', ?)",
                       [.integer(teller)])
        for (id, closed, variance) in [(1, Self.at(18), -500), (2, Self.at(18.5), 0), (3, Self.at(18, day: -1), 100)] {
            try db.execute("""
                INSERT INTO drawer_sessions (id, operator_id, internal_id, business_date, status, opened_at, open_entry_id, verified_by,
                    signed_off_by, variance, closed_at)
                VALUES (?, ?, 1, '2026-03-02', 'closed', ?, 105, ?, ?, ?, ?)
                """, [.integer(Int64(id)), .integer(teller), .integer(closed - 36_000_000), .integer(supervisor), .integer(supervisor),
                      .integer(Int64(variance)), .integer(closed)])
        }
        typealias Complaint = (number: String, received: Int64, ticket: Int?, about: Int64?, status: String, responded: Int64?, due: Int64)
        let complaints: [Complaint] = [
            ("C1", Self.at(10), 1, teller, "closed", Self.at(15), Self.at(10, day: 15)),
            ("C2", Self.at(12), nil, nil, "responded", Self.at(13), Self.at(12.5)),
            ("C3", Self.at(13), 4, supervisor, "investigating", nil, Self.at(13, day: 15)),
            ("C4", Self.at(9, day: -1), nil, nil, "received", nil, Self.at(9, day: 14)),
        ]
        for c in complaints {
            try db.execute("""
                INSERT INTO complaints (number, channel, category, severity, description, about_operator_id, ticket_id, team, status,
                    business_date, received_at, due_at, response_explanation, responded_at, created_by)
                VALUES (?, 'counter', 'service_attitude', 'low', 'Rude at the counter', ?, ?, 'service', ?, '2026-03-02', ?, ?, ?, ?, ?)
                """, [.text(c.number), c.about.map { .integer($0) } ?? .null, c.ticket.map { .integer(Int64($0)) } ?? .null,
                      .text(c.status), .integer(c.received), .integer(c.due),
                      c.responded == nil ? .null : .text("Explained"), c.responded.map { .integer($0) } ?? .null,
                      .integer(branch.admin.id)])
        }
    }

    /// The report for a period, read the way the command line does (no actor).
    func report(_ period: KPIPeriod) throws -> KPIReport {
        try KPIService(context).report(for: period, by: nil)
    }

    static var dayD: KPIPeriod { KPIPeriod.day(day, timeZone: utc) }
}
