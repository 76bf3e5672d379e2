@testable import BankStore
import BankCore
import BankCrypto
import Foundation
import Testing
import TestSupport

/// The audit trail is append-only, hash-chained, and its verifier finds
/// edits and removals made behind the program's back.
@Suite struct AuditTrailTests {
    private func fill(_ trail: AuditTrail, count: Int) throws {
        for n in 1...count {
            try trail.append(at: fixedDate.addingTimeInterval(Double(n)), operatorID: nil, terminal: "T\(n % 3)",
                             action: "cash.deposit", subject: "account \(n)", detail: "amount=\(n * 100)")
        }
    }

    @Test func appendsAChainThatVerifies() throws {
        let db = try Database.openInMemory()
        let trail = AuditTrail(db: db, key: testBranchKey)
        let first = try trail.append(at: fixedDate, operatorID: nil, terminal: "T1", action: "login")
        #expect(first.seq == 1)
        #expect(first.prevHash == String(repeating: "0", count: 64))
        #expect(first.at == fixedDate.addingTimeInterval(0))
        #expect(first.subject == "")
        let expectedLine = "1|\(1_767_225_600_123)||T1|login|||" + String(repeating: "0", count: 64)
        #expect(first.hash == Hex.encode(HMAC.sha256(key: testBranchKey.chainKey, message: Array(expectedLine.utf8))))
        let second = try trail.append(at: fixedDate, operatorID: nil, terminal: "T1", action: "logout",
                                      subject: "a|b", detail: "c\\d")
        #expect(second.seq == 2)
        #expect(second.prevHash == first.hash)
        try fill(trail, count: 5)
        #expect(try trail.count() == 7)
        #expect(try trail.verify().isEmpty)
    }

    @Test func recentIsNewestFirstAndMatchesWhatWasAppended() throws {
        let db = try Database.openInMemory()
        let operators = OperatorRepository(db: db)
        let ann = try operators.insert(username: "ann", displayName: "Ann", role: .teller, pinHash: "x",
                                       createdAt: fixedDate)
        let trail = AuditTrail(db: db, key: testBranchKey)
        let appended = try trail.append(at: fixedDate, operatorID: ann.id, terminal: "T1", action: "login",
                                        subject: "ann", detail: "ok")
        try fill(trail, count: 3)
        let recent = try trail.recent(limit: 2)
        #expect(recent.map(\.seq) == [4, 3])
        #expect(try trail.recent(limit: 10).last == appended)
        #expect(try trail.recent(limit: 0).isEmpty)
    }

