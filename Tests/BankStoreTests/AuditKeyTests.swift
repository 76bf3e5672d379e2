@testable import BankStore
import BankCore
import BankCrypto
import Foundation
import Testing
import TestSupport

/// The chain is keyed and anchored: without the branch key nobody can
/// recompute it or its head, a deleted or malformed head is a breach, a legacy
/// (plain SHA-256) chain is sealed by a keyed re-anchor entry, and a head an
/// auditor wrote down is checked.
@Suite struct AuditKeyTests {
    private func filled(_ folder: URL, count: Int = 5) throws -> (path: String, trail: AuditTrail) {
        let path = folder.appendingPathComponent("audit.sqlite").path
        let trail = AuditTrail(db: try Database.open(path: path), key: testBranchKey)
        for n in 1...count {
            try trail.append(at: fixedDate.addingTimeInterval(Double(n)), operatorID: nil, terminal: "T1", action: "cash.deposit",
                             subject: "account \(n)", detail: "amount=\(n * 100)")
        }
        #expect(try trail.verify().isEmpty)
        return (path, trail)
    }

    /// Rewrites every entry and the head the way a forger would, hashing with `hash` and heading with `head`.
    private func recompute(_ path: String, _ trail: AuditTrail, detail: String, hash: (AuditEntry) -> String,
                           head: (Int64, String) -> String) throws {
        var sql = "DROP TRIGGER audit_log_no_update; "
        var prev = AuditTrail.genesisHash
        for var entry in try trail.recent(limit: 100).reversed() {
            entry = AuditEntry(seq: entry.seq, at: entry.at, operatorID: nil, terminal: entry.terminal, action: entry.action,
                               subject: entry.subject, detail: entry.seq == 3 ? detail : entry.detail, prevHash: prev, hash: "")
            let newHash = hash(entry)
            sql += "UPDATE audit_log SET detail = '\(entry.detail)', prev_hash = '\(prev)', hash = '\(newHash)' WHERE seq = \(entry.seq); "
            prev = newHash
        }
        sql += "UPDATE settings SET value = '\(head(try trail.count().int64, prev))' WHERE key = 'audit.head';"
        try sqliteCLI(path, sql)
    }

    @Test func aChainRecomputedWithPlainSHA256DoesNotVerify() throws {
        try withTemporaryFolder { folder in
            let (path, trail) = try filled(folder)
            try recompute(path, trail, detail: "amount=1", hash: { AuditTrail.legacyHash(of: $0) }, head: { "\($0):\($1)" })
            let breaches = try trail.verify()
            #expect(breaches.contains(.chainNotKeyed(entries: 5)))
            #expect(breaches.contains(.headMalformed))
        }
    }

    @Test func aChainRecomputedWithAnotherKeyDoesNotVerify() throws {
        try withTemporaryFolder { folder in
            let (path, trail) = try filled(folder)
            let other = BranchKey.generate().chainKey
            try recompute(path, trail, detail: "amount=1", hash: { AuditTrail.keyedHash(of: $0, key: other) },
                          head: { AuditLine.headValue(key: other, seq: $0, hash: $1) })
            let breaches = try trail.verify()
            #expect(breaches.filter { if case .hashMismatch = $0 { true } else { false } }.count == 5)
            #expect(breaches.contains(.headForged(seq: 5)))
        }
    }

    @Test func aDeletedHeadIsABreach() throws {
        try withTemporaryFolder { folder in
            let (path, trail) = try filled(folder)
            try sqliteCLI(path, "DELETE FROM settings WHERE key = 'audit.head';")
            #expect(try trail.verify() == [.headMissing])
        }
    }

    @Test func aMalformedHeadIsABreach() throws {
        try withTemporaryFolder { folder in
            let (path, trail) = try filled(folder)
            try sqliteCLI(path, "UPDATE settings SET value = 'five' WHERE key = 'audit.head';")
            #expect(try trail.verify() == [.headMalformed])
        }
    }

    @Test func cuttingTheEndAndMovingTheHeadBackNeedsTheKey() throws {
        try withTemporaryFolder { folder in
            let (path, trail) = try filled(folder)
            let third = try #require(try trail.entry(seq: 3))
            try sqliteCLI(path, """
                DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > 3;
                UPDATE settings SET value = '3:\(third.hash):\(String(repeating: "0", count: 64))' WHERE key = 'audit.head';
                """)
            #expect(try trail.verify() == [.headForged(seq: 3)])
        }
    }

