import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The attacks that passed `verify` before the chain was keyed and compared
/// with the books, done with sqlite3 after dropping the triggers: each one is
/// now named, because the facts that matter are in the keyed audit rows.
struct AuditBooksTamperingTests {
    private static let dropTriggers = """
        DROP TRIGGER journal_entries_no_update; DROP TRIGGER journal_entries_no_delete;
        DROP TRIGGER postings_no_update; DROP TRIGGER postings_no_delete;
        DROP TRIGGER cash_movements_no_update; DROP TRIGGER cash_movements_no_delete;
        DROP TRIGGER large_value_reports_no_update; DROP TRIGGER large_value_reports_no_delete;
        DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;
        """

    private struct Day {
        let branch: LedgerBranch
        let account: AccountRecord
        let other: AccountRecord
        let transfer: Int64
        let large: Int64
        var path: String { branch.fixture.path }
    }

    private func day() throws -> Day {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000)
        let other = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer()
        try branch.verifyForTransfer(account)
        let transfer = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: account.number, toAccountNumber: other.number, amount: 30_000), key: branch.newKey(),
            by: branch.teller)
        let large = try CashService(branch.context).deposit(
            CashRequest(accountNumber: other.number, amount: 5_000_000, cash: cash(5_000_000), purpose: "sale of a flat"),
            key: branch.newKey(), by: branch.teller)
        try branch.expectCleanBooks()
        return Day(branch: branch, account: account, other: other, transfer: transfer.entryID, large: large.entryID)
    }

    private func ledgerBreaches(_ day: Day) throws -> [LedgerBreach] {
        let report = try BooksService(day.branch.context).verify(by: nil)
        #expect(!report.isClean)
        return report.ledgerBreaches
    }

    @Test func anAmountChangedEverywhereInTheBooksIsNamedFromTheAuditRow() throws {
        let day = try day()
        let id = day.transfer, delta = 20_000
        // The transfer becomes 500.00 instead of 300.00: entry, both postings, running balances and both account balances.
        try sqliteCLI(day.path, Self.dropTriggers + """
            UPDATE journal_entries SET amount = amount + \(delta) WHERE id = \(id);
            UPDATE postings SET amount = amount + \(delta) WHERE entry_id = \(id) AND account_id = \(day.account.id);
            UPDATE postings SET amount = amount - \(delta) WHERE entry_id = \(id) AND account_id = \(day.other.id);
            UPDATE postings SET balance_after = balance_after - \(delta) WHERE account_id = \(day.account.id) AND entry_id >= \(id);
            UPDATE postings SET balance_after = balance_after + \(delta) WHERE account_id = \(day.other.id) AND entry_id >= \(id);
            UPDATE accounts SET balance = balance - \(delta) WHERE id = \(day.account.id);
            UPDATE accounts SET balance = balance + \(delta) WHERE id = \(day.other.id);
            """)
        let found = try ledgerBreaches(day)
        #expect(found.contains(.entryDiffersFromAudit(entryID: id, field: "amount", audited: "30000", found: "50000")))
        #expect(found.contains { if case .postingsDifferFromAudit(id, _, _) = $0 { true } else { false } })
        #expect(found.allSatisfy { if case .entryDiffersFromAudit = $0 { true } else if case .postingsDifferFromAudit = $0 { true } else { false } })
        #expect(try BooksService(day.branch.context).verify(by: nil).auditBreaches.isEmpty)
    }

    @Test func aDeletedLargeValueReportIsNamed() throws {
        let day = try day()
        try sqliteCLI(day.path, Self.dropTriggers + "DELETE FROM large_value_reports WHERE entry_id = \(day.large);")
        #expect(try ledgerBreaches(day) == [.largeValueReportMissing(entryID: day.large)])
    }

    @Test func aChangedLargeValueReportIsNamed() throws {
        let day = try day()
        try sqliteCLI(day.path, Self.dropTriggers + "UPDATE large_value_reports SET purpose = 'gift' WHERE entry_id = \(day.large);")
        let found = try ledgerBreaches(day)
        #expect(found.count == 1)
        #expect(found.contains { if case .largeValueReportDiffers(day.large, _, _) = $0 { true } else { false } })
    }

    @Test func aChangedMakerOrApproverIsNamed() throws {
        let day = try day()
        let teller = day.branch.teller.id, other = day.branch.teller2.id, supervisor = day.branch.supervisor.id
        try sqliteCLI(day.path, Self.dropTriggers + """
            UPDATE journal_entries SET maker_id = \(other) WHERE id = \(day.transfer);
            UPDATE journal_entries SET approver_id = \(supervisor) WHERE id = \(day.large);
            """)
        let found = try ledgerBreaches(day)
        #expect(found.contains(.entryDiffersFromAudit(entryID: day.transfer, field: "maker", audited: String(teller), found: String(other))))
        #expect(found.contains { if case .entryDiffersFromAudit(day.large, "approver", _, String(supervisor)) = $0 { true } else { false } })
        #expect(found.count == 2)
    }

    @Test func aReactivatedFrozenAccountIsNamed() throws {
        let day = try day()
        try AccountStatusService(day.branch.context).freeze(accountNumber: day.account.number, reason: "court order 17",
                                                             by: day.branch.supervisor)
        try day.branch.expectCleanBooks()
        try sqliteCLI(day.path, "UPDATE accounts SET status = 'active' WHERE id = \(day.account.id);")
        #expect(try ledgerBreaches(day) == [.accountStatusNotAudited(account: day.account.number, status: "active", audited: "frozen")])
    }

    @Test func anAccountFrozenWithoutTheProgramIsNamed() throws {
        let day = try day()
        try sqliteCLI(day.path, "UPDATE accounts SET status = 'closed' WHERE id = \(day.other.id);")
        #expect(try ledgerBreaches(day) == [.accountStatusNotAudited(account: day.other.number, status: "closed", audited: "active")])
    }

    @Test func editingTheAuditRowToMatchTheBooksBreaksTheKeyedChain() throws {
        let day = try day()
        // The forger changes the books and rewrites the audit row's facts too, but cannot make its keyed hash.
        try sqliteCLI(day.path, Self.dropTriggers + """
            UPDATE journal_entries SET maker_id = \(day.branch.teller2.id) WHERE id = \(day.transfer);
            UPDATE audit_log SET detail = replace(detail, 'maker=\(day.branch.teller.id) ', 'maker=\(day.branch.teller2.id) ')
                WHERE subject = 'entry \(day.transfer)';
            """)
        let report = try BooksService(day.branch.context).verify(by: nil)
        #expect(report.ledgerBreaches.isEmpty)
        #expect(report.auditBreaches.contains { if case .hashMismatch = $0 { true } else { false } })
    }

    /// The forger's SQL: every audit row rehashed with plain SHA-256 (no key needed); the head then
    /// set to the plain `seq:hash` of a file from before keyed chains, or deleted.
    private func plainRehash(_ day: Day, deletingHead: Bool = false) throws -> String {
        let trail = day.branch.context.audit
        var sql = Self.dropTriggers
        var prev = AuditTrail.genesisHash
        for entry in try trail.recent(limit: 10_000).reversed() {
            let hash = AuditLine.legacyHash(seq: entry.seq, atMillis: Int64((entry.at.timeIntervalSince1970 * 1000).rounded()),
                                            operatorID: entry.operatorID, terminal: entry.terminal, action: entry.action,
                                            subject: entry.subject, detail: entry.detail, prevHash: prev)
            sql += "UPDATE audit_log SET prev_hash = '\(prev)', hash = '\(hash)' WHERE seq = \(entry.seq);\n"
            prev = hash
        }
        return sql + (deletingHead ? "DELETE FROM settings WHERE key = 'audit.head';"
                                   : "UPDATE settings SET value = '\(try trail.count()):\(prev)' WHERE key = 'audit.head';")
    }

    /// The next open must not seal a rehashed chain as if it were a file from before keyed chains: that
    /// would put the real key's seal over a forged history (and over any clear secret planted with it).
    @Test func aChainRehashedWithoutTheKeyIsNeverSealedByTheNextOpen() throws {
        let day = try day()
        let entries = try day.branch.context.audit.count()
        try sqliteCLI(day.path, try plainRehash(day, deletingHead: true))
        var refusal: LocalizedMessage?
        do { _ = try BranchContext.open(path: day.path, terminal: "next-morning", pinIterations: 1_000) } catch { refusal = error }
        #expect(refusal?.key == .keyLegacyChainBesideKey)
        #expect(try day.branch.context.audit.count() == entries)  // no re-anchor entry was appended
        #expect(try BooksService(day.branch.context).verify(by: nil).auditBreaches.contains(.chainNotKeyed(entries: entries)))
    }

    @Test func recomputingTheWholeChainAndHeadWithPlainSHA256Fails() throws {
        let day = try day()
        let trail = day.branch.context.audit
        try sqliteCLI(day.path, try plainRehash(day))
        let breaches = try BooksService(day.branch.context).verify(by: nil).auditBreaches
        #expect(breaches.contains(.chainNotKeyed(entries: try trail.count())))
        #expect(breaches.contains(.headMalformed))
    }

    @Test func deletingTheHeadFails() throws {
        let day = try day()
        try sqliteCLI(day.path, "DELETE FROM settings WHERE key = 'audit.head';")
        #expect(try BooksService(day.branch.context).verify(by: nil).auditBreaches == [.headMissing])
    }

    @Test func withoutTheKeyVerifyCannotProveTheChain() throws {
        let day = try day()
        let keyless = try BranchContext.open(path: day.path, terminal: "audit", keyLocation: .file(day.path + ".missing.key"), readOnly: true)
        let report = try BooksService(keyless).verify(by: nil)
        #expect(!report.isClean && !report.keyFound)
        #expect(report.auditBreaches.contains { if case .keyUnavailable = $0 { true } else { false } })
    }
}
