import BankCore
import Foundation

/// The facts of tickets issued in a period that share a business type, a
/// counter number and a finishing operator (any of them may be nil: not
/// called to a counter, no recorded operator).
public struct TicketGroupFacts: Sendable, Equatable {
    public var businessType: String
    public var counterNumber: Int?
    public var operatorID: Int64?
    public var facts: TicketFacts
}

/// Complaints received in a period grouped by the type and counter of their
/// linked ticket and by the operator they are about.
public struct ComplaintGroupFacts: Sendable, Equatable {
    public var businessType: String?
    public var counterNumber: Int?
    public var aboutOperatorID: Int64?
    public var facts: ComplaintFacts
}

/// One called ticket's wait (called_at − issued_at, milliseconds) and the
/// index of its group in `TicketScan.groups`, for the percentile.
public struct TicketWait: Sendable, Equatable {
    public var millis: Int64
    public var group: Int
}

/// Tickets served, called tickets and their total wait in one bucket of the series.
public struct SeriesFacts: Sendable, Equatable {
    public var served = 0
    public var waits = 0
    public var waitTotalMillis: Int64 = 0
}

/// Everything the report needs from a period's tickets, read in one pass.
public struct TicketScan: Sendable, Equatable {
    /// Additive facts per (business type, counter, finishing operator).
    public var groups: [TicketGroupFacts] = []
    /// Every wait of a called ticket, in no particular order.
    public var waits: [TicketWait] = []
    /// One entry per bucket asked for, in the same order.
    public var series: [SeriesFacts] = []
}

/// Reads the KPI facts from the stored events. Every query takes the
/// half-open period [start, end) as epoch milliseconds. The operator of a
/// ticket is `tickets.finished_by`: the operator of its last 'finished' queue
/// event (kept by a trigger, schema 7).
///
/// Tickets are read row by row from the covering index `tickets_kpi` and
/// counted in Swift by `TicketFacts.count`: one pass over a year of tickets
/// costs less than SQLite's GROUP BY sort, and the same pass collects the
/// waits for the percentiles and the series buckets. Operations, reversals,
/// refusals, drawer variances and complaints are aggregated in SQL.
public final class KPIRepository {
    let db: Database

    public init(db: Database) { self.db = db }

    private func bounds(_ period: KPIPeriod) -> [SQLValue] { [SQLValue(millis: period.start), SQLValue(millis: period.end)] }

    /// A period's tickets, every column the figures read: one range of the covering index tickets_kpi.
    static let ticketScanSQL = """
        SELECT business_type, counter_id, finished_by, outcome, issued_at, called_at, started_at, finished_at, satisfaction
        FROM tickets WHERE issued_at >= ? AND issued_at < ?
        """

    /// Operations per maker in a period. Each maker is found by seeks in the partial index
    /// journal_entries_operations (the smallest, then the next above it) and its entries in the period
    /// counted in one range there: no sort and no table row is read. The kind list must stay word for
    /// word the index's, or SQLite cannot use the index.
    static let operationsSQL = """
        WITH RECURSIVE makers(id) AS (
            SELECT (SELECT min(maker_id) FROM journal_entries
                    WHERE kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer'))
            UNION ALL
            SELECT (SELECT min(maker_id) FROM journal_entries
                    WHERE kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer') AND maker_id > makers.id)
            FROM makers WHERE makers.id IS NOT NULL)
        SELECT operator, n FROM (
            SELECT id AS operator, (SELECT count(*) FROM journal_entries
                                    WHERE kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer')
                                      AND maker_id = makers.id AND at >= ?1 AND at < ?2) AS n
            FROM makers WHERE id IS NOT NULL)
        WHERE n > 0
        """

    /// Reversals in a period per maker of the entry reversed, from the partial index journal_entries_reversals.
    static let reversalsSQL = """
        SELECT o.maker_id AS operator, count(*) AS n FROM journal_entries r JOIN journal_entries o ON o.id = r.reverses_id
        WHERE r.at >= ? AND r.at < ? AND r.kind = 'reversal'
        GROUP BY o.maker_id
        """

    /// Counter numbers by counter id (a ticket keeps the id; figures are shown by number).
    func counterNumbers() throws -> [Int64: Int] {
        var numbers: [Int64: Int] = [:]
        try db.forEachRow("SELECT id, number FROM counters") { row in
            if let id = row.int("id"), let number = row.int("number") { numbers[id] = Int(number) }
        }
        return numbers
    }

