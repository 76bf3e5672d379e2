import BankStore
import Foundation
import Testing

/// Cutting entries off the end of the audit trail is detected through the
/// chain head kept apart from the trail.
struct AuditTruncationTests {
    @Test func deletingTheNewestEntriesIsReported() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("audit-trunc-\(UUID().uuidString).sqlite").path
        let db = try Database.open(path: path)
        let trail = AuditTrail(db: db, key: testBranchKey)
        for n in 1...5 { try trail.append(at: Date(), operatorID: nil, terminal: "t", action: "a\(n)") }
        #expect(try trail.verify().isEmpty)
        db.close()

        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq >= 4;"]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)

        let reopened = try Database.open(path: path)
        let breaches = try AuditTrail(db: reopened, key: testBranchKey).verify()
        #expect(breaches == [.endMismatch(recordedSeq: 5, foundSeq: 3)])
        #expect(breaches.first?.description.contains("cut off the end") == true)
    }
}