    @Test func anUnknownOperatorIsRefusedByTheForeignKey() throws {
        let db = try Database.openInMemory()
        #expect(throws: StoreError.self) {
            try AuditTrail(db: db, key: testBranchKey).append(at: fixedDate, operatorID: 999, terminal: "T1", action: "login")
        }
        #expect(try AuditTrail(db: db, key: testBranchKey).count() == 0)
    }

    @Test func theCanonicalLineIsUnambiguous() {
        func line(_ subject: String, _ detail: String) -> [UInt8] {
            AuditLine.bytes(seq: 1, atMillis: 0, operatorID: nil, terminal: "t", action: "a",
                            subject: subject, detail: detail, prevHash: "p")
        }
        #expect(line("a|b", "c") != line("a", "b|c"))
        #expect(line("a\\", "|b") != line("a\\|", "b"))
        #expect(String(decoding: line("a|b", "c\\"), as: UTF8.self) == "1|0||t|a|a\\|b|c\\\\|p")
    }

    @Test func triggersRefuseUpdateAndDelete() throws {
        let db = try Database.openInMemory()
        let trail = AuditTrail(db: db, key: testBranchKey)
        try fill(trail, count: 2)
        #expect(throws: StoreError.appendOnly(table: "audit_log")) {
            try db.execute("UPDATE audit_log SET detail = 'changed' WHERE seq = 1")
        }
        #expect(throws: StoreError.appendOnly(table: "audit_log")) {
            try db.execute("DELETE FROM audit_log WHERE seq = 2")
        }
        #expect(throws: StoreError.appendOnly(table: "audit_log")) {
            try db.execute("DELETE FROM audit_log")
        }
        #expect(try trail.count() == 2)
        #expect(try trail.verify().isEmpty)
    }

    @Test func anEditedDetailIsAHashMismatch() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("audit.sqlite").path
            let db = try Database.open(path: path)
            let trail = AuditTrail(db: db, key: testBranchKey)
            try fill(trail, count: 5)
            try sqliteCLI(path, """
                DROP TRIGGER audit_log_no_update;
                UPDATE audit_log SET detail = 'amount=1' WHERE seq = 3;
                """)
            let breaches = try trail.verify()
            #expect(breaches == [.hashMismatch(seq: 3)])
            #expect(breaches.first?.description.contains("entry 3 was altered") == true)
        }
    }

    @Test func aDeletedMiddleEntryIsReported() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("audit.sqlite").path
            let db = try Database.open(path: path)
            let trail = AuditTrail(db: db, key: testBranchKey)
            try fill(trail, count: 5)
            try sqliteCLI(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3;")
            let breaches = try trail.verify()
            #expect(breaches == [.missingRows(afterSeq: 2, nextSeq: 4), .brokenLink(seq: 4)])
            #expect(breaches[0].description == "Audit entry 3 is missing: the trail jumps from entry 2 to entry 4.")
        }
    }

    @Test func aDeletedFirstEntryIsReported() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("audit.sqlite").path
            let trail = AuditTrail(db: try Database.open(path: path), key: testBranchKey)
            try fill(trail, count: 3)
            try sqliteCLI(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq IN (1, 2);")
            #expect(try trail.verify() == [.missingRows(afterSeq: 0, nextSeq: 3), .brokenLink(seq: 3)])
        }
    }

    @Test func aRewrittenEntryWithAFreshPlainHashIsCaughtTwice() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("audit.sqlite").path
            let db = try Database.open(path: path)
            let trail = AuditTrail(db: db, key: testBranchKey)
            try fill(trail, count: 5)
            let victim = try #require(try trail.recent(limit: 5).first { $0.seq == 3 })
            let forged = AuditLine.legacyHash(seq: 3, atMillis: EpochMillis.from(victim.at), operatorID: nil,
                                        terminal: victim.terminal, action: victim.action, subject: victim.subject,
                                        detail: "amount=1", prevHash: victim.prevHash)
            try sqliteCLI(path, """
                DROP TRIGGER audit_log_no_update;
                UPDATE audit_log SET detail = 'amount=1', hash = '\(forged)' WHERE seq = 3;
                """)
            let breaches = try trail.verify()
            #expect(breaches == [.brokenLink(seq: 4), .hashMismatch(seq: 3)])
            #expect(breaches[0].description.contains("does not follow on"))
        }
    }

    @Test func breachesDescribeThemselves() {
        #expect(AuditBreach.missingRows(afterSeq: 2, nextSeq: 6).description
                == "Audit entries 3 to 5 are missing: the trail jumps from entry 2 to entry 6.")
        #expect(AuditBreach.hashMismatch(seq: 9).description.hasPrefix("Audit entry 9 was altered"))
    }

    @Test func appendJoinsTheCallersTransaction() throws {
        let db = try Database.openInMemory()
        let trail = AuditTrail(db: db, key: testBranchKey)
        struct Abandon: Error {}
        #expect(throws: Abandon.self) {
            try db.transaction {
                try db.execute("INSERT INTO settings VALUES ('k', 'v')")
                try trail.append(at: fixedDate, operatorID: nil, terminal: "T1", action: "settings.change")
                throw Abandon()
            }
        }
        #expect(try trail.count() == 0)
        #expect(try db.scalarInt("SELECT count(*) FROM settings") == 0)
    }
}
