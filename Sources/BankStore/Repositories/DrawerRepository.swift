import BankCore
import Foundation

/// Teller drawer sessions: opened with a verified float, counted blind at
/// day end, signed off by a supervisor and closed.
public final class DrawerRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    /// The operator's drawer that is not yet closed, if any (at most one).
    public func current(operatorID: Int64) throws -> DrawerSessionRecord? {
        try db.queryOne("SELECT * FROM drawer_sessions WHERE operator_id = ? AND status <> 'closed'",
                        [.integer(operatorID)]).map(decode)
    }

    public func session(id: Int64) throws -> DrawerSessionRecord? {
        try db.queryOne("SELECT * FROM drawer_sessions WHERE id = ?", [.integer(id)]).map(decode)
    }

    /// The status of the latest session of the drawer `internalID` (the teller's drawer account), if it ever had one.
    public func latestStatus(internalID: Int64) throws -> DrawerSessionRecord.Status? {
        try db.queryOne("SELECT status FROM drawer_sessions WHERE internal_id = ? ORDER BY id DESC LIMIT 1", [.integer(internalID)])
            .map { row in
                guard let status = row.string("status").flatMap(DrawerSessionRecord.Status.init(rawValue:)) else {
                    throw Row.damaged("drawer_sessions", "status", in: db)
                }
                return status
            }
    }

    /// How many drawers were closed on `date`.
    public func closedCount(on date: BusinessDate) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM drawer_sessions WHERE status = 'closed' AND business_date = ?",
                             [.text(date.description)]) ?? 0)
    }

    /// Drawers not yet closed, across all tellers (for the supervisor).
    public func unclosed() throws -> [DrawerSessionRecord] {
        try db.query("SELECT * FROM drawer_sessions WHERE status <> 'closed' ORDER BY id").map(decode)
    }

    public func open(operatorID: Int64, internalID: Int64, businessDate: BusinessDate, openEntryID: Int64,
                     verifiedBy: Int64, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO drawer_sessions (operator_id, internal_id, business_date, status, opened_at, open_entry_id, verified_by)
            VALUES (?, ?, ?, 'open', ?, ?, ?)
            """, [.integer(operatorID), .integer(internalID), .text(businessDate.description), SQLValue(millis: at),
                  .integer(openEntryID), .integer(verifiedBy)])
        return db.lastInsertRowID
    }

    public func recordCount(sessionID: Int64, counted: CashBreakdown, expectedTotal: Int64, at: Date) throws {
        let text = Denomination.allCases.sorted(by: >).map { "\($0.rawValue):\(counted.counts[$0, default: 0])" }.joined(separator: ",")
        try db.execute("""
            UPDATE drawer_sessions SET status = 'counted', counted = ?, counted_total = ?, expected_total = ?, counted_at = ?
            WHERE id = ? AND status = 'open'
            """, [.text(text), .integer(counted.total), .integer(expectedTotal), SQLValue(millis: at), .integer(sessionID)])
    }

    public func close(sessionID: Int64, signedOffBy: Int64, reason: String, variance: Int64, closeEntryID: Int64?,
                      at: Date) throws {
        try db.execute("""
            UPDATE drawer_sessions SET status = 'closed', signed_off_by = ?, close_reason = ?, variance = ?,
                close_entry_id = ?, closed_at = ? WHERE id = ? AND status = 'counted'
            """, [.integer(signedOffBy), .text(reason), .integer(variance), SQLValue(closeEntryID), SQLValue(millis: at),
                  .integer(sessionID)])
    }

    private func decode(_ row: Row) throws -> DrawerSessionRecord {
        guard let status = DrawerSessionRecord.Status(rawValue: row.string("status") ?? ""),
              let date = row.string("business_date").flatMap(BusinessDate.init) else {
            throw Row.damaged("drawer_sessions", "known values", in: db)
        }
        let counted: CashBreakdown? = row.string("counted").map { text in
            var counts: [Denomination: Int] = [:]
            for pair in text.split(separator: ",") {
                let parts = pair.split(separator: ":")
                if parts.count == 2, let value = Int64(parts[0]), let denomination = Denomination(rawValue: value),
                   let count = Int(parts[1]) { counts[denomination] = count }
            }
            return CashBreakdown(counts)
        }
        return DrawerSessionRecord(id: try row.requiredInt("id", in: db), operatorID: try row.requiredInt("operator_id", in: db),
                                   internalID: try row.requiredInt("internal_id", in: db), businessDate: date, status: status,
                                   verifiedBy: try row.requiredInt("verified_by", in: db), counted: counted,
                                   countedTotal: row.int("counted_total"), expectedTotal: row.int("expected_total"),
                                   signedOffBy: row.int("signed_off_by"), variance: row.int("variance"))
    }
}
