import BankCore
import Foundation

/// The one branch this file belongs to (its row has id 1), including the
/// business date, which moves only when the branch closes the day.
public final class BranchRepository {
    private let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// The branch, or nil before setup has created it.
    public func load() throws -> Branch? {
        guard let row = try db.queryOne(
            "SELECT code, name, business_date, is_training FROM branch WHERE id = 1") else { return nil }
        let dateText = try row.requiredString("business_date", in: db)
        guard let date = BusinessDate(dateText) else {
            throw StoreError.corrupt(path: db.path, detail: "business date \(dateText) is not a calendar date")
        }
        guard let training = row.bool("is_training") else { throw Row.damaged("is_training", "0 or 1", in: db) }
        return Branch(code: try row.requiredString("code", in: db), name: try row.requiredString("name", in: db),
                      businessDate: date, isTraining: training)
    }

    /// Creates the branch row. A second call throws `StoreError.constraint`.
    public func create(_ branch: Branch, at: Date) throws {
        try db.execute("""
            INSERT INTO branch (id, code, name, business_date, is_training, created_at) VALUES (1, ?, ?, ?, ?, ?)
            """, [.text(branch.code), .text(branch.name), .text(branch.businessDate.description),
                  SQLValue(branch.isTraining), SQLValue(millis: at)])
    }

    /// Moves the business date; false when the branch has not been created.
    @discardableResult
    public func setBusinessDate(_ date: BusinessDate) throws -> Bool {
        try db.execute("UPDATE branch SET business_date = ? WHERE id = 1", [.text(date.description)])
        return db.changes > 0
    }
}
