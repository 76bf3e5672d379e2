import Foundation

/// Closing an account application without an account: the customer said
/// "No" at confirmation (`declined`) or the teller cancelled it
/// (`cancelled`). A closure is written once and never changes (Migration0012).
extension AccountRepository {
    /// How an application ended without an account.
    public enum ClosureKind: String, Sendable {
        case declined
        case cancelled
    }

    /// Records the closure; false when the application was already closed.
    @discardableResult
    public func close(applicationID: Int64, kind: ClosureKind, reason: String, operatorID: Int64, terminal: String,
                      at: Date) throws -> Bool {
        try database.execute("""
            INSERT INTO application_closures (application_id, kind, reason, operator_id, terminal, at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (application_id) DO NOTHING
            """, [.integer(applicationID), .text(kind.rawValue), .text(reason), .integer(operatorID), .text(terminal),
                  SQLValue(millis: at)])
        return database.changes > 0
    }
}
