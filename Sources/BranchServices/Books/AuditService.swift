import BankCore
import BankStore
import Localization

/// Lets supervisors and administrators read the audit trail and prove it is intact.
public struct AuditService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    public func recent(limit: Int, by actor: Operator) throws(LocalizedMessage) -> [AuditLogLine] {
        try context.write {
            _ = try context.requireActor(actor, .viewAudit)
            return try context.audit.recent(limit: limit).map(AuditLogLine.init)
        }
    }

    /// Recomputes the whole chain. Empty means intact.
    public func verify(by actor: Operator?) throws(LocalizedMessage) -> (records: Int, breaches: [AuditBreach]) {
        if let actor { try context.write { _ = try context.requireActor(actor, .viewAudit) } }
        return try StoreMessages.translating {
            let breaches = try context.audit.verify()
            return (try context.audit.count(), breaches)
        }
    }

    /// The audit chain head (`SEQ:HASH`) to print on day-end reports, "-" for an empty trail.
    public func head() -> String { ((try? DayEndText.head(context)) ?? nil)?.description ?? "-" }

    /// Display names by operator id, for showing who did what.
    public func operatorNames() -> [Int64: String] {
        let all = (try? context.operators.all()) ?? []
        return Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.username) })
    }
}
