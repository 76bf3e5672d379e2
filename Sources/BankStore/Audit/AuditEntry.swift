import Foundation

/// One line of the audit trail: who did what, where and when, chained to the
/// line before it by `prevHash` so any later edit or removal shows.
public struct AuditEntry: Sendable, Equatable {
    /// Position in the chain, 1, 2, 3… without gaps.
    public let seq: Int64
    /// When it happened (stored to the millisecond, UTC).
    public let at: Date
    /// The operator who acted, or nil for the system itself.
    public let operatorID: Int64?
    public let terminal: String
    public let action: String
    public let subject: String
    public let detail: String
    /// `hash` of the previous entry (64 zeros for the first).
    public let prevHash: String
    /// HMAC-SHA256 under the branch key's chain key (lowercase hex) of this entry's canonical line
    /// (plain SHA-256 for entries of a legacy file before its re-anchor entry).
    public let hash: String

    public init(seq: Int64, at: Date, operatorID: Int64?, terminal: String, action: String,
                subject: String, detail: String, prevHash: String, hash: String) {
        self.seq = seq
        self.at = at
        self.operatorID = operatorID
        self.terminal = terminal
        self.action = action
        self.subject = subject
        self.detail = detail
        self.prevHash = prevHash
        self.hash = hash
    }
}
