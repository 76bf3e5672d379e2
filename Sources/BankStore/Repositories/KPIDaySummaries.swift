import CSQLite
import BankCore
import Foundation

/// One local calendar day as the KPI figures cut it: [start, end) in epoch
/// milliseconds (its length depends on the time zone's daylight saving).
public struct KPIDay: Sendable, Hashable {
    public var start: Int64
    public var end: Int64

    public init(start: Int64, end: Int64) {
        self.start = start
        self.end = end
    }

    public init(_ period: KPIPeriod) { self.init(start: EpochMillis.from(period.start), end: EpochMillis.from(period.end)) }
}

/// The stored ticket figures of closed days (Migration0018): per day and
/// group (business type, counter, finishing operator) the additive facts and
/// every wait, so a year is read from a few thousand summary rows instead of
/// every ticket, and its percentile stays exact. A day is summarized once it
/// is closed — over, before the business date, and with no ticket of it
/// still called or being served — and never again: nothing can change it
/// then. (Operations, reversals and complaints are not summarized: a later
/// reversal counts on its own day, and complaints change status for weeks.)
extension KPIRepository {
    /// Which of `candidates` have a stored summary.
    public func summarizedDays(among candidates: [KPIDay]) throws -> [KPIDay] {
        guard let first = candidates.map(\.start).min(), let last = candidates.map(\.start).max() else { return [] }
        var stored = Set<KPIDay>()
        try db.forEachRow("SELECT day_start, day_end FROM kpi_closed_days WHERE day_start >= ? AND day_start <= ?",
                          [.integer(first), .integer(last)]) { row in
            if let start = row.int("day_start"), let end = row.int("day_end") { stored.insert(KPIDay(start: start, end: end)) }
        }
        return candidates.filter(stored.contains)
    }

    /// Whether no ticket issued in `day` is still called or being served (its figures can still change then).
    public func isSettled(_ day: KPIDay) throws -> Bool {
        try db.scalarInt("""
            SELECT count(*) FROM tickets WHERE issued_at >= ? AND issued_at < ? AND status IN ('called', 'serving')
            """, [.integer(day.start), .integer(day.end)]) == 0
    }

    /// Counts `day`'s tickets live and stores the result as its summary (once: a day already stored is left alone).
    public func storeSummary(of day: KPIDay) throws {
        guard try summarizedDays(among: [day]).isEmpty else { return }
        var builder = TicketScanBuilder(buckets: [], counterNumbers: [:])
        try scanLive(day.start, day.end, into: &builder)
        guard builder.fits else { throw Row.damaged("tickets", "times whose differences and totals fit in 64 bits", in: db) }
        var waits = Array(repeating: [Int64](), count: builder.keys.count)
        for wait in builder.scan.waits { waits[wait.group].append(wait.millis) }
        for (index, key) in builder.keys.enumerated() {
            let facts = builder.scan.groups[index].facts
            try db.execute("""
                INSERT INTO kpi_ticket_days (day_start, day_end, business_type, counter_id, operator_id, issued, served, with_outcome,
                    no_shows, waits, wait_total, handlings, handling_total, satisfaction_1, satisfaction_2, satisfaction_3,
                    satisfaction_4, satisfaction_5, wait_list)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(day.start), .integer(day.end), .text(key.type), SQLValue(key.counterID), SQLValue(key.operatorID),
                      SQLValue(facts.issued), SQLValue(facts.served), SQLValue(facts.withOutcome), SQLValue(facts.noShows),
                      SQLValue(facts.waits), .integer(facts.waitTotalMillis), SQLValue(facts.handlings),
                      .integer(facts.handlingTotalMillis)] + facts.satisfaction.map { SQLValue($0) } + [.blob(Self.pack(waits[index]))])
        }
        try db.execute("INSERT INTO kpi_closed_days (day_start, day_end) VALUES (?, ?)", [.integer(day.start), .integer(day.end)])
    }

    /// Adds `day`'s stored groups to `builder`.
    func readSummaries(_ day: KPIDay, into builder: inout TicketScanBuilder) throws {
        try db.forEachCursor("""
            SELECT business_type, counter_id, operator_id, issued, served, with_outcome, no_shows, waits, wait_total, handlings,
                handling_total, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, wait_list
            FROM kpi_ticket_days WHERE day_start = ? AND day_end = ?
            """, [.integer(day.start), .integer(day.end)]) { row in
            var facts = TicketFacts()
            facts.issued = Int(row.int(3) ?? 0)
            facts.served = Int(row.int(4) ?? 0)
            facts.withOutcome = Int(row.int(5) ?? 0)
            facts.noShows = Int(row.int(6) ?? 0)
            facts.waits = Int(row.int(7) ?? 0)
            facts.waitTotalMillis = row.int(8) ?? 0
            facts.handlings = Int(row.int(9) ?? 0)
            facts.handlingTotalMillis = row.int(10) ?? 0
            facts.satisfaction = (11...15).map { Int(row.int(Int32($0)) ?? 0) }
            let waits = row.int64s(16)
            guard waits.count == facts.waits else { throw Row.damaged("kpi_ticket_days.wait_list", "one wait per called ticket", in: db) }
            builder.addSummary(TicketScanBuilder.GroupKey(type: row.text(0) ?? "", counterID: row.int(1), operatorID: row.int(2)),
                               facts: facts, waits: waits, dayStart: day.start)
        }
    }

    /// Waits as little-endian 64-bit integers.
    static func pack(_ values: [Int64]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 8)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }
}

extension RowCursor {
    /// The BLOB at `column` read as little-endian 64-bit integers (`KPIRepository.pack`); empty for NULL.
    func int64s(_ column: Int32) -> [Int64] {
        guard sqlite3_column_type(handle, column) == SQLITE_BLOB, let bytes = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column)) / 8
        let raw = UnsafeRawPointer(bytes)
        return (0..<count).map { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
    }
}
