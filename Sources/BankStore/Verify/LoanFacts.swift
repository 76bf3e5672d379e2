import BankCore
import Foundation

/// Proves the loan books from the raw rows (issue 15): the receivable equals
/// the principal still owed on the loans paid out; each loan's outstanding
/// principal is what was lent less the principal repaid; no instalment is paid
/// beyond what it was due (so none is paid twice); each repayment's parts add
/// up to it and to its journal entry, and the entry takes off the receivable
/// exactly the principal parts. Runs inside the verifier's read snapshot.
struct LoanFacts {
    let db: Database
    let limitPerCheck: Int

    func breaches() throws -> [LedgerBreach] {
        try receivable() + outstanding() + instalments() + repayments()
    }

    private func receivable() throws -> [LedgerBreach] {
        guard let row = try db.queryOne("""
            SELECT (SELECT coalesce(sum(p.amount), 0) FROM postings p JOIN internal_accounts i ON i.id = p.internal_id
                    WHERE i.kind = 'loan_receivable') AS receivable,
                   (SELECT coalesce(sum(outstanding_principal), 0) FROM loans WHERE disbursal_entry_id IS NOT NULL) AS outstanding
            """) else { return [] }
        let receivable = row.int("receivable") ?? 0, outstanding = row.int("outstanding") ?? 0
        return receivable == outstanding ? [] : [.loanReceivableMismatch(receivable: receivable, outstanding: outstanding)]
    }

    private func outstanding() throws -> [LedgerBreach] {
        try db.query("""
            SELECT l.contract_number, l.outstanding_principal, l.principal - coalesce((SELECT sum(a.amount) FROM loan_allocations a
                WHERE a.loan_id = l.id AND a.part IN ('principal', 'prepayment')), 0) AS computed
            FROM loans l WHERE l.outstanding_principal <> computed ORDER BY l.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            .loanOutstandingMismatch(contract: $0.string("contract_number") ?? "?", stored: $0.int("outstanding_principal") ?? 0,
                                     fromRepayments: $0.int("computed") ?? 0)
        }
    }

    /// Paid per instalment and part, against what the instalment was due (a missing instalment was due nothing).
    private func instalments() throws -> [LedgerBreach] {
        try db.query("""
            SELECT l.contract_number, a.schedule_version, a.instalment_number, a.part, sum(a.amount) AS paid,
                coalesce((SELECT CASE a.part WHEN 'principal' THEN i.principal ELSE i.interest END FROM loan_instalments i
                    WHERE i.loan_id = a.loan_id AND i.schedule_version = a.schedule_version AND i.number = a.instalment_number), 0) AS due
            FROM loan_allocations a JOIN loans l ON l.id = a.loan_id
            WHERE a.part IN ('principal', 'interest')
            GROUP BY a.loan_id, a.schedule_version, a.instalment_number, a.part HAVING paid > due
            ORDER BY a.loan_id, a.schedule_version, a.instalment_number LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            .instalmentOverpaid(contract: $0.string("contract_number") ?? "?", version: $0.int("schedule_version") ?? 0,
                                instalment: $0.int("instalment_number") ?? 0, part: $0.string("part") ?? "?",
                                due: $0.int("due") ?? 0, paid: $0.int("paid") ?? 0)
        }
    }

    private func repayments() throws -> [LedgerBreach] {
        let sums = try db.query("""
            SELECT r.id, r.amount, coalesce((SELECT sum(a.amount) FROM loan_allocations a WHERE a.repayment_id = r.id), 0) AS allocated,
                coalesce((SELECT e.amount FROM journal_entries e WHERE e.id = r.entry_id), 0) AS entry_amount
            FROM loan_repayments r WHERE allocated <> r.amount OR entry_amount <> r.amount ORDER BY r.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            LedgerBreach.repaymentAllocationMismatch(repaymentID: $0.int("id") ?? 0, amount: $0.int("amount") ?? 0,
                                                     allocated: $0.int("allocated") ?? 0, entryAmount: $0.int("entry_amount") ?? 0)
        }
        let postings = try db.query("""
            SELECT r.entry_id,
                coalesce((SELECT sum(a.amount) FROM loan_allocations a WHERE a.repayment_id = r.id
                    AND a.part IN ('principal', 'prepayment')), 0) AS principal,
                coalesce((SELECT -sum(p.amount) FROM postings p JOIN internal_accounts i ON i.id = p.internal_id
                    WHERE p.entry_id = r.entry_id AND i.kind = 'loan_receivable'), 0) AS posted
            FROM loan_repayments r WHERE principal <> posted ORDER BY r.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            LedgerBreach.repaymentReceivableMismatch(entryID: $0.int("entry_id") ?? 0, principal: $0.int("principal") ?? 0,
                                                     posted: $0.int("posted") ?? 0)
        }
        let disbursals = try db.query("""
            SELECT l.contract_number, l.disbursal_entry_id, l.principal,
                coalesce((SELECT sum(p.amount) FROM postings p JOIN internal_accounts i ON i.id = p.internal_id
                    WHERE p.entry_id = l.disbursal_entry_id AND i.kind = 'loan_receivable'), 0) AS posted
            FROM loans l WHERE l.disbursal_entry_id IS NOT NULL AND posted <> l.principal ORDER BY l.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            LedgerBreach.disbursalReceivableMismatch(contract: $0.string("contract_number") ?? "?", entryID: $0.int("disbursal_entry_id") ?? 0,
                                                     principal: $0.int("principal") ?? 0, posted: $0.int("posted") ?? 0)
        }
        return sums + postings + disbursals
    }
}
