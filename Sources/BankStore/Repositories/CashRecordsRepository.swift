import BankCore
import Foundation

/// A message waiting in the outbox for the SMS / e-mail gateway.
public struct NotificationRecord: Sendable, Equatable {
    public var id: Int64
    public var entryID: Int64?
    public var customerID: Int64?
    public var channel: String
    public var recipient: String
    public var body: String
    public var status: String
}

/// What travels with a money movement but is not the money itself: large-value
/// reports, saved payees and the notification outbox.
public final class CashRecordsRepository {
    let db: Database

    public init(db: Database) { self.db = db }

    public func insertLargeValueReport(entryID: Int64, customerID: Int64, businessDate: BusinessDate, outgoing: Bool,
                                       amount: Int64, dayTotal: Int64, purpose: String, operatorID: Int64, at: Date) throws {
        try db.execute("""
            INSERT INTO large_value_reports (entry_id, customer_id, business_date, direction, amount, day_total, purpose,
                operator_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(entryID), .integer(customerID), .text(businessDate.description), .text(outgoing ? "out" : "in"),
                  .integer(amount), .integer(dayTotal), .text(purpose), .integer(operatorID), SQLValue(millis: at)])
    }

    public func largeValueReportCount(entryID: Int64) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM large_value_reports WHERE entry_id = ?", [.integer(entryID)]) ?? 0)
    }

    public func savePayee(customerID: Int64, name: String, bank: String, accountNumber: String, at: Date) throws {
        try db.execute("""
            INSERT INTO payees (customer_id, name, bank, account_number, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (customer_id, bank, account_number) DO UPDATE SET name = excluded.name
            """, [.integer(customerID), .text(name), .text(bank), .text(accountNumber), SQLValue(millis: at)])
    }

    public func payees(customerID: Int64) throws -> [PayeeRecord] {
        try db.query("SELECT * FROM payees WHERE customer_id = ? ORDER BY name, id", [.integer(customerID)]).map {
            PayeeRecord(id: $0.int("id") ?? 0, customerID: customerID, name: $0.string("name") ?? "", bank: $0.string("bank") ?? "",
                        accountNumber: $0.string("account_number") ?? "")
        }
    }

    public func enqueueNotification(entryID: Int64?, customerID: Int64?, channel: String, recipient: String, body: String,
                                    at: Date) throws {
        try db.execute("""
            INSERT INTO notifications (entry_id, customer_id, channel, recipient, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, [SQLValue(entryID), SQLValue(customerID), .text(channel), .text(recipient), .text(body), SQLValue(millis: at)])
    }

    public func notifications(entryID: Int64) throws -> [NotificationRecord] {
        try db.query("SELECT * FROM notifications WHERE entry_id = ? ORDER BY id", [.integer(entryID)]).map {
            NotificationRecord(id: $0.int("id") ?? 0, entryID: $0.int("entry_id"), customerID: $0.int("customer_id"),
                               channel: $0.string("channel") ?? "", recipient: $0.string("recipient") ?? "",
                               body: $0.string("body") ?? "", status: $0.string("status") ?? "")
        }
    }

    /// Logs a money operation the business rules refused (for the error-rate KPI).
    public func recordRefusal(at: Date, businessDate: BusinessDate, operatorID: Int64, kind: String, reason: String) throws {
        try db.execute("""
            INSERT INTO operation_refusals (at, business_date, operator_id, kind, reason) VALUES (?, ?, ?, ?, ?)
            """, [SQLValue(millis: at), .text(businessDate.description), .integer(operatorID), .text(kind), .text(reason)])
    }

    /// How many refusals of `kind` for `reason` this operator had since `since`.
    public func refusalCount(operatorID: Int64, kind: String, reason: String, since: Date) throws -> Int {
        Int(try db.scalarInt("""
            SELECT count(*) FROM operation_refusals WHERE operator_id = ? AND kind = ? AND reason = ? AND at >= ?
            """, [.integer(operatorID), .text(kind), .text(reason), SQLValue(millis: since)]) ?? 0)
    }

    /// The voucher printed for an entry (sequence and path), if any.
    public func voucher(entryID: Int64) throws -> (sequence: Int64, path: String)? {
        try db.queryOne("SELECT sequence, path FROM vouchers WHERE reference = ? ORDER BY sequence LIMIT 1",
                        [.text(Self.voucherReference(entryID))]).map { ($0.int("sequence") ?? 0, $0.string("path") ?? "") }
    }

    /// How vouchers for ledger entries name their entry.
    public static func voucherReference(_ entryID: Int64) -> String { "entry \(entryID)" }
}
