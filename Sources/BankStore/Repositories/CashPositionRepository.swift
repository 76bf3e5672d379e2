import BankCore
import Foundation

/// The cash that went through a drawer session, by kind of entry (issue 13):
/// what the cash position views and the day-end cash report show. A session
/// covers the drawer's movements from its opening entry up to its closing
/// entry, or up to the next session of the same drawer when it closed empty.
public final class CashPositionRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    /// Sessions of `date` and any still not closed (an earlier day's), oldest first.
    public func sessions(on date: BusinessDate) throws -> [Int64] {
        try db.query("SELECT id FROM drawer_sessions WHERE business_date = ? OR status <> 'closed' ORDER BY id",
                     [.text(date.description)]).compactMap { $0.int("id") }
    }

    /// Fen moved in (positive) or out (negative) of a session's drawer, per entry kind.
    public func flows(sessionID: Int64) throws -> [EntryKind: Int64] {
        var flows: [EntryKind: Int64] = [:]
        try db.forEachRow("""
            SELECT e.kind AS kind, sum(m.count * m.denomination) AS total
            FROM drawer_sessions s
            JOIN cash_movements m ON m.internal_id = s.internal_id AND m.entry_id >= s.open_entry_id
                AND (s.close_entry_id IS NULL OR m.entry_id <= s.close_entry_id)
                AND m.entry_id < coalesce((SELECT min(n.open_entry_id) FROM drawer_sessions n
                                           WHERE n.internal_id = s.internal_id AND n.id > s.id), 9223372036854775807)
            JOIN journal_entries e ON e.id = m.entry_id
            WHERE s.id = ? GROUP BY e.kind
            """, [.integer(sessionID)]) { row in
            if let kind = row.string("kind").flatMap(EntryKind.init(rawValue:)) { flows[kind] = row.int("total") ?? 0 }
        }
        return flows
    }
}
