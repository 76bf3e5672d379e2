import BankCore
import Foundation

/// What a loan contract's audit row records about the loan, in `AuditFacts`
/// form: whose it is, the account it pays into and the terms signed (amount,
/// rate, penalty rate, method, term, product version). Nothing changes these
/// after signing, and the audit row is chained with the branch key, so the
/// verifier can prove that nobody editing the file lowered a rate, moved a
/// loan to another account or swapped its product version.
public enum LoanContractFacts {
    /// Audit action of a signed contract; its facts are `facts(...)`.
    public static let action = "loan.contract"

    /// The audit subject of loan `id`'s contract.
    public static func subject(loanID: Int64) -> String { "loan \(loanID)" }

    public static func facts(contract: String, application: Int64, customer: Int64, account: Int64, principal: Int64,
                             ratePPM: Int64, penaltyPPM: Int64, method: String, months: Int64, product: String,
                             version: Int64) -> [(String, String)] {
        [("contract", contract), ("application", String(application)), ("customer", String(customer)), ("account", String(account)),
         ("principal", String(principal)), ("rate", String(ratePPM)), ("penalty", String(penaltyPPM)), ("method", method),
         ("months", String(months)), ("product", product), ("version", String(version))]
    }

    static func facts(of row: Row) -> [(String, String)] {
        facts(contract: row.string("contract_number") ?? "?", application: row.int("application_id") ?? 0,
              customer: row.int("customer_id") ?? 0, account: row.int("account_id") ?? 0, principal: row.int("principal") ?? 0,
              ratePPM: row.int("annual_rate_ppm") ?? 0, penaltyPPM: row.int("penalty_rate_ppm") ?? 0, method: row.string("method") ?? "?",
              months: row.int("months") ?? 0, product: row.string("product_code") ?? "?", version: row.int("product_version") ?? 0)
    }

    static let loanColumns = """
        SELECT id, contract_number, application_id, customer_id, account_id, principal, annual_rate_ppm, penalty_rate_ppm, method,
            months, product_code, product_version, status, outstanding_principal FROM loans
        """
}

extension LedgerVerifier {
    /// Every loan against its contract's audited facts; a loan with no audited contract once the branch has
    /// any (loans seeded without one — test and benchmark files — have none to compare); a closed loan still owing;
    /// more penalty repaid than accrued.
    func auditedLoans() throws -> [LedgerBreach] {
        var audited: [String: [String: String]] = [:]
        try db.forEachRow("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", [.text(LoanContractFacts.action)]) { row in
            if let facts = AuditFacts.parse(row.string("detail") ?? ""), let contract = facts["contract"] { audited[contract] = facts }
        }
        var breaches: [LedgerBreach] = []
        try db.forEachRow("\(LoanContractFacts.loanColumns) ORDER BY id") { row in
            guard breaches.count < limitPerCheck, let contract = row.string("contract_number") else { return }
            if row.string("status") == "closed", let owing = row.int("outstanding_principal"), owing != 0 {
                breaches.append(.closedLoanOwing(contract: contract, outstanding: owing))
            }
            guard !audited.isEmpty else { return }
            guard let facts = audited[contract] else { return breaches.append(.loanContractNotAudited(contract: contract)) }
            for (field, value) in LoanContractFacts.facts(of: row) where (facts[field] ?? "-") != value {
                breaches.append(.loanDiffersFromContract(contract: contract, field: field, audited: facts[field] ?? "-", found: value))
            }
        }
        return breaches + (try penalties())
    }

    /// Penalty repaid per loan against penalty accrued: a penalty row deleted once paid is named.
    private func penalties() throws -> [LedgerBreach] {
        try db.query("""
            SELECT l.contract_number,
                coalesce((SELECT sum(p.amount) FROM loan_penalties p WHERE p.loan_id = l.id), 0) AS accrued,
                coalesce((SELECT sum(a.amount) FROM loan_allocations a WHERE a.loan_id = l.id AND a.part = 'penalty'), 0) AS paid
            FROM loans l WHERE paid > accrued ORDER BY l.id LIMIT ?
            """, [SQLValue(limitPerCheck)]).map {
            .penaltyOverpaid(contract: $0.string("contract_number") ?? "?", accrued: $0.int("accrued") ?? 0, paid: $0.int("paid") ?? 0)
        }
    }
}
