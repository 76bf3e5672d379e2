import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A supervisor reverses a posted operation (not their own, not one they
/// approved) with a reason: a new entry that mirrors every posting and cash
/// movement of the original and points at it, once only.
struct ReversalServiceTests {
    @Test func aReversalMirrorsThePostingsAndTheCashOfADeposit() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let drawerBefore = try branch.drawerCash()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 35_050, cash: cash(35_050)), key: branch.newKey(), by: branch.teller)
        let reversal = try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "counted twice",
                                                                   key: branch.newKey(), by: branch.supervisor)
        let ledger = LedgerRepository(db: branch.context.database)
        let original = try ledger.postings(entryID: deposit.entryID)
        let mirror = try ledger.postings(entryID: reversal.entryID)
        #expect(mirror.map(\.book) == original.map(\.book))
        #expect(mirror.map(\.amount) == original.map { -$0.amount })
        let originalCash = try ledger.cashMovements(entryID: deposit.entryID)
        let mirrorCash = try ledger.cashMovements(entryID: reversal.entryID)
        #expect(mirrorCash.map(\.internalID) == originalCash.map(\.internalID))
        #expect(mirrorCash.map(\.cash) == originalCash.map { CashBreakdown().adding($0.cash, sign: -1) })
        #expect(try branch.balance(account) == 100_000)
        #expect(reversal.balanceAfter == 100_000)
        #expect(try branch.drawerCash() == drawerBefore)
        let stored = try branch.entry(reversal.entryID)
        #expect(stored.kind == .reversal)
        #expect(stored.reversesID == deposit.entryID)
        #expect(stored.makerID == branch.supervisor.id)
        #expect(stored.memo == "counted twice")
        #expect(stored.amount == 35_050)
        let journal = try LedgerQueryService(branch.context).journal(JournalFilter(), by: branch.supervisor)
        #expect(journal.first { $0.entry.id == deposit.entryID }?.reversedBy == reversal.entryID)
        #expect(try CashRecordsRepository(db: branch.context.database).notifications(entryID: reversal.entryID).count == 1)
        try branch.expectCleanBooks()
    }

    @Test func reversingAWithdrawalPutsTheNotesBackInTheDrawer() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let drawerBefore = try branch.drawerCash()
        try branch.verifyForWithdrawal(account)
        let paid = CashBreakdown([.yuan50: 2, .yuan10: 3])
        let withdrawal = try CashService(branch.context).withdraw(
            CashRequest(accountNumber: account.number, amount: 13_000, cash: paid), key: branch.newKey(), by: branch.teller)
        #expect(try branch.drawerCash() == drawerBefore.adding(paid, sign: -1))
        _ = try ReversalService(branch.context).reverse(entryID: withdrawal.entryID, reason: "customer changed mind",
                                                        key: branch.newKey(), by: branch.supervisor)
        #expect(try branch.drawerCash() == drawerBefore)
        #expect(try branch.balance(account) == 100_000)
        try branch.expectCleanBooks()
    }

    @Test func anExternalTransferReversalTakesTheMoneyBackFromClearing() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.verifyForTransfer(account)
        let payee = ExternalPayee(name: "Sun Hao", bank: "Bank of Shenyang", accountNumber: "6222 0212 3456 7890")
        let sent = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: account.number, payee: payee, amount: 20_000), key: branch.newKey(), by: branch.teller)
        #expect(try branch.internalBalance("clearing:CNY") == -20_000)
        _ = try ReversalService(branch.context).reverse(entryID: sent.entryID, reason: "returned by the other bank",
                                                        key: branch.newKey(), by: branch.supervisor)
        #expect(try branch.internalBalance("clearing:CNY") == 0)
        #expect(try branch.balance(account) == 100_000)
        try branch.expectCleanBooks()
    }

    @Test func anOperationCannotBeReversedTwice() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller)
        let first = try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "wrong account",
                                                                key: branch.newKey(), by: branch.supervisor)
        let footprint = try branch.footprint()
        for supervisor in [branch.supervisor, branch.supervisor2] {
            let refusal = failure {
                try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "wrong account again",
                                                            key: branch.newKey(), by: supervisor)
            }
            #expect(refusal == LocalizedMessage(.entryAlreadyReversed, String(deposit.entryID), String(first.entryID)))
        }
        #expect(try branch.footprint() == footprint)
        #expect(try branch.balance(account) == 100_000)
        try branch.expectCleanBooks()
    }

    @Test func reversalsAndDrawerMovementsAreNotReversible() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        let open = try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller)
        let reversal = try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "wrong account",
                                                                   key: branch.newKey(), by: branch.supervisor)
        let drawerMove = failure {
            try ReversalService(branch.context).reverse(entryID: open.entryID, reason: "undo it", key: branch.newKey(), by: branch.supervisor2)
        }
        #expect(drawerMove == LocalizedMessage(.entryNotReversible, String(open.entryID)))
        // Issue 13: a reversal is refused as a reversal, not as "a drawer or vault movement".
        let twice = failure {
            try ReversalService(branch.context).reverse(entryID: reversal.entryID, reason: "undo it", key: branch.newKey(),
                                                        by: branch.supervisor2)
        }
        #expect(twice == LocalizedMessage(.cashReversalOfReversal, String(reversal.entryID), String(deposit.entryID)))
        let missing = failure {
            try ReversalService(branch.context).reverse(entryID: 9_999, reason: "undo it", key: branch.newKey(), by: branch.supervisor)
        }
        #expect(missing == LocalizedMessage(.entryNotFound, "9999"))
    }

    @Test func aSupervisorCannotReverseTheirOwnEntry() throws {
        let branch = try LedgerBranch()
        let from = try branch.account(balance: 100_000)
        let to = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(from, by: branch.supervisor)
        let own = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 5_000), key: branch.newKey(),
            by: branch.supervisor)
        let footprint = try branch.footprint()
        let refusal = failure {
            try ReversalService(branch.context).reverse(entryID: own.entryID, reason: "my mistake", key: branch.newKey(),
                                                        by: branch.supervisor)
        }
        #expect(refusal?.key == .reversalOwnEntry)
        #expect(try branch.footprint() == footprint)
        _ = try ReversalService(branch.context).reverse(entryID: own.entryID, reason: "colleague's mistake", key: branch.newKey(),
                                                        by: branch.supervisor2)
        #expect(try branch.balance(to) == 0)
        try branch.expectCleanBooks()
    }

    @Test func aSupervisorCannotReverseAnEntryTheyApproved() throws {
        let branch = try LedgerBranch()
        try CashRulesService(branch.context).set("limit.teller.transfer", minorUnits: 100_000, by: branch.admin)
        let from = try branch.account(balance: 1_000_000)
        let to = try branch.account(customer: 1, balance: 0)
        try branch.verifyForTransfer(from)
        let approved = try TransferService(branch.context).transfer(
            TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: 200_000), key: branch.newKey(),
            approval: try branch.approval(for: branch.teller), by: branch.teller)
        #expect(try branch.entry(approved.entryID).approverID == branch.supervisor.id)
        let refusal = failure {
            try ReversalService(branch.context).reverse(entryID: approved.entryID, reason: "approved in error", key: branch.newKey(),
                                                        by: branch.supervisor)
        }
        #expect(refusal?.key == .reversalOwnEntry)
        _ = try ReversalService(branch.context).reverse(entryID: approved.entryID, reason: "approved in error", key: branch.newKey(),
                                                        by: branch.supervisor2)
        try branch.expectCleanBooks()
    }

    @Test func aTellerCannotReverseAtAll() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer(branch.teller2)
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller2)
        let footprint = try branch.footprint()
        for teller in [branch.teller, branch.teller2] {
            let refusal = failure {
                try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "wrong account", key: branch.newKey(),
                                                            by: teller)
            }
            #expect(refusal == LocalizedMessage(.errorForbidden, Permission.approve.rawValue))
        }
        #expect(try branch.footprint() == footprint)
    }

    @Test func reversingADepositWhoseMoneyWasWithdrawnIsRefused() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 0)
        try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 50_000, cash: cash(50_000)), key: branch.newKey(), by: branch.teller)
        try branch.verifyForWithdrawal(account)
        _ = try CashService(branch.context).withdraw(CashRequest(accountNumber: account.number, amount: 40_000, cash: cash(40_000)),
                                                     key: branch.newKey(), by: branch.teller)
        let footprint = try branch.footprint()
        let refusal = failure {
            try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "counterfeit note", key: branch.newKey(),
                                                        by: branch.supervisor)
        }
        #expect(refusal == LocalizedMessage(.insufficientFunds, AccountNumber.masked(account.number), "100.00"))
        #expect(try branch.footprint() == footprint)
        #expect(try branch.balance(account) == 10_000)
        try branch.expectCleanBooks()
    }

    @Test func aReversalNeedsAReason() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller)
        for reason in ["", "  ", "ok"] {
            let refusal = failure {
                try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: reason, key: branch.newKey(),
                                                            by: branch.supervisor)
            }
            #expect(refusal?.key == .reversalReasonMissing)
        }
    }

    @Test func cashCannotBeReversedOnceTheDrawerIsCounted() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller)
        _ = try DrawerService(branch.context).count(try branch.drawerCash(), by: branch.teller)
        let refusal = failure {
            try ReversalService(branch.context).reverse(entryID: deposit.entryID, reason: "wrong account", key: branch.newKey(),
                                                        by: branch.supervisor)
        }
        #expect(refusal == LocalizedMessage(.cashReversalDrawerClosed, branch.teller.username))
        try branch.expectCleanBooks()
    }

    /// Issue 13: the refusal for a closed drawer says what to do, and doing it works: once the
    /// drawer is signed off its teller opens it again and the reversal goes through it.
    @Test func afterTheSignOffTheTellerReopensTheDrawerAndTheReversalGoesThroughIt() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller)
        _ = try DrawerService(branch.context).count(try branch.drawerCash(), by: branch.teller)
        _ = try DrawerService(branch.context).signOff(key: branch.newKey(), approval: try branch.approval(for: branch.teller), by: branch.teller)
        let service = ReversalService(branch.context)
        #expect(failure { try service.assess(entryID: deposit.entryID, by: branch.supervisor) }
            == LocalizedMessage(.cashReversalDrawerClosed, branch.teller.username))
        try branch.openDrawer()
        try service.assess(entryID: deposit.entryID, by: branch.supervisor)
        let reversal = try service.reverse(entryID: deposit.entryID, reason: "wrong account", key: branch.newKey(), by: branch.supervisor)
        #expect(try branch.entry(reversal.entryID).reversesID == deposit.entryID)
        #expect(try branch.balance(account) == 100_000)
        try branch.expectCleanBooks()
    }

    /// Issue 13: what would refuse the reversal refuses it before the reason is asked, and writes nothing.
    @Test func theAssessmentRefusesBeforeAReasonIsTyped() throws {
        let branch = try LedgerBranch()
        let account = try branch.account(balance: 100_000)
        try branch.openDrawer()
        let deposit = try CashService(branch.context).deposit(
            CashRequest(accountNumber: account.number, amount: 10_000, cash: cash(10_000)), key: branch.newKey(), by: branch.teller)
        let service = ReversalService(branch.context)
        try service.assess(entryID: deposit.entryID, by: branch.supervisor)
        #expect(failure { try service.assess(entryID: deposit.entryID, by: branch.teller) }?.key == .errorForbidden)
        let reversal = try service.reverse(entryID: deposit.entryID, reason: "wrong account", key: branch.newKey(), by: branch.supervisor)
        let footprint = try branch.footprint()
        #expect(failure { try service.assess(entryID: deposit.entryID, by: branch.supervisor2) }
            == LocalizedMessage(.entryAlreadyReversed, String(deposit.entryID), String(reversal.entryID)))
        #expect(failure { try service.assess(entryID: reversal.entryID, by: branch.supervisor2) }?.key == .cashReversalOfReversal)
        #expect(try branch.footprint() == footprint)
    }
}
