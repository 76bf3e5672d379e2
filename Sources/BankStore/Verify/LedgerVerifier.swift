import BankCore
import Foundation

/// Proves the books are consistent, from the raw rows: every entry balances,
/// every stored balance (customer, internal, running) equals its postings,
/// drawer and vault cash by denomination equals their ledger balance, no
/// account is below its overdraft limit, every reversal mirrors a real
/// original, no entry number is missing, and journal and audit trail agree:
/// every entry's facts and every account's status equal what the chain says.
/// Read-only; run inside one read transaction so it sees one moment.
public struct LedgerVerifier {
    let db: Database
    /// Stop listing a kind of breach after this many (the count is what matters then).
    let limitPerCheck: Int

    public init(db: Database, limitPerCheck: Int = 50) {
        self.db = db
        self.limitPerCheck = limitPerCheck
    }

    public func verify() throws -> [LedgerBreach] {
        try db.readSnapshot {
            var breaches: [LedgerBreach] = []
            breaches += try entries()
            breaches += try orphans()
            breaches += try balances()
            breaches += try runningBalances()
            breaches += try cash()
            breaches += try reversals()
            breaches += try sequence()
            breaches += try auditAgreement()
            breaches += try auditedFacts()
            breaches += try auditedStatuses()
            breaches += try auditedFreezes()
            breaches += try auditedOpenings()
            breaches += try LoanFacts(db: db, limitPerCheck: limitPerCheck).breaches()
            breaches += try auditedLoans()
            return breaches
        }
    }

