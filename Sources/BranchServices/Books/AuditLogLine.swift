import BankStore
import Foundation

/// One audit entry as the audit screen lists it: who did what, when, from
/// which terminal. The chain's hashes stay in the store (the verifier reads them).
public struct AuditLogLine: Sendable, Equatable {
    /// Position in the chain, 1, 2, 3… without gaps.
    public let seq: Int64
    public let at: Date
    /// The operator who acted, or nil for the system itself.
    public let operatorID: Int64?
    public let terminal: String
    public let action: String
    public let subject: String
    public let detail: String

    init(_ entry: AuditEntry) {
        seq = entry.seq
        at = entry.at
        operatorID = entry.operatorID
        terminal = entry.terminal
        action = entry.action
        subject = entry.subject
        detail = entry.detail
    }
}
