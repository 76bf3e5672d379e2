import BankCore
import BankStore
import Localization

/// Moves the branch to its next business date (day close / day open). The
/// business date is separate from the wall clock and only moves forward;
/// ticket numbers restart with it.
public struct BusinessDayService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Supervisors and administrators may change the business date.
    public static func mayChange(_ role: Role) -> Bool { role.may(.approve) || role.may(.branchSettings) }

    /// Returns the audit chain head after the change, to show on the day-end message (see `DayEndText`).
    @discardableResult
    public func setBusinessDate(_ date: BusinessDate, by actor: Operator) throws(LocalizedMessage) -> String {
        try context.write {
            let current = try context.requireActor(actor, nil)
            guard Self.mayChange(current.role) else { throw LocalizedMessage(.errorForbidden, "business_date") }
            guard let branch = try context.branches.load() else { throw LocalizedMessage(.cliNoBranch, context.database.path) }
            guard date > branch.businessDate else { throw LocalizedMessage(.businessDateBackwards, branch.businessDate.description) }
            try context.branches.setBusinessDate(date)
            try context.record("branch.business_date", by: current.id, subject: branch.code,
                               detail: "\(branch.businessDate) -> \(date)")
            return try DayEndText.head(context)?.description ?? "-"
        }
    }
}