    private func entries() throws -> [LedgerBreach] {
        try db.query("""
            SELECT e.id, count(p.id) AS n, coalesce(sum(p.amount), 0) AS total
            FROM journal_entries e LEFT JOIN postings p ON p.entry_id = e.id
            GROUP BY e.id HAVING n < 2 OR total <> 0 ORDER BY e.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { row in
            let id = row.int("id") ?? 0, count = Int(row.int("n") ?? 0)
            return count < 2 ? .entryWithoutPostings(entryID: id, postings: count) : .unbalancedEntry(entryID: id, sum: row.int("total") ?? 0)
        }
    }

    private func orphans() throws -> [LedgerBreach] {
        let postings = try db.query("""
            SELECT p.id, p.entry_id FROM postings p WHERE NOT EXISTS (SELECT 1 FROM journal_entries e WHERE e.id = p.entry_id)
            ORDER BY p.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { LedgerBreach.orphanPosting(postingID: $0.int("id") ?? 0, entryID: $0.int("entry_id") ?? 0) }
        let movements = try db.query("""
            SELECT m.id, m.entry_id FROM cash_movements m WHERE NOT EXISTS (SELECT 1 FROM journal_entries e WHERE e.id = m.entry_id)
            ORDER BY m.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            LedgerBreach.orphanCashMovement(movementID: $0.int("id") ?? 0, entryID: $0.int("entry_id") ?? 0)
        }
        return postings + movements
    }

    private func balances() throws -> [LedgerBreach] {
        let customer = try db.query("""
            SELECT a.number, a.balance, a.overdraft_limit, coalesce(-(SELECT sum(p.amount) FROM postings p WHERE p.account_id = a.id), 0) AS computed
            FROM accounts a
            """).flatMap { row -> [LedgerBreach] in
            let number = row.string("number") ?? "?", stored = row.int("balance") ?? 0, computed = row.int("computed") ?? 0
            let limit = row.int("overdraft_limit") ?? 0
            var found: [LedgerBreach] = []
            if stored != computed { found.append(.accountBalanceMismatch(account: number, stored: stored, fromPostings: computed)) }
            if min(stored, computed) < -limit { found.append(.overdrawn(account: number, balance: min(stored, computed), limit: limit)) }
            return found
        }
        let internalBooks = try db.query("""
            SELECT i.code, i.balance, coalesce((SELECT sum(p.amount) FROM postings p WHERE p.internal_id = i.id), 0) AS computed
            FROM internal_accounts i
            """).compactMap { row -> LedgerBreach? in
            let stored = row.int("balance") ?? 0, computed = row.int("computed") ?? 0
            return stored == computed ? nil : .internalBalanceMismatch(code: row.string("code") ?? "?", stored: stored, fromPostings: computed)
        }
        return Array((customer + internalBooks).prefix(limitPerCheck * 2))
    }

    /// Each posting's running balance must equal the previous posting's plus
    /// its own change; comparing neighbours names the posting where a change
    /// or removal happened instead of every posting after it.
    private func runningBalances() throws -> [LedgerBreach] {
        let customer = try db.query("""
            SELECT a.number, x.id FROM (
                SELECT id, account_id, balance_after, lag(balance_after, 1, 0) OVER (PARTITION BY account_id ORDER BY id) - amount AS running
                FROM postings WHERE account_id IS NOT NULL) x JOIN accounts a ON a.id = x.account_id
            WHERE x.running <> x.balance_after ORDER BY x.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { LedgerBreach.runningBalanceBroken(account: $0.string("number") ?? "?", postingID: $0.int("id") ?? 0) }
        let internalBooks = try db.query("""
            SELECT i.code, x.id FROM (
                SELECT id, internal_id, balance_after, lag(balance_after, 1, 0) OVER (PARTITION BY internal_id ORDER BY id) + amount AS running
                FROM postings WHERE internal_id IS NOT NULL) x JOIN internal_accounts i ON i.id = x.internal_id
            WHERE x.running <> x.balance_after ORDER BY x.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { LedgerBreach.runningBalanceBroken(account: $0.string("code") ?? "?", postingID: $0.int("id") ?? 0) }
        return customer + internalBooks
    }

    private func cash() throws -> [LedgerBreach] {
        var breaches: [LedgerBreach] = []
        let accounts = try db.query("""
            SELECT i.id, i.code, coalesce((SELECT sum(p.amount) FROM postings p WHERE p.internal_id = i.id), 0) AS ledger,
                   coalesce((SELECT sum(m.denomination * m.count) FROM cash_movements m WHERE m.internal_id = i.id), 0) AS cash
            FROM internal_accounts i WHERE i.kind IN ('drawer', 'vault')
               OR EXISTS (SELECT 1 FROM cash_movements m WHERE m.internal_id = i.id)
            """)
        for row in accounts {
            let code = row.string("code") ?? "?", ledger = row.int("ledger") ?? 0, value = row.int("cash") ?? 0
            if ledger != value { breaches.append(.cashCountMismatch(code: code, ledger: ledger, notesAndCoins: value)) }
        }
        breaches += try db.query("""
            SELECT i.code, m.denomination, sum(m.count) AS n FROM cash_movements m JOIN internal_accounts i ON i.id = m.internal_id
            GROUP BY m.internal_id, m.denomination HAVING n < 0 LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            LedgerBreach.negativeCash(code: $0.string("code") ?? "?", denomination: $0.int("denomination") ?? 0, count: $0.int("n") ?? 0)
        }
        return breaches
    }

    /// A reversal must point at an existing, reversible entry and negate each of its postings exactly.
    private func reversals() throws -> [LedgerBreach] {
        var breaches: [LedgerBreach] = []
        try db.forEachRow("""
            SELECT r.id, r.reverses_id, o.id AS original, o.kind AS original_kind
            FROM journal_entries r LEFT JOIN journal_entries o ON o.id = r.reverses_id
            WHERE r.reverses_id IS NOT NULL OR r.kind = 'reversal' ORDER BY r.id
            """) { row in
            let id = row.int("id") ?? 0, reverses = row.int("reverses_id") ?? 0
            guard row.int("original") != nil, row.string("original_kind") != "reversal" else {
                breaches.append(.orphanReversal(entryID: id, reversesID: reverses))
                return
            }
            let params: [SQLValue] = [.integer(reverses), .integer(id)]
            let unmatched = (try db.scalarInt("""
                SELECT count(*) FROM (SELECT account_id, internal_id, -amount FROM postings WHERE entry_id = ?
                    EXCEPT SELECT account_id, internal_id, amount FROM postings WHERE entry_id = ?)
                """, params) ?? 0) + (try db.scalarInt("""
                SELECT count(*) FROM (SELECT account_id, internal_id, amount FROM postings WHERE entry_id = ?2
                    EXCEPT SELECT account_id, internal_id, -amount FROM postings WHERE entry_id = ?1)
                """, params) ?? 0)
            let counts = try db.queryOne("""
                SELECT (SELECT count(*) FROM postings WHERE entry_id = ?1) AS original,
                       (SELECT count(*) FROM postings WHERE entry_id = ?2) AS mirror
                """, params)
            let mirrored = unmatched + ((counts?.int("original") ?? 0) == (counts?.int("mirror") ?? 0) ? 0 : 1)
            if mirrored != 0 { breaches.append(.reversalMismatch(entryID: id, reversesID: reverses)) }
        }
        return Array(breaches.prefix(limitPerCheck))
    }

    /// Entry numbers are assigned one after another and never reused, so a gap means rows were removed.
    private func sequence() throws -> [LedgerBreach] {
        try db.query("""
            SELECT prev, id FROM (SELECT id, lag(id, 1, 0) OVER (ORDER BY id) AS prev FROM journal_entries)
            WHERE id <> prev + 1 ORDER BY id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { LedgerBreach.missingEntries(afterID: $0.int("prev") ?? 0, nextID: $0.int("id") ?? 0) }
    }

    /// Every entry is audited as `ledger.*` with subject `entry N`, in the same transaction.
    private func auditAgreement() throws -> [LedgerBreach] {
        let missing = try db.query("""
            SELECT CAST(substr(subject, 7) AS INTEGER) AS id FROM audit_log WHERE action LIKE 'ledger.%' AND subject LIKE 'entry %'
            EXCEPT SELECT id FROM journal_entries ORDER BY id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { LedgerBreach.entryMissingFromJournal(entryID: $0.int("id") ?? 0) }
        let unaudited = try db.query("""
            SELECT id FROM journal_entries EXCEPT
            SELECT CAST(substr(subject, 7) AS INTEGER) FROM audit_log WHERE action LIKE 'ledger.%' AND subject LIKE 'entry %'
            ORDER BY id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map { LedgerBreach.entryNotAudited(entryID: $0.int("id") ?? 0) }
        return missing + unaudited
    }
}
