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

/// Reads the KPI facts straight from the stored events with SQL aggregation,
/// so a year of tickets never has to be loaded row by row. Every query takes
/// the half-open period [start, end) as epoch milliseconds. The operator of a
/// ticket is the operator of its last 'finished' queue event.
public final class KPIRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    private func bounds(_ period: KPIPeriod) -> [SQLValue] { [SQLValue(millis: period.start), SQLValue(millis: period.end)] }

    /// The finishing operator of ticket `t`: one seek in the covering partial index queue_events_finished.
    private static let finishingOperator = """
        (SELECT q.operator_id FROM queue_events q WHERE q.ticket_id = t.id AND q.kind = 'finished' ORDER BY q.id DESC LIMIT 1)
        """

    /// Additive ticket facts per (business type, counter, operator).
    public func ticketGroups(_ period: KPIPeriod) throws -> [TicketGroupFacts] {
        try db.query("""
            SELECT t.business_type AS type, c.number AS counter, \(Self.finishingOperator) AS operator,
                count(*) AS issued,
                count(*) FILTER (WHERE t.outcome = 'served') AS served,
                count(t.outcome) AS with_outcome,
                count(*) FILTER (WHERE t.outcome = 'no_show') AS no_shows,
                count(t.called_at) AS waits,
                coalesce(sum(t.called_at - t.issued_at), 0) AS wait_total,
                count(*) FILTER (WHERE t.outcome = 'served' AND t.started_at IS NOT NULL AND t.finished_at IS NOT NULL) AS handlings,
                coalesce(sum(t.finished_at - t.started_at) FILTER (WHERE t.outcome = 'served'), 0) AS handling_total,
                count(*) FILTER (WHERE t.satisfaction = 1) AS s1, count(*) FILTER (WHERE t.satisfaction = 2) AS s2,
                count(*) FILTER (WHERE t.satisfaction = 3) AS s3, count(*) FILTER (WHERE t.satisfaction = 4) AS s4,
                count(*) FILTER (WHERE t.satisfaction = 5) AS s5
            FROM tickets t LEFT JOIN counters c ON c.id = t.counter_id
            WHERE t.issued_at >= ? AND t.issued_at < ?
            GROUP BY 1, 2, 3
            """, bounds(period)).map { row in
            var facts = TicketFacts()
            facts.issued = Int(row.int("issued") ?? 0)
            facts.served = Int(row.int("served") ?? 0)
            facts.withOutcome = Int(row.int("with_outcome") ?? 0)
            facts.noShows = Int(row.int("no_shows") ?? 0)
            facts.waits = Int(row.int("waits") ?? 0)
            facts.waitTotalMillis = row.int("wait_total") ?? 0
            facts.handlings = Int(row.int("handlings") ?? 0)
            facts.handlingTotalMillis = row.int("handling_total") ?? 0
            facts.satisfaction = ["s1", "s2", "s3", "s4", "s5"].map { Int(row.int($0) ?? 0) }
            return TicketGroupFacts(businessType: row.string("type") ?? "", counterNumber: row.int("counter").map(Int.init),
                                    operatorID: row.int("operator"), facts: facts)
        }
    }

    /// Every wait (called_at − issued_at, milliseconds) of tickets issued in the period and called,
    /// in ascending order, with the ticket's type, counter number and finishing operator. SQLite
    /// sorts; the caller picks percentiles as the values stream by (`NearestRankPicker`).
    public func forEachWaitAscending(_ period: KPIPeriod,
                                     _ body: (_ type: String, _ counter: Int?, _ operatorID: Int64?, _ wait: Int64) throws -> Void) throws {
        try db.forEachRow("""
            SELECT t.business_type AS type, c.number AS counter, \(Self.finishingOperator) AS operator, t.called_at - t.issued_at AS wait
            FROM tickets t LEFT JOIN counters c ON c.id = t.counter_id
            WHERE t.issued_at >= ? AND t.issued_at < ? AND t.called_at IS NOT NULL
            ORDER BY wait
            """, bounds(period)) { row in
            guard let wait = row.int("wait") else { return }
            try body(row.string("type") ?? "", row.int("counter").map(Int.init), row.int("operator"), wait)
        }
    }

    /// Operations and errors per operator (operations and refusals by their maker, reversals by the
    /// maker of the entry reversed, drawer variances by the drawer's teller); nil key for refusals
    /// logged without an operator.
    public func operationGroups(_ period: KPIPeriod) throws -> [Int64?: OperationFacts] {
        var result: [Int64?: OperationFacts] = [:]
        try db.forEachRow("""
            SELECT maker_id AS operator, count(*) AS n FROM journal_entries
            WHERE at >= ? AND at < ? AND kind IN ('deposit', 'withdrawal', 'transfer', 'external_transfer')
            GROUP BY maker_id
            """, bounds(period)) { row in
            result[row.int("operator"), default: OperationFacts()].operations += Int(row.int("n") ?? 0)
        }
        try db.forEachRow("""
            SELECT o.maker_id AS operator, count(*) AS n FROM journal_entries r JOIN journal_entries o ON o.id = r.reverses_id
            WHERE r.at >= ? AND r.at < ? AND r.kind = 'reversal'
            GROUP BY o.maker_id
            """, bounds(period)) { row in
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

    /// Tickets served, called tickets and their total wait for tickets issued in `bucket`.
    public func seriesPoint(_ bucket: KPIPeriod) throws -> (served: Int, waits: Int, waitTotalMillis: Int64) {
        let row = try db.queryOne("""
            SELECT count(*) FILTER (WHERE outcome = 'served') AS served, count(called_at) AS waits,
                coalesce(sum(called_at - issued_at), 0) AS wait_total
            FROM tickets WHERE issued_at >= ? AND issued_at < ?
            """, bounds(bucket))
        return (Int(row?.int("served") ?? 0), Int(row?.int("waits") ?? 0), row?.int("wait_total") ?? 0)
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
