import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A partial freeze changes no account status, so an insider editing the file
/// could quietly release a court's hold. Each edit of the freezes table is
/// named by `verify`, from the facts in the freeze's keyed audit rows.
struct FreezeTamperingTests {
    private func frozen() throws -> (branch: LedgerBranch, freezeID: Int64) {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        let id = try AccountFreezeService(branch.context).place(
            FreezeOrder(accountNumber: account.number, type: .judicial, amount: 60_000, expiresOn: BusinessDate("2026-03-01"),
                        documentNumber: "(2026)沪0101执123号", reason: "court order"), by: branch.supervisor)
        try branch.expectCleanBooks()
        return (branch, id)
    }

    private func breaches(_ branch: LedgerBranch) throws -> [LedgerBreach] {
        try BooksService(branch.context).verify(by: nil).ledgerBreaches
    }

    @Test func aFreezeLiftedInTheFileIsNamed() throws {
        let (branch, id) = try frozen()
        try sqliteCLI(branch.fixture.path, "UPDATE account_freezes SET lifted_by = \(branch.supervisor.id), lifted_at = 1 WHERE id = \(id);")
        #expect(try breaches(branch) == [.freezeLiftNotAudited(freezeID: id, lifted: true)])
    }

    @Test func aShrunkAmountOrAMovedExpiryIsNamed() throws {
        let (branch, id) = try frozen()
        try sqliteCLI(branch.fixture.path, "UPDATE account_freezes SET amount = 1, expires_on = '2026-01-06' WHERE id = \(id);")
        #expect(try breaches(branch) == [
            .freezeDiffersFromAudit(freezeID: id, field: "amount", audited: "60000", found: "1"),
            .freezeDiffersFromAudit(freezeID: id, field: "until", audited: "2026-03-01", found: "2026-01-06"),
        ])
    }

    @Test func aDeletedFreezeAndAnUnauditedOneAreNamed() throws {
        let (branch, id) = try frozen()
        try sqliteCLI(branch.fixture.path, """
            DROP TRIGGER account_freezes_no_delete;
            DELETE FROM account_freezes WHERE id = \(id);
            INSERT INTO account_freezes (id, account_id, type, document_no, reason, placed_by, placed_at)
                VALUES (\(id + 1), 1, 'bank', 'x', 'planted', \(branch.supervisor.id), 1);
            """)
        #expect(try breaches(branch) == [.freezeNotAudited(freezeID: id + 1), .freezeMissing(freezeID: id)])
    }

    @Test func anHonestLiftKeepsTheBooksClean() throws {
        let (branch, id) = try frozen()
        try AccountFreezeService(branch.context).lift(freezeID: id, reason: "court released it", by: branch.supervisor)
        try branch.expectCleanBooks()
    }
}
