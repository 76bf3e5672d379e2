import BankCore
import BankStore
import Foundation
import Localization

/// Voucher files that are missing although their voucher is stored (the
/// disk was full after the commit, the file was deleted): found, and written
/// again from the stored text. A voucher's file is written after its
/// transaction commits, so a failure there never undoes the operation; this
/// closes the gap, at the next start, on demand (a reprint key) and in
/// `teller verify`'s list.
public struct VoucherRepair {
    let context: BranchContext
    let records: CashRecordsRepository

    public init(_ context: BranchContext) {
        self.context = context
        records = CashRecordsRepository(db: context.database)
    }

    /// How far back the start-up repair looks (older vouchers are listed by `teller verify`).
    public static let startUpWindow: TimeInterval = 7 * 24 * 3600

    /// Vouchers whose file does not exist: number and path.
    public func missing(since: Date? = nil) throws(LocalizedMessage) -> [(sequence: Int64, path: String)] {
        try context.read { try records.storedVouchers(since: since) }
            .filter { !FileManager.default.fileExists(atPath: $0.path) }
            .map { ($0.sequence, $0.path) }
    }

    /// Writes the missing files of the last `startUpWindow` from their stored
    /// text; returns how many were written and how many still could not be.
    @discardableResult
    public func writeMissing() -> (written: Int, failed: Int) {
        let since = context.clock.now().addingTimeInterval(-Self.startUpWindow)
        guard let stored = try? context.read({ try records.storedVouchers(since: since) }) else { return (0, 0) }
        var written = 0, failed = 0
        for voucher in stored where !FileManager.default.fileExists(atPath: voucher.path) {
            if (try? PrivateFile.write(voucher.body, to: voucher.path)) != nil { written += 1 } else { failed += 1 }
        }
        return (written, failed)
    }

    /// Writes the voucher file of a journal entry again from its stored text
    /// (the same text, so a reprint is never a different voucher) and records
    /// the reprint. Tellers may reprint their own entries, supervisors any.
    public func rewrite(entryID: Int64, by actor: Operator) throws(LocalizedMessage) -> String {
        let voucher: CashRecordsRepository.StoredVoucher = try context.write {
            let clerk = try context.requireActor(actor, .cash)
            guard let entry = try LedgerRepository(db: context.database).entry(id: entryID),
                  entry.makerID == clerk.id || clerk.role.may(.approve) else { throw LocalizedMessage(.voucherNotFound, String(entryID)) }
            guard let voucher = try records.storedVoucher(entryID: entryID) else { throw LocalizedMessage(.voucherNotFound, String(entryID)) }
            try context.record("voucher.reprint", by: clerk.id, subject: "entry \(entryID)", detail: "voucher \(voucher.sequence)")
            return voucher
        }
        do {
            try PrivateFile.write(voucher.body, to: voucher.path)
        } catch {
            throw LocalizedMessage(.voucherStillPending, voucher.path, error.localizedDescription)
        }
        return voucher.path
    }
}
