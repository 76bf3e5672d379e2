import BankCore
import Foundation

/// The books: internal accounts, journal entries, postings and cash by
/// denomination. Every write here is meant to run inside the caller's one
/// transaction for the business operation; nothing is updated in place
/// except the balance columns, which the verifier recomputes from postings.
public final class LedgerRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    // MARK: Internal accounts

    /// The internal account with `code`, created (with a zero balance) the first time it is needed.
    public func internalAccount(code: String, kind: InternalAccountKind, currency: Currency,
                                operatorID: Int64? = nil) throws -> InternalAccountRecord {
        if let existing = try internalAccount(code: code) { return existing }
        try db.execute("INSERT INTO internal_accounts (code, kind, currency, operator_id) VALUES (?, ?, ?, ?)",
                       [.text(code), .text(kind.rawValue), .text(currency.rawValue), SQLValue(operatorID)])
        return InternalAccountRecord(id: db.lastInsertRowID, code: code, kind: kind, currency: currency,
                                     operatorID: operatorID, balance: 0)
    }

    public func internalAccount(code: String) throws -> InternalAccountRecord? {
        try db.queryOne("SELECT * FROM internal_accounts WHERE code = ?", [.text(code)]).map(decodeInternal)
    }

    public func internalAccount(id: Int64) throws -> InternalAccountRecord? {
        try db.queryOne("SELECT * FROM internal_accounts WHERE id = ?", [.integer(id)]).map(decodeInternal)
    }

    public func internalAccounts() throws -> [InternalAccountRecord] {
        try db.query("SELECT * FROM internal_accounts ORDER BY id").map(decodeInternal)
    }

    private func decodeInternal(_ row: Row) throws -> InternalAccountRecord {
        guard let kind = InternalAccountKind(rawValue: row.string("kind") ?? ""),
              let currency = Currency(rawValue: row.string("currency") ?? "") else {
            throw Row.damaged("internal_accounts", "known values", in: db)
        }
        return InternalAccountRecord(id: try row.requiredInt("id", in: db), code: try row.requiredString("code", in: db),
                                     kind: kind, currency: currency, operatorID: row.int("operator_id"),
                                     balance: row.int("balance") ?? 0)
    }

    // MARK: Entries

    public func insertEntry(_ entry: JournalEntryRecord) throws -> Int64 {
        try db.execute("""
            INSERT INTO journal_entries (kind, idempotency_key, request_hash, business_date, currency, amount, customer_id,
                account_id, counter_account_id, maker_id, approver_id, approval_reason, reverses_id, ticket_id, memo, detail, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(entry.kind.rawValue), .text(entry.idempotencyKey), .text(entry.requestHash),
                  .text(entry.businessDate.description), .text(entry.currency.rawValue), .integer(entry.amount),
                  SQLValue(entry.customerID), SQLValue(entry.accountID), SQLValue(entry.counterAccountID), .integer(entry.makerID),
                  SQLValue(entry.approverID), .text(entry.approvalReason), SQLValue(entry.reversesID), SQLValue(entry.ticketID),
                  .text(entry.memo), .text(entry.detail), SQLValue(millis: entry.at)])
        return db.lastInsertRowID
    }

    public func entry(id: Int64) throws -> JournalEntryRecord? {
        try db.queryOne("SELECT * FROM journal_entries WHERE id = ?", [.integer(id)]).map(decodeEntry)
    }

    public func entry(idempotencyKey: String) throws -> JournalEntryRecord? {
        try db.queryOne("SELECT * FROM journal_entries WHERE idempotency_key = ?", [.text(idempotencyKey)]).map(decodeEntry)
    }

    /// How many journal entries the books hold.
    public func entryCount() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM journal_entries") ?? 0) }

    /// How many entries posted to the internal account `internalID` (a teller's drawer: the operations it handled).
    public func entryCount(internalID: Int64) throws -> Int {
        Int(try db.scalarInt("SELECT count(DISTINCT entry_id) FROM postings WHERE internal_id = ?", [.integer(internalID)]) ?? 0)
    }

    /// The reversal of `entryID`, if it has been reversed.
    public func reversal(of entryID: Int64) throws -> JournalEntryRecord? {
        try db.queryOne("SELECT * FROM journal_entries WHERE reverses_id = ?", [.integer(entryID)]).map(decodeEntry)
    }

    /// Entries matching `filter`, newest first, `limit` at a time, older than `beforeID` when paging.
    public func journal(_ filter: JournalFilter, beforeID: Int64? = nil, limit: Int) throws -> [JournalEntryRecord] {
        var clauses: [String] = []
        var params: [SQLValue] = []
        if let from = filter.from { clauses.append("business_date >= ?"); params.append(.text(from.description)) }
        if let to = filter.to { clauses.append("business_date <= ?"); params.append(.text(to.description)) }
        if let amount = filter.amount { clauses.append("amount = ?"); params.append(.integer(amount)) }
        if let account = filter.accountID {
            clauses.append("(account_id = ? OR counter_account_id = ?)")
            params += [.integer(account), .integer(account)]
        }
        if let maker = filter.makerID { clauses.append("maker_id = ?"); params.append(.integer(maker)) }
        if let beforeID { clauses.append("id < ?"); params.append(.integer(beforeID)) }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try db.query("SELECT * FROM journal_entries \(condition) ORDER BY id DESC LIMIT ?",
                            params + [SQLValue(limit)]).map(decodeEntry)
    }

    private func decodeEntry(_ row: Row) throws -> JournalEntryRecord {
        guard let kind = EntryKind(rawValue: row.string("kind") ?? ""), let currency = Currency(rawValue: row.string("currency") ?? ""),
              let date = row.string("business_date").flatMap(BusinessDate.init) else {
            throw Row.damaged("journal_entries", "known values", in: db)
        }
        return JournalEntryRecord(
            id: try row.requiredInt("id", in: db), kind: kind, idempotencyKey: try row.requiredString("idempotency_key", in: db),
            requestHash: row.string("request_hash") ?? "", businessDate: date, currency: currency,
            amount: try row.requiredInt("amount", in: db), customerID: row.int("customer_id"), accountID: row.int("account_id"),
            counterAccountID: row.int("counter_account_id"), makerID: try row.requiredInt("maker_id", in: db),
            approverID: row.int("approver_id"), approvalReason: row.string("approval_reason") ?? "",
            reversesID: row.int("reverses_id"), ticketID: row.int("ticket_id"), memo: row.string("memo") ?? "",
            detail: row.string("detail") ?? "", at: row.date("at") ?? .distantPast)
    }

    // MARK: Postings

    /// Posts `amount` (debit positive) to `book`, moving its balance and
    /// recording the balance after. Customer accounts are liabilities, so a
    /// credit (negative) raises what the customer sees. The accounts table's
    /// CHECK refuses an overdraft beyond the agreed limit.
    @discardableResult
    public func post(entryID: Int64, to book: LedgerBook, amount: Int64) throws -> Int64 {
        let balanceAfter: Int64?
        switch book {
        case .customer(let id):
            balanceAfter = try db.queryOne("UPDATE accounts SET balance = balance - ? WHERE id = ? RETURNING balance",
                                           [.integer(amount), .integer(id)])?.int("balance")
            guard let balanceAfter else { throw StoreError.constraint("no account \(id)") }
            try db.execute("INSERT INTO postings (entry_id, account_id, amount, balance_after) VALUES (?, ?, ?, ?)",
                           [.integer(entryID), .integer(id), .integer(amount), .integer(balanceAfter)])
            return balanceAfter
        case .internal(let id):
            balanceAfter = try db.queryOne("UPDATE internal_accounts SET balance = balance + ? WHERE id = ? RETURNING balance",
                                           [.integer(amount), .integer(id)])?.int("balance")
            guard let balanceAfter else { throw StoreError.constraint("no internal account \(id)") }
            try db.execute("INSERT INTO postings (entry_id, internal_id, amount, balance_after) VALUES (?, ?, ?, ?)",
                           [.integer(entryID), .integer(id), .integer(amount), .integer(balanceAfter)])
            return balanceAfter
        }
    }

    public func postings(entryID: Int64) throws -> [PostingRecord] {
        try db.query("SELECT * FROM postings WHERE entry_id = ? ORDER BY id", [.integer(entryID)]).map { row in
            let book: LedgerBook = if let account = row.int("account_id") { .customer(account) } else { .internal(row.int("internal_id") ?? 0) }
            return PostingRecord(id: try row.requiredInt("id", in: db), entryID: entryID, book: book,
                                 amount: try row.requiredInt("amount", in: db), balanceAfter: row.int("balance_after") ?? 0)
        }
    }

    // MARK: Cash by denomination

    /// Moves notes and coins into (`sign` +1) or out of (-1) a drawer or the vault.
    public func moveCash(entryID: Int64, internalID: Int64, _ cash: CashBreakdown, sign: Int) throws {
        for (denomination, count) in cash.counts.sorted(by: { $0.key > $1.key }) where count != 0 {
            try db.execute("INSERT INTO cash_movements (entry_id, internal_id, denomination, count) VALUES (?, ?, ?, ?)",
                           [.integer(entryID), .integer(internalID), .integer(denomination.rawValue), SQLValue(sign * count)])
        }
    }

    /// What a drawer or the vault holds now, by denomination.
    public func holdings(internalID: Int64) throws -> CashBreakdown {
        var counts: [Denomination: Int] = [:]
        try db.forEachRow("SELECT denomination, sum(count) AS n FROM cash_movements WHERE internal_id = ? GROUP BY denomination",
                          [.integer(internalID)]) { row in
            if let denomination = row.int("denomination").flatMap(Denomination.init(rawValue:)) {
                counts[denomination] = Int(row.int("n") ?? 0)
            }
        }
        return CashBreakdown(counts)
    }

    public func cashMovements(entryID: Int64) throws -> [(internalID: Int64, cash: CashBreakdown)] {
        var byAccount: [Int64: [Denomination: Int]] = [:]
        try db.forEachRow("SELECT internal_id, denomination, count FROM cash_movements WHERE entry_id = ?", [.integer(entryID)]) { row in
            if let id = row.int("internal_id"), let denomination = row.int("denomination").flatMap(Denomination.init(rawValue:)) {
                byAccount[id, default: [:]][denomination, default: 0] += Int(row.int("count") ?? 0)
            }
        }
        return byAccount.keys.sorted().map { ($0, CashBreakdown(byAccount[$0]!)) }
    }

    // MARK: Daily totals

    /// Counter cash (deposits and withdrawals) of one customer on one business
    /// day, not counting operations that were reversed.
    public func counterCashTotal(customerID: Int64, on date: BusinessDate) throws -> Int64 {
        try db.scalarInt(Self.counterCashSQL, [.integer(customerID), .text(date.description)]) ?? 0
    }

    /// Reads the covering index journal_entries_customer_day only (Migration0008).
    static let counterCashSQL = """
        SELECT coalesce(sum(e.amount), 0) FROM journal_entries e
        WHERE e.customer_id = ? AND e.business_date = ? AND e.kind IN ('deposit', 'withdrawal')
          AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_id = e.id)
        """

    /// Money taken out of one account on one business day by entries of `kinds`, not counting reversed ones.
    public func outgoingTotal(accountID: Int64, kinds: [EntryKind], on date: BusinessDate) throws -> Int64 {
        try db.scalarInt(Self.outgoingSQL(kinds: kinds.count),
                         [.integer(accountID), .text(date.description)] + kinds.map { .text($0.rawValue) }) ?? 0
    }

    /// Reads the covering index journal_entries_account_day only (Migration0008).
    static func outgoingSQL(kinds: Int) -> String {
        """
        SELECT coalesce(sum(e.amount), 0) FROM journal_entries e
        WHERE e.account_id = ? AND e.business_date = ? AND e.kind IN (\(Array(repeating: "?", count: kinds).joined(separator: ", ")))
          AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_id = e.id)
        """
    }

    // MARK: Statements

    /// One page of an account's statement, newest first: lines older than
    /// `beforePostingID`, or the newest when nil. Uses the (account, id) index,
    /// so a page costs the same at either end of years of history.
    public func statement(accountID: Int64, beforePostingID: Int64? = nil, limit: Int) throws -> [StatementLine] {
        try db.query("""
            SELECT p.id, p.entry_id, p.amount, p.balance_after, e.kind, e.at, e.business_date, e.memo,
                   e.account_id, e.counter_account_id, e.detail
            FROM postings p JOIN journal_entries e ON e.id = p.entry_id
            WHERE p.account_id = ? AND p.id < ? ORDER BY p.id DESC LIMIT ?
            """, [.integer(accountID), .integer(beforePostingID ?? Int64.max), SQLValue(limit)]).map(decodeLine)
    }

    /// One page from the oldest end: lines newer than `afterPostingID`, oldest first.
    public func statementFromStart(accountID: Int64, afterPostingID: Int64 = 0, limit: Int) throws -> [StatementLine] {
        try db.query("""
            SELECT p.id, p.entry_id, p.amount, p.balance_after, e.kind, e.at, e.business_date, e.memo,
                   e.account_id, e.counter_account_id, e.detail
            FROM postings p JOIN journal_entries e ON e.id = p.entry_id
            WHERE p.account_id = ? AND p.id > ? ORDER BY p.id ASC LIMIT ?
            """, [.integer(accountID), .integer(afterPostingID), SQLValue(limit)]).map(decodeLine)
    }

    private func decodeLine(_ row: Row) throws -> StatementLine {
        guard let kind = EntryKind(rawValue: row.string("kind") ?? ""),
              let date = row.string("business_date").flatMap(BusinessDate.init) else {
            throw Row.damaged("journal_entries", "known values", in: db)
        }
        return StatementLine(postingID: try row.requiredInt("id", in: db), entryID: try row.requiredInt("entry_id", in: db),
                             kind: kind, at: row.date("at") ?? .distantPast, businessDate: date,
                             change: -(row.int("amount") ?? 0), balanceAfter: row.int("balance_after") ?? 0,
                             memo: row.string("memo") ?? "", entryAccountID: row.int("account_id"),
                             counterAccountID: row.int("counter_account_id"), detail: row.string("detail") ?? "")
    }
}