    @Test func withoutTheKeyTheChainCannotBeProved() throws {
        try withTemporaryFolder { folder in
            let (path, _) = try filled(folder)
            let keyless = AuditTrail(db: try Database.open(path: path), key: nil)
            #expect(try keyless.verify() == [.keyUnavailable(keyedEntries: 5)])
            #expect(throws: StoreError.branchKeyMissing) { try keyless.append(at: fixedDate, operatorID: nil, terminal: "T", action: "x") }
        }
    }

    @Test func aLegacyChainIsSealedByAKeyedReanchorEntry() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("legacy.sqlite").path
            let db = try Database.open(path: path)
            // Entries as the program wrote them before the chain was keyed: plain SHA-256, head `seq:hash`.
            var prev = AuditTrail.genesisHash
            for seq in Int64(1)...3 {
                let hash = AuditLine.legacyHash(seq: seq, atMillis: seq, operatorID: nil, terminal: "T", action: "old", subject: "",
                                                detail: "\(seq)", prevHash: prev)
                try db.execute("INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash) VALUES (?, ?, NULL, 'T', 'old', '', ?, ?, ?)",
                               [.integer(seq), .integer(seq), .text("\(seq)"), .text(prev), .text(hash)])
                prev = hash
            }
            try db.execute("INSERT INTO settings (key, value) VALUES ('audit.head', ?)", [.text("3:\(prev)")])
            let trail = AuditTrail(db: db, key: testBranchKey)
            #expect(try trail.isLegacy())
            #expect(try trail.verify().contains(.chainNotKeyed(entries: 3)))
            let seal = try #require(try trail.reanchor(at: fixedDate, terminal: "T"))
            #expect(seal.seq == 4 && seal.detail == "sealed_head=3:\(prev)")
            #expect(try trail.reanchor(at: fixedDate, terminal: "T") == nil)
            try trail.append(at: fixedDate, operatorID: nil, terminal: "T", action: "new")
            #expect(try !trail.isLegacy())
            #expect(try trail.verify().isEmpty)
            // The sealed legacy entries can no longer be rewritten unseen, even with a fresh plain hash.
            let forged = AuditLine.legacyHash(seq: 2, atMillis: 2, operatorID: nil, terminal: "T", action: "old", subject: "",
                                              detail: "changed", prevHash: try #require(try trail.entry(seq: 2)).prevHash)
            try sqliteCLI(path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'changed', hash = '\(forged)' WHERE seq = 2;")
            #expect(try trail.verify().contains(.brokenLink(seq: 3)))
        }
    }

    @Test func aHeadTheAuditorWroteDownIsChecked() throws {
        try withTemporaryFolder { folder in
            let (path, trail) = try filled(folder)
            let fourth = try #require(try trail.entry(seq: 4))
            let mark = try #require(AuditHeadMark("4:\(fourth.hash.prefix(16))"))
            #expect(try trail.verify(expectedHead: mark).breaches.isEmpty)
            #expect(try trail.verify(expectedHead: nil).head == AuditHeadMark(seq: 5, hash: try #require(try trail.entry(seq: 5)).hash))
            #expect(try trail.verify(expectedHead: AuditHeadMark(seq: 4, hash: String(repeating: "a", count: 16))).breaches
                    == [.auditorHeadMismatch(seq: 4)])
            #expect(try trail.verify(expectedHead: AuditHeadMark(seq: 9, hash: fourth.hash)).breaches == [.auditorHeadMissing(seq: 9)])
            #expect(AuditHeadMark("4:xyz") == nil && AuditHeadMark("0:\(fourth.hash)") == nil)
            _ = path
        }
    }
}

private extension Int {
    var int64: Int64 { Int64(self) }
}

/// A file from before keyed chains, checked before it was ever opened by this version, with or without a key.
@Suite struct LegacyChainVerifyTests {
    @Test func anUnsealedLegacyChainIsReportedAsNotKeyedEvenWithoutAKey() throws {
        let db = try Database.openInMemory()
        var prev = AuditTrail.genesisHash
        for seq in Int64(1)...2 {
            let hash = AuditLine.legacyHash(seq: seq, atMillis: seq, operatorID: nil, terminal: "T", action: "old", subject: "",
                                            detail: "", prevHash: prev)
            try db.execute("INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash) VALUES (?, ?, NULL, 'T', 'old', '', '', ?, ?)",
                           [.integer(seq), .integer(seq), .text(prev), .text(hash)])
            prev = hash
        }
        try db.execute("INSERT INTO settings (key, value) VALUES ('audit.head', ?)", [.text("2:\(prev)")])
        #expect(try AuditTrail(db: db, key: nil).verify() == [.chainNotKeyed(entries: 2), .headMalformed])
        #expect(try AuditTrail(db: db, key: testBranchKey).verify() == [.chainNotKeyed(entries: 2), .headMalformed])
    }
}
