import Foundation

/// Reading stored vouchers back (their text is kept in the branch file, so a
/// voucher file that could not be written, or was lost, can be written again).
extension CashRecordsRepository {
    /// A voucher as stored: its number, where its file belongs and its text.
    public struct StoredVoucher: Sendable, Equatable {
        public var sequence: Int64
        public var path: String
        public var body: String
    }

    /// Vouchers created at or after `since` (all when nil), oldest first.
    public func storedVouchers(since: Date? = nil) throws -> [StoredVoucher] {
        try db.query("SELECT sequence, path, body FROM vouchers WHERE at >= ? ORDER BY sequence",
                     [SQLValue(millis: since ?? Date(timeIntervalSince1970: 0))]).map(Self.storedVoucher)
    }

    /// The voucher of a journal entry, with its text.
    public func storedVoucher(entryID: Int64) throws -> StoredVoucher? {
        try db.queryOne("SELECT sequence, path, body FROM vouchers WHERE reference = ? ORDER BY sequence LIMIT 1",
                        [.text(Self.voucherReference(entryID))]).map(Self.storedVoucher)
    }

    private static func storedVoucher(_ row: Row) -> StoredVoucher {
        StoredVoucher(sequence: row.int("sequence") ?? 0, path: row.string("path") ?? "", body: row.string("body") ?? "")
    }
}
