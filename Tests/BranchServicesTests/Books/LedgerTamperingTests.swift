import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Someone edits the file behind the program's back with the sqlite3 tool:
/// the append-only triggers refuse while they exist; once dropped, the
/// verifier names what was changed or removed.
struct LedgerTamperingTests {
    /// A day's history: open drawer, deposit, withdrawal, transfer, one more deposit.
    private struct History {
        let branch: LedgerBranch
        let account: AccountRecord
        let other: AccountRecord
        let deposit: Int64
        let withdrawal: Int64
        let transfer: Int64
        let lastDeposit: Int64
        var path: String { branch.fixture.path }
    }

    private func history() throws -> History {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 1_000_000)
        let other = try branch.account(customer: 1, balance: 0)
        try branch.openDrawer()
        try branch.verifyForWithdrawal(account)
        try branch.verifyForTransfer(account)
        let cashService = CashService(branch.context)
        let deposit = try cashService.deposit(CashRequest(accountNumber: account.number, amount: 25_550, cash: cash(25_550)),
                                              key: branch.newKey(), by: branch.teller)
        let withdrawal = try cashService.withdraw(CashRequest(accountNumber: account.number, amount: 12_000, cash: cash(12_000)),
                                                  key: branch.newKey(), by: branch.teller)
        let transfer = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: account.number, toAccountNumber: other.number, amount: 30_000), key: branch.newKey(),
            by: branch.teller)
        let last = try cashService.deposit(CashRequest(accountNumber: other.number, amount: 1_000, cash: cash(1_000)),
                                           key: branch.newKey(), by: branch.teller)
        try branch.expectCleanBooks()
        return History(branch: branch, account: account, other: other, deposit: deposit.entryID, withdrawal: withdrawal.entryID,
                       transfer: transfer.entryID, lastDeposit: last.entryID)
    }

    private static let dropTriggers = """
        DROP TRIGGER journal_entries_no_update; DROP TRIGGER journal_entries_no_delete;
        DROP TRIGGER postings_no_update; DROP TRIGGER postings_no_delete;
        DROP TRIGGER cash_movements_no_update; DROP TRIGGER cash_movements_no_delete;
        """

    private func breaches(_ history: History) throws -> [LedgerBreach] {
        let report = try BooksService(history.branch.context).verify(by: nil)
        #expect(!report.isClean)
        let direct = try LedgerVerifier(db: history.branch.context.database).verify()
        #expect(direct == report.ledgerBreaches)
        return direct
    }

    private func postingID(_ history: History, entry: Int64, customer: Bool) throws -> Int64 {
        let column = customer ? "account_id" : "internal_id"
        return Int64(try sqliteCLI(history.path, "SELECT id FROM postings WHERE entry_id = \(entry) AND \(column) IS NOT NULL LIMIT 1"))!
    }

    @Test func appendOnlyTablesRefuseUpdateAndDeleteWhileTheTriggersExist() throws {
        let history = try history()
        let attempts = [
            "UPDATE journal_entries SET amount = 1 WHERE id = \(history.deposit)",
            "DELETE FROM journal_entries WHERE id = \(history.lastDeposit)",
            "UPDATE postings SET amount = amount + 1 WHERE entry_id = \(history.deposit)",
            "DELETE FROM postings WHERE entry_id = \(history.deposit)",
            "UPDATE cash_movements SET count = count + 1 WHERE entry_id = \(history.deposit)",
            "DELETE FROM cash_movements WHERE entry_id = \(history.deposit)",
            "DELETE FROM notifications WHERE entry_id = \(history.deposit)",
        ]
        for sql in attempts {
            do {
                try sqliteCLI(history.path, sql)
                Issue.record("\(sql) was allowed")
            } catch let error as CLIError {
                #expect(error.message.contains("append-only"), "\(error.message)")
            }
        }
        try history.branch.expectCleanBooks()
    }

    @Test func aLargeValueReportCannotBeChangedOrRemoved() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        _ = try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 5_000_000, cash: cash(5_000_000),
                                                                purpose: "sale of a flat"), key: branch.newKey(), by: branch.teller)
        for sql in ["UPDATE large_value_reports SET purpose = 'nothing'", "DELETE FROM large_value_reports"] {
            #expect(throws: CLIError.self) { try sqliteCLI(branch.fixture.path, sql) }
        }
        #expect(try branch.context.count("large_value_reports") == 1)
    }

    @Test func aChangedPostingAmountIsNamed() throws {
        let history = try history()
        let posting = try postingID(history, entry: history.deposit, customer: true)
        try sqliteCLI(history.path, Self.dropTriggers + "UPDATE postings SET amount = amount - 10000 WHERE id = \(posting);")
        let found = try breaches(history)
        #expect(found.contains(.unbalancedEntry(entryID: history.deposit, sum: -10_000)))
        #expect(found.contains(.accountBalanceMismatch(account: history.account.number, stored: try history.branch.balance(history.account),
                                                       fromPostings: try history.branch.balance(history.account) + 10_000)))
        #expect(found.contains(.runningBalanceBroken(account: history.account.number, postingID: posting)))
    }

    @Test func aDeletedPostingIsNamed() throws {
        let history = try history()
        let posting = try postingID(history, entry: history.withdrawal, customer: false)
        try sqliteCLI(history.path, Self.dropTriggers + "DELETE FROM postings WHERE id = \(posting);")
        let found = try breaches(history)
        #expect(found.contains(.entryWithoutPostings(entryID: history.withdrawal, postings: 1)))
        let drawerCode = DrawerService.drawerCode(history.branch.teller)
        #expect(found.contains { if case .internalBalanceMismatch(drawerCode, _, _) = $0 { true } else { false } })
        #expect(found.contains { if case .cashCountMismatch(drawerCode, _, _) = $0 { true } else { false } })
    }

    @Test func aDeletedJournalEntryWithItsPostingsIsNamed() throws {
        let history = try history()
        let id = history.transfer
        try sqliteCLI(history.path, Self.dropTriggers + """
            DELETE FROM postings WHERE entry_id = \(id);
            DELETE FROM cash_movements WHERE entry_id = \(id);
            DELETE FROM journal_entries WHERE id = \(id);
            """)
        let found = try breaches(history)
        #expect(found.contains(.missingEntries(afterID: id - 1, nextID: id + 1)))
        #expect(found.contains(.entryMissingFromJournal(entryID: id)))
        #expect(found.contains { if case .accountBalanceMismatch(history.other.number, _, _) = $0 { true } else { false } })
    }

    @Test func theLastJournalEntryDeletedIsNamedByTheAuditTrail() throws {
        let history = try history()
        let id = history.lastDeposit
        try sqliteCLI(history.path, Self.dropTriggers + """
            DELETE FROM postings WHERE entry_id = \(id);
            DELETE FROM cash_movements WHERE entry_id = \(id);
            DELETE FROM journal_entries WHERE id = \(id);
            """)
        let found = try breaches(history)
        #expect(found.contains(.entryMissingFromJournal(entryID: id)))
    }

    @Test func aChangedAccountBalanceIsNamed() throws {
        let history = try history()
        let before = try history.branch.balance(history.account)
        try sqliteCLI(history.path, "UPDATE accounts SET balance = balance + 500000 WHERE id = \(history.account.id);")
        let found = try breaches(history)
        #expect(found == [.accountBalanceMismatch(account: history.account.number, stored: before + 500_000, fromPostings: before)])
    }

    @Test func aChangedInternalBalanceIsNamed() throws {
        let history = try history()
        try sqliteCLI(history.path, "UPDATE internal_accounts SET balance = balance - 100 WHERE code = 'vault:CNY';")
        let found = try breaches(history)
        #expect(found.count == 1)
        #expect(found.contains { if case .internalBalanceMismatch("vault:CNY", _, _) = $0 { true } else { false } })
    }

    @Test func aDeletedCashMovementIsNamed() throws {
        let history = try history()
        let drawerCode = DrawerService.drawerCode(history.branch.teller)
        let row = try sqliteCLI(history.path, """
            SELECT m.id || '|' || (m.denomination * m.count) FROM cash_movements m WHERE m.entry_id = \(history.deposit) ORDER BY m.id LIMIT 1
            """).split(separator: "|")
        try #require(row.count == 2)
        let value = try #require(Int64(row[1]))
        try sqliteCLI(history.path, Self.dropTriggers + "DELETE FROM cash_movements WHERE id = \(row[0]);")
        let found = try breaches(history)
        let ledger = try history.branch.internalBalance(drawerCode)
        #expect(found == [.cashCountMismatch(code: drawerCode, ledger: ledger, notesAndCoins: ledger - value)])
    }

    @Test func aChangedCashMovementIsNamed() throws {
        let history = try history()
        let drawerCode = DrawerService.drawerCode(history.branch.teller)
        try sqliteCLI(history.path, Self.dropTriggers + """
            UPDATE cash_movements SET count = count + 1 WHERE id = (SELECT min(id) FROM cash_movements WHERE entry_id = \(history.deposit));
            """)
        let found = try breaches(history)
        #expect(found.contains { if case .cashCountMismatch(drawerCode, _, _) = $0 { true } else { false } })
    }

    @Test func aReversalThatNoLongerMirrorsItsOriginalIsNamed() throws {
        let history = try history()
        let reversal = try ReversalService(history.branch.context).reverse(entryID: history.transfer, reason: "wrong payee",
                                                                           key: history.branch.newKey(), by: history.branch.supervisor)
        try history.branch.expectCleanBooks()
        // Shift 1.00 between the two postings of the reversal: it still balances, but no longer mirrors.
        try sqliteCLI(history.path, Self.dropTriggers + """
            UPDATE postings SET amount = amount + 100 WHERE entry_id = \(reversal.entryID) AND account_id = \(history.account.id);
            UPDATE postings SET amount = amount - 100 WHERE entry_id = \(reversal.entryID) AND account_id = \(history.other.id);
            """)
        let found = try breaches(history)
        #expect(found.contains(.reversalMismatch(entryID: reversal.entryID, reversesID: history.transfer)))
    }

    @Test func anAccountBelowItsOverdraftLimitIsNamed() throws {
        let history = try history()
        let balance = try history.branch.balance(history.other)
        try sqliteCLI(history.path, Self.dropTriggers + """
            UPDATE postings SET amount = amount + \(balance + 100), balance_after = balance_after - \(balance + 100)
            WHERE id = (SELECT max(id) FROM postings WHERE account_id = \(history.other.id));
            PRAGMA ignore_check_constraints = ON;
            UPDATE accounts SET balance = -100 WHERE id = \(history.other.id);
            """)
        let found = try breaches(history)
        #expect(found.contains(.overdrawn(account: history.other.number, balance: -100, limit: 0)))
    }
}
