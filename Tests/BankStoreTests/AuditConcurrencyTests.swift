import BankStore
import Foundation
import Testing
import TestSupport

/// Several terminals appending to one file at the same time never fork the chain.
@Suite struct AuditConcurrencyTests {
    @Test func twoConnectionsAppendingConcurrentlyKeepOneChain() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("shared.sqlite").path
            try Database.open(path: path).close()
            let failures = ResultBox()
            let ready = DispatchSemaphore(value: 0)
            let go = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            for worker in 1...2 {
                Thread {
                    defer { finished.signal() }
                    var signalledReady = false
                    do {
                        let db = try Database.open(path: path)
                        let trail = AuditTrail(db: db, key: testBranchKey)
                        // Both connections are open before either appends, so they really race.
                        ready.signal()
                        signalledReady = true
                        go.wait()
                        for n in 1...200 {
                            try trail.append(at: Date(), operatorID: nil, terminal: "T\(worker)",
                                             action: "test.append", detail: "\(worker)-\(n)")
                        }
                    } catch {
                        failures.record("worker \(worker): \(error)")
                        if !signalledReady { ready.signal() }
                    }
                }.start()
            }
            ready.wait()
            ready.wait()
            go.signal()
            go.signal()
            finished.wait()
            finished.wait()
            #expect(failures.items.isEmpty)
            let db = try Database.open(path: path)
            let trail = AuditTrail(db: db, key: testBranchKey)
            #expect(try trail.count() == 400)
            #expect(try db.scalarInt("SELECT max(seq) FROM audit_log") == 400)
            #expect(try db.scalarInt("SELECT count(DISTINCT prev_hash) FROM audit_log") == 400)
            #expect(try trail.verify().isEmpty)
        }
    }
}
