import Foundation

/// A control that trusts one audit line (an approval, a signed contract) must
/// know that line was written by the program: anyone who can write the branch
/// file can insert a row into `audit_log`, but only the branch key makes its
/// keyed hash. The whole chain is proved by `verify`; this proves single lines.
extension AuditTrail {
    /// The lines with `action` and `subject` whose keyed hash is genuine, oldest first
    /// (none without the key: nothing can be proved then).
    public func genuineEntries(action: String, subject: String) throws -> [AuditEntry] {
        guard let chainKey = key?.chainKey else { return [] }
        return try db.query("\(Self.selectColumns) WHERE action = ? AND subject = ? ORDER BY seq", [.text(action), .text(subject)])
            .map { try entry(from: $0) }
            .filter { Self.keyedHash(of: $0, key: chainKey) == $0.hash }
    }
}
