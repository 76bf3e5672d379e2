import BankCore
import Foundation

/// What `AuditTrail.verify` found: the breaches (empty means the chain is
/// proved intact) and the head to print so an auditor can compare it later.
public struct AuditVerification: Sendable, Equatable {
    public var breaches: [AuditBreach]
    /// The newest entry (seq and hash), nil for an empty trail.
    public var head: AuditHeadMark?
    public var records: Int
}

extension AuditTrail {
    /// Walks the whole trail in seq order and reports every breach found; an
    /// empty result means the chain is intact. Kept for callers that only need the breaches.
    public func verify() throws -> [AuditBreach] { try verify(expectedHead: nil).breaches }

    /// Walks the whole trail in seq order, one row at a time. Entries before
    /// the first `audit.reanchor` are plain SHA-256 (legacy); that entry and
    /// every one after it (all entries, when there is none) must carry the
    /// keyed hash. Without the key keyed entries cannot be proved, which is
    /// itself reported. `expectedHead` is a head an auditor wrote down earlier.
    public func verify(expectedHead: AuditHeadMark?) throws -> AuditVerification {
        var breaches = [AuditBreach]()
        let chainKey = key?.chainKey
        let reanchorSeq = try db.scalarInt("SELECT min(seq) FROM audit_log WHERE action = ?", [.text(Self.reanchorAction)])
        var previousSeq: Int64 = 0
        var previousHash = Self.genesisHash
        var records = 0, unproved = 0, plainWhereKeyed: [Int64] = [], mismatched: [Int64] = []
        var expectedFound = false
        try db.forEachRow("\(Self.selectColumns) ORDER BY seq") { row in
            let entry = try entry(from: row)
            records += 1
            if entry.seq != previousSeq + 1 { breaches.append(.missingRows(afterSeq: previousSeq, nextSeq: entry.seq)) }
            if entry.prevHash != previousHash { breaches.append(.brokenLink(seq: entry.seq)) }
            let keyed = reanchorSeq.map { entry.seq >= $0 } ?? true
            if !keyed {
                if Self.legacyHash(of: entry) != entry.hash { mismatched.append(entry.seq) }
            } else if let chainKey {
                if Self.keyedHash(of: entry, key: chainKey) != entry.hash {
                    if Self.legacyHash(of: entry) == entry.hash { plainWhereKeyed.append(entry.seq) } else { mismatched.append(entry.seq) }
                }
            } else if Self.legacyHash(of: entry) == entry.hash {
                plainWhereKeyed.append(entry.seq)
            } else {
                unproved += 1
            }
            if let expectedHead, entry.seq == expectedHead.seq {
                expectedFound = true
                if !expectedHead.matches(seq: entry.seq, hash: entry.hash) { breaches.append(.auditorHeadMismatch(seq: entry.seq)) }
            }
            previousSeq = entry.seq
            previousHash = entry.hash
        }
        if reanchorSeq == nil, records > 0, plainWhereKeyed.count == records {
            breaches.append(.chainNotKeyed(entries: records))
        } else if chainKey == nil {
            unproved += plainWhereKeyed.count
        } else {
            mismatched += plainWhereKeyed
        }
        breaches += mismatched.sorted().map { .hashMismatch(seq: $0) }
        if unproved > 0 { breaches.append(.keyUnavailable(keyedEntries: unproved)) }
        if let expectedHead, !expectedFound { breaches.append(.auditorHeadMissing(seq: expectedHead.seq)) }
        if let headBreach = try checkHead(lastSeq: previousSeq, lastHash: previousHash, records: records, chainKey: chainKey) {
            breaches.append(headBreach)
        }
        let head = records == 0 ? nil : AuditHeadMark(seq: previousSeq, hash: previousHash)
        return AuditVerification(breaches: breaches, head: head, records: records)
    }

    /// The stored head must exist once there are entries, be `seq:hash:mac`,
    /// carry the key's MAC, and name the newest entry.
    private func checkHead(lastSeq: Int64, lastHash: String, records: Int, chainKey: [UInt8]?) throws -> AuditBreach? {
        let stored = try db.queryOne("SELECT value FROM settings WHERE key = ?", [.text(Self.headKey)])?.string("value")
        guard let stored else { return records == 0 ? nil : .headMissing }
        let parts = stored.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let seq = Int64(parts[0]), parts[1].count == 64, parts[2].count == 64 else { return .headMalformed }
        if let chainKey, AuditLine.headMAC(key: chainKey, seq: seq, hash: parts[1]) != parts[2] { return .headForged(seq: seq) }
        if seq != lastSeq || parts[1] != lastHash { return .endMismatch(recordedSeq: seq, foundSeq: lastSeq) }
        return nil
    }
}