    /// The tickets issued in `period`: facts per group, every wait, and the series facts of each of
    /// `buckets` (which must be consecutive and ascending, as `KPIPeriod.buckets` makes them). Closed
    /// days listed in `summarized` (by their [start, end) in epoch milliseconds, wholly inside the period
    /// and inside one bucket) are read from their stored summaries (`KPIDaySummaries`); the rest live.
    public func ticketScan(_ period: KPIPeriod, buckets: [KPIPeriod], summarized: [KPIDay] = []) throws -> TicketScan {
        var builder = TicketScanBuilder(buckets: buckets, counterNumbers: try counterNumbers())
        let start: Int64 = EpochMillis.from(period.start), end: Int64 = EpochMillis.from(period.end)
        let inside = summarized.filter { (day: KPIDay) -> Bool in
            day.start >= start && day.end <= end && builder.oneBucket(day.start, day.end)
        }
        let days = inside.sorted { $0.start < $1.start }
        var cursor = start
        for day in days where day.start >= cursor {
            if cursor < day.start { try scanLive(cursor, day.start, into: &builder) }
            try readSummaries(day, into: &builder)
            cursor = day.end
        }
        if cursor < end { try scanLive(cursor, end, into: &builder) }
        guard builder.fits else { throw Row.damaged("tickets", "times whose differences and totals fit in 64 bits", in: db) }
        return builder.scan
    }

    /// Counts the tickets issued in [start, end) (epoch milliseconds), read from the covering index tickets_kpi.
    func scanLive(_ start: Int64, _ end: Int64, into builder: inout TicketScanBuilder) throws {
        var types = BusinessType.allCases.map(\.rawValue)
        let outcomes = ServiceOutcome.allCases.map(\.rawValue)
        try db.forEachCursor(Self.ticketScanSQL, [.integer(start), .integer(end)]) { row in
            guard let issuedAt = row.int(4) else { throw Row.damaged("tickets.issued_at", "a time", in: db) }
            let typeName = row.text(0, among: types) ?? ""
            if !types.contains(typeName) { types.append(typeName) }
            builder.addTicket(TicketScanBuilder.GroupKey(type: typeName, counterID: row.int(1), operatorID: row.int(2)),
                              outcome: row.text(3, among: outcomes), issuedAt: issuedAt, calledAt: row.int(5), startedAt: row.int(6),
                              finishedAt: row.int(7), satisfaction: row.int(8))
        }
    }

    /// Operations and errors per operator (operations and refusals by their maker, reversals by the
    /// maker of the entry reversed, drawer variances by the drawer's teller); nil key for refusals
    /// logged without an operator.
    public func operationGroups(_ period: KPIPeriod) throws -> [Int64?: OperationFacts] {
        var result: [Int64?: OperationFacts] = [:]
        try db.forEachRow(Self.operationsSQL, bounds(period)) { row in
            result[row.int("operator"), default: OperationFacts()].operations += Int(row.int("n") ?? 0)
        }
        try db.forEachRow(Self.reversalsSQL, bounds(period)) { row in
            result[row.int("operator"), default: OperationFacts()].reversals += Int(row.int("n") ?? 0)
        }
        try db.forEachRow("""
            SELECT operator_id AS operator, count(*) AS n FROM operation_refusals WHERE at >= ? AND at < ? GROUP BY operator_id
            """, bounds(period)) { row in
            result[row.int("operator"), default: OperationFacts()].refusals += Int(row.int("n") ?? 0)
        }
        try db.forEachRow("""
            SELECT operator_id AS operator, count(*) AS n FROM drawer_sessions
            WHERE closed_at >= ? AND closed_at < ? AND variance IS NOT NULL AND variance <> 0
            GROUP BY operator_id
            """, bounds(period)) { row in
            result[row.int("operator"), default: OperationFacts()].drawerVariances += Int(row.int("n") ?? 0)
        }
        return result
    }

    /// Complaints received in the period, grouped by linked ticket's type and counter and by the operator they are about.
    public func complaintGroups(_ period: KPIPeriod) throws -> [ComplaintGroupFacts] {
        try db.query("""
            SELECT t.business_type AS type, c.number AS counter, p.about_operator_id AS operator,
                count(*) AS received,
                count(*) FILTER (WHERE p.status IN ('responded', 'closed')) AS resolved,
                count(*) FILTER (WHERE p.status IN ('responded', 'closed') AND p.responded_at IS NOT NULL
                                 AND p.responded_at <= p.due_at) AS on_time
            FROM complaints p LEFT JOIN tickets t ON t.id = p.ticket_id LEFT JOIN counters c ON c.id = t.counter_id
            WHERE p.received_at >= ? AND p.received_at < ?
            GROUP BY 1, 2, 3
            """, bounds(period)).map { row in
            ComplaintGroupFacts(businessType: row.string("type"), counterNumber: row.int("counter").map(Int.init),
                                aboutOperatorID: row.int("operator"),
                                facts: ComplaintFacts(received: Int(row.int("received") ?? 0), resolved: Int(row.int("resolved") ?? 0),
                                                      onTime: Int(row.int("on_time") ?? 0)))
        }
    }

    /// Usernames by operator id, for naming the per-operator rows.
    public func operatorNames() throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        try db.forEachRow("SELECT id, username FROM operators") { row in
            if let id = row.int("id"), let name = row.string("username") { names[id] = name }
        }
        return names
    }
}
