import BankCore
import Foundation

/// Freezes on accounts: placed with a type, amount, expiry and the ordering
/// document, lifted with a reason; never deleted.
public final class FreezeRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    public func insert(accountID: Int64, type: FreezeType, amount: Int64?, expiresOn: BusinessDate?, documentNumber: String,
                       reason: String, by operatorID: Int64, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO account_freezes (account_id, type, amount, expires_on, document_no, reason, placed_by, placed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(accountID), .text(type.rawValue), amount.map { .integer($0) } ?? .null,
                  expiresOn.map { .text($0.description) } ?? .null, .text(documentNumber), .text(reason), .integer(operatorID),
                  SQLValue(millis: at)])
        return db.lastInsertRowID
    }

    public func lift(id: Int64, by operatorID: Int64, reason: String, at: Date) throws {
        try db.execute("UPDATE account_freezes SET lifted_by = ?, lifted_at = ?, lift_reason = ? WHERE id = ? AND lifted_by IS NULL",
                       [.integer(operatorID), SQLValue(millis: at), .text(reason), .integer(id)])
    }

    /// The freeze `id` while it is not lifted (expired ones too), or nil.
    public func unlifted(id: Int64) throws -> FreezeRecord? {
        try db.queryOne("SELECT * FROM account_freezes WHERE id = ? AND lifted_by IS NULL", [.integer(id)]).map(decode)
    }

    /// Every freeze of the account, oldest first (lifted and expired ones too).
    public func freezes(accountID: Int64) throws -> [FreezeRecord] {
        try db.query("SELECT * FROM account_freezes WHERE account_id = ? ORDER BY id", [.integer(accountID)]).map(decode)
    }

    /// Whole-account freezes past their expiry and not lifted, across the branch.
    public func expiredWhole(before date: BusinessDate) throws -> [FreezeRecord] {
        try db.query("""
            SELECT * FROM account_freezes WHERE lifted_by IS NULL AND amount IS NULL AND expires_on IS NOT NULL AND expires_on < ?
            ORDER BY id
            """, [.text(date.description)]).map(decode)
    }

    private func decode(_ row: Row) throws -> FreezeRecord {
        guard let type = row.string("type").flatMap(FreezeType.init(rawValue:)) else { throw Row.damaged("account_freezes", "type", in: db) }
        return FreezeRecord(id: try row.requiredInt("id", in: db), accountID: try row.requiredInt("account_id", in: db), type: type,
                            amount: row.int("amount"), expiresOn: row.string("expires_on").flatMap(BusinessDate.init),
                            documentNumber: row.string("document_no") ?? "", reason: row.string("reason") ?? "",
                            placedBy: try row.requiredInt("placed_by", in: db), liftedBy: row.int("lifted_by"))
    }
}
