import BankCore
import BankStore
import Foundation
import Localization

/// One row of the electronic journal with the names a person reads.
public struct JournalLine: Sendable, Equatable {
    public var entry: JournalEntryRecord
    public var maker: String
    public var approver: String?
    public var accountNumber: String?
    public var reversedBy: Int64?
}

/// Reading the books: account statements with running balance, paged from
/// either end, and the electronic journal, where tellers see their own
/// operations and supervisors see everyone's.
public struct LedgerQueryService {
    let context: BranchContext
    let ledger: LedgerRepository
    let accounts: AccountRepository

    public init(_ context: BranchContext) {
        self.context = context
        ledger = LedgerRepository(db: context.database)
        accounts = AccountRepository(db: context.database)
    }

    /// The account by number, for the statement header.
    public func account(number: String, by actor: Operator) throws(LocalizedMessage) -> AccountRecord {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            let cleaned = number.filter { !$0.isWhitespace }
            guard let account = try accounts.account(number: cleaned) else { throw LocalizedMessage(.accountNotFound, cleaned) }
            return account
        }
    }

    /// Opens an account's statement: the account by number, with the
    /// opening in the audit trail (`statement.open`, issue 13): a statement
    /// shows a customer's money, so who looked, when and where is kept.
    public func openStatement(number: String, by actor: Operator) throws(LocalizedMessage) -> AccountRecord {
        try context.write {
            let reader = try context.requireActor(actor, .cash)
            let cleaned = number.filter { !$0.isWhitespace }
            guard let account = try accounts.account(number: cleaned) else { throw LocalizedMessage(.accountNotFound, cleaned) }
            try context.record("statement.open", by: reader.id, subject: "account \(AccountNumber.masked(account.number))",
                               detail: "customer \(account.customerID)")
            return account
        }
    }

    /// Statement lines newest first, older than `beforePostingID` when paging back.
    public func statement(accountID: Int64, beforePostingID: Int64? = nil, limit: Int = 20,
                          by actor: Operator) throws(LocalizedMessage) -> [AccountStatementLine] {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            return try named(ledger.statement(accountID: accountID, beforePostingID: beforePostingID, limit: max(1, min(limit, 500))),
                             accountID: accountID)
        }
    }

    /// Statement lines oldest first, newer than `afterPostingID`.
    public func statementFromStart(accountID: Int64, afterPostingID: Int64 = 0, limit: Int = 20,
                                   by actor: Operator) throws(LocalizedMessage) -> [AccountStatementLine] {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            return try named(ledger.statementFromStart(accountID: accountID, afterPostingID: afterPostingID, limit: max(1, min(limit, 500))),
                             accountID: accountID)
        }
    }

    /// Fills each line's counterparty: for a transfer between accounts here the
    /// other account (masked) and its holder; for a payment to another bank
    /// the payee as entered; nothing for cash at the counter.
    private func named(_ lines: [StatementLine], accountID: Int64) throws -> [AccountStatementLine] {
        var known: [Int64: String] = [:]
        let customers = CustomerRepository(db: context.database)
        func describe(_ id: Int64) throws -> String {
            if let name = known[id] { return name }
            guard let other = try accounts.account(id: id) else { return "#\(id)" }
            let holder = try customers.find(id: other.customerID)?.name ?? ""
            // The last four digits, as statements print them: the column stays narrow and the number private.
            let text = "****" + String(other.number.suffix(4)) + (holder.isEmpty ? "" : " " + holder)
            known[id] = text
            return text
        }
        return try lines.map { line in
            let other = line.entryAccountID == accountID ? line.counterAccountID : line.entryAccountID
            var counterparty = ""
            if let other, other != accountID {
                counterparty = try describe(other)
            } else if line.kind == .externalTransfer, line.detail.hasPrefix("to ") {
                counterparty = String(line.detail.dropFirst(3))
            }
            return AccountStatementLine(line, counterparty: counterparty)
        }
    }

    /// Journal entries matching `filter`, newest first. A teller's search is
    /// always limited to their own entries, whatever the filter says.
    public func journal(_ filter: JournalFilter, beforeID: Int64? = nil, limit: Int = 20,
                        by actor: Operator) throws(LocalizedMessage) -> [JournalLine] {
        try context.read {
            let reader = try context.requireActor(actor, .cash)
            var scoped = filter
            if !reader.role.may(.approve) { scoped.makerID = reader.id }
            let names = Dictionary(uniqueKeysWithValues: try context.operators.all().map { ($0.id, $0.username) })
            return try ledger.journal(scoped, beforeID: beforeID, limit: max(1, min(limit, 500))).map { entry in
                JournalLine(entry: entry, maker: names[entry.makerID] ?? "#\(entry.makerID)",
                            approver: entry.approverID.map { names[$0] ?? "#\($0)" },
                            accountNumber: try entry.accountID.flatMap { try accounts.account(id: $0)?.number },
                            reversedBy: try ledger.reversal(of: entry.id)?.id)
            }
        }
    }

    /// Accounts of a customer (for picking one on the cash screens).
    public func accounts(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [AccountRecord] {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            return try accounts.accounts(customerID: customerID)
        }
    }
}

/// The result of checking the books and the audit trail together.
public struct BooksReport: Sendable, Equatable {
    public var entries: Int
    public var auditRecords: Int
    public var ledgerBreaches: [LedgerBreach]
    public var auditBreaches: [AuditBreach]
    /// The newest audit entry, to print so an auditor can compare it later (`--head`).
    public var head: AuditHeadMark?
    /// Where the branch key was looked for, and whether it was found (without it the chain cannot be proved).
    public var keyPath: String?
    public var keyFound: Bool
    public var isClean: Bool { ledgerBreaches.isEmpty && auditBreaches.isEmpty }
}

/// `teller verify` and the supervisor's verify screen: recomputes the books
/// from the postings and checks the audit chain.
public struct BooksService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// `actor` nil is the command line (whoever can read the file).
    /// `expectedHead` is a chain head an auditor wrote down (from a day-end report): the entry must still match it.
    public func verify(by actor: Operator?, expectedHead: AuditHeadMark? = nil) throws(LocalizedMessage) -> BooksReport {
        if let actor { try context.read { _ = try context.requireActor(actor, .viewAudit) } }
        return try context.read {
            var audit = try context.audit.verify(expectedHead: expectedHead)
            audit.breaches += try (context.operators.sealBreaches() + context.identityRecords.sealBreaches()).map(AuditBreach.credentialSeal)
            let breaches = try LedgerVerifier(db: context.database).verify()
            let entries = try LedgerRepository(db: context.database).entryCount()
            return BooksReport(entries: entries, auditRecords: audit.records, ledgerBreaches: breaches, auditBreaches: audit.breaches,
                               head: audit.head, keyPath: context.keyPath, keyFound: context.key != nil)
        }
    }
}
