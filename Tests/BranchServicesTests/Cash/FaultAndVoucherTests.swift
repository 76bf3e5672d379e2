import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A full disk is named as such and never keeps the teller locked out; a
/// voucher file that cannot be written after the commit says the entry
/// posted, is listed, and is written again from the stored text.
@Suite struct FaultAndVoucherTests {
    /// Caps the file at its current size on this connection, then writes audit
    /// rows until SQLite says it is full (the last pages' free room used up).
    private func fillDisk(_ branch: LedgerBranch) throws -> LocalizedMessage {
        let pages = try #require(try branch.context.database.scalarInt("PRAGMA page_count"))
        try branch.context.database.execute("PRAGMA max_page_count = \(pages)")
        for _ in 0..<2_000 {
            if let refusal = failure({ try AuthenticationService(branch.context).recordLock(for: branch.supervisor, idle: false) }) {
                return refusal
            }
        }
        Issue.record("the capped file never filled")
        return LocalizedMessage(.unexpectedError, "")
    }

    @Test func aFullDiskSaysSoAndNothingWasSaved() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let full = try fillDisk(branch)
        #expect(full.key == .storeDiskFull)
        #expect(full.text(in: Strings(.english)).hasPrefix("Disk full — nothing was saved"))
        let refused = failure {
            try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)),
                                                    key: branch.newKey(), by: branch.teller)
        }
        #expect(refused?.key == .storeDiskFull)
        #expect(try branch.balance(account) == 100_000)
    }

    @Test func unlockingNeedsNoWriteButAWrongPINThatCannotBeCountedIsRefused() throws {
        let branch = try LedgerBranch()
        _ = try fillDisk(branch)
        let auth = AuthenticationService(branch.context)
        let note = try auth.unlockTerminal(for: branch.teller, pin: tellerPIN)
        #expect(note?.key == .unlockNotRecorded)
        #expect(failure { try auth.unlockTerminal(for: branch.teller, pin: "999999") }?.key == .storeDiskFull)
    }

    @Test func aVoucherFileNotWrittenAfterTheCommitSaysPostedAndIsWrittenAgain() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        // Something in the way of the vouchers folder: the file cannot be written.
        let folder = branch.fixture.folder.appendingPathComponent("vouchers").path
        try? FileManager.default.removeItem(atPath: folder)
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: folder))
        let posted = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 1_000, cash: cash(1_000)), key: branch.newKey(), by: branch.teller)
        #expect(try branch.balance(account) == 101_000)
        let problem = try #require(posted.voucherProblem)
        let text = problem.text(in: Strings(.english))
        #expect(problem.key == .voucherPending)
        #expect(text.hasPrefix("Posted as entry \(posted.entryID)."))
        #expect(!text.contains("Nothing was saved"))
        let path = try #require(posted.voucherPath)
        let repair = VoucherRepair(branch.context)
        #expect(try repair.missing().map(\.path).contains(path))
        #expect(failure { try repair.rewrite(entryID: posted.entryID, by: branch.teller) }?.key == .voucherStillPending)

        try FileManager.default.removeItem(atPath: folder)
        // Another teller may not reprint it; the maker may, and the reprint is audited.
        #expect(failure { try repair.rewrite(entryID: posted.entryID, by: branch.teller2) }?.key == .voucherNotFound)
        #expect(try repair.rewrite(entryID: posted.entryID, by: branch.teller) == path)
        let stored = try #require(try CashRecordsRepository(db: branch.context.database).storedVoucher(entryID: posted.entryID))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == stored.body)
        #expect(try branch.context.database.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'voucher.reprint'") == 2)  // each attempt

        // Lost again: the start-up repair writes it, 0600 in a 0700 folder.
        try FileManager.default.removeItem(atPath: path)
        #expect(repair.writeMissing().written >= 1)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try repair.missing().isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
    }
}
