@testable import BankStore
import Foundation
import Testing
import TestSupport

/// Schema 7 for the KPI report: `tickets.finished_by` backfilled from the
/// queue events of a file made at schema 5 and kept by a trigger afterwards,
/// and the report's scans answered from indexes alone.
@Suite struct KPISchemaTests {
    private static let schemaFive = Array(Migrations.all.prefix { $0.version <= 5 })

    /// A file at schema 5 with operators 1 and 2 and tickets 1–4: 1 finished by operator 1; 2 finished
    /// by 1, then again by 2 (the last one counts); 3 finished by nobody named; 4 never finished.
    private func makeSchemaFiveFile(_ path: String) throws {
        let db = try Database.open(path: path, migrations: Self.schemaFive)
        defer { db.close() }
        #expect(try db.schemaVersion() == 5)
        try db.execute("""
            INSERT INTO operators (id, username, display_name, role, pin_hash, created_at)
            VALUES (1, 'li.wei', 'Li Wei', 'teller', 'x', 0), (2, 'chen.jing', 'Chen Jing', 'teller', 'x', 0)
            """)
        for id in 1...4 {
            try db.execute("""
                INSERT INTO tickets (id, business_date, series, number, business_type, status, issued_at)
                VALUES (?, '2026-03-02', 'A', ?, 'cash', 'finished', ?)
                """, [.integer(Int64(id)), .integer(Int64(id)), .integer(Int64(id) * 1000)])
        }
        for (ticket, kind, operatorID) in [(1, "called", 2), (1, "finished", 1), (2, "finished", 1), (2, "finished", 2),
                                           (3, "finished", nil), (4, "called", 1)] as [(Int64, String, Int64?)] {
            try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (?, 0, ?, 'cash', ?)",
                           [.integer(ticket), .text(kind), operatorID.map { .integer($0) } ?? .null])
        }
    }

    private func finishers(_ db: Database) throws -> [Int64?] {
        try db.query("SELECT finished_by FROM tickets ORDER BY id").map { $0.int("finished_by") }
    }

    @Test func upgradingFromSchemaFiveBackfillsTheFinishingOperator() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("branch.sqlite").path
            try makeSchemaFiveFile(path)
            let db = try Database.open(path: path)
            #expect(try db.schemaVersion() == Migrations.latestVersion)
            #expect(try finishers(db) == [1, 2, nil, nil])
        }
    }

    @Test func aFinishedEventSetsTheFinishingOperatorAfterTheUpgrade() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("branch.sqlite").path
            try makeSchemaFiveFile(path)
            let db = try Database.open(path: path)
            // Other kinds of event leave it alone; each 'finished' event replaces it, even with nobody named.
            try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (4, 0, 'started', 'cash', 2)")
            #expect(try finishers(db) == [1, 2, nil, nil])
            try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (4, 0, 'finished', 'cash', 2)")
            try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (1, 0, 'finished', 'cash', 2)")
            try db.execute("INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id) VALUES (2, 0, 'finished', 'cash', NULL)")
            #expect(try finishers(db) == [2, nil, nil, 2])
        }
    }

    @Test func theReportsScansReadIndexesOnly() throws {
        try withTemporaryFolder { folder in
            let db = try Database.open(path: folder.appendingPathComponent("branch.sqlite").path)
            func plan(_ sql: String) throws -> String {
                try db.query("EXPLAIN QUERY PLAN " + sql, [.integer(0), .integer(1)]).compactMap { $0.string("detail") }
                    .joined(separator: "\n")
            }
            #expect(try plan(KPIRepository.ticketScanSQL).contains("COVERING INDEX tickets_kpi"))
            let operations = try plan(KPIRepository.operationsSQL)
            #expect(operations.contains("journal_entries_operations (maker_id=? AND at>? AND at<?)"))
            #expect(!operations.contains("TEMP B-TREE"))
            #expect(try plan(KPIRepository.reversalsSQL).contains("journal_entries_reversals"))
            #expect(try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'tickets_issued_at'") == 0)
        }
    }
}
