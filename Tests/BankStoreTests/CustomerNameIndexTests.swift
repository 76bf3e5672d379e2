@testable import BankStore
import Foundation
import Testing
import TestSupport

/// Issue 13: a name search's "starts with" step reads one range of the
/// covering index in name order (namesakes on adjacent pages), never a
/// table page per namesake, and needs no sort.
@Suite struct CustomerNameIndexTests {
    @Test func namesThatStartWithTheKeyComeFromTheCoveringIndex() throws {
        try withTemporaryFolder { folder in
            let db = try Database.open(path: folder.appendingPathComponent("branch.sqlite").path)
            let plan = try db.query("EXPLAIN QUERY PLAN " + CustomerRepository.startsWith, [.text("王秀英"), .text("王秀英\u{10FFFF}"), .integer(50)])
                .compactMap { $0.string("detail") }.joined(separator: "\n")
            #expect(plan.contains("COVERING INDEX customers_name_search"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }
}
