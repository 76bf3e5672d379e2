@testable import BankStore
import Foundation
import Testing
import TestSupport

/// The daily totals every money operation checks (an account's outgoing
/// transfers, a customer's counter cash) read one covering index each and
/// never the journal table, however many entries the account has that day.
@Suite struct DailyTotalIndexTests {
    @Test func theDailyTotalsReadCoveringIndexesOnly() throws {
        try withTemporaryFolder { folder in
            let db = try Database.open(path: folder.appendingPathComponent("branch.sqlite").path)
            func plan(_ sql: String, _ parameters: [SQLValue]) throws -> String {
                try db.query("EXPLAIN QUERY PLAN " + sql, parameters).compactMap { $0.string("detail") }.joined(separator: "\n")
            }
            let outgoing = try plan(LedgerRepository.outgoingSQL(kinds: 2), [.integer(1), .text("2026-11-24"), .text("transfer"),
                                                                           .text("external_transfer")])
            #expect(outgoing.contains("COVERING INDEX journal_entries_account_day"), "\(outgoing)")
            let cash = try plan(LedgerRepository.counterCashSQL, [.integer(1), .text("2026-11-24")])
            #expect(cash.contains("COVERING INDEX journal_entries_customer_day"), "\(cash)")
        }
    }
}
