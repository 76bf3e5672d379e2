import BankCore
import Foundation

/// Signed loans, their stored schedules, what was paid on each instalment and
/// the penalty owed: the reads every loan service shares, and the writes that
/// create a loan and its schedule. Repayment and accrual writes live in their
/// own extensions.
public final class LoanRepository {
    let db: Database

    public init(db: Database) { self.db = db }

    /// Stores a signed loan (status `signed`, no disbursal yet) and returns its id.
    public func insert(_ loan: LoanRecord, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO loans (contract_number, application_id, customer_id, account_id, product_code, product_version, currency,
                principal, annual_rate_ppm, penalty_rate_ppm, method, months, start_date, status, schedule_version,
                outstanding_principal, contract_path, signed_by, signed_at)
            VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, 'signed', ?, ?, ?, ?, ?)
            """, [.text(loan.contractNumber), .integer(loan.applicationID), .integer(loan.customerID), .integer(loan.accountID),
                  .text(loan.productCode), .integer(Int64(loan.productVersion)), .integer(loan.principal),
                  .integer(loan.rate.partsPerMillion), .integer(loan.penaltyRate.partsPerMillion), .text(loan.method.rawValue),
                  .integer(Int64(loan.months)), .text(loan.startDate.description), .integer(Int64(loan.scheduleVersion)),
                  .integer(loan.outstandingPrincipal), .text(loan.contractPath), .integer(loan.signedBy), SQLValue(millis: at)])
        return db.lastInsertRowID
    }

    /// Stores one version of a loan's schedule (never changed afterwards).
    public func insertSchedule(loanID: Int64, version: Int, _ instalments: [Instalment]) throws {
        for instalment in instalments {
            try db.execute("""
                INSERT INTO loan_instalments (loan_id, schedule_version, number, due_date, principal, interest)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [.integer(loanID), .integer(Int64(version)), .integer(Int64(instalment.number)),
                      .text(instalment.dueDate.description), .integer(instalment.principal), .integer(instalment.interest)])
        }
    }

    public func loan(id: Int64) throws -> LoanRecord? {
        try db.queryOne("SELECT * FROM loans WHERE id = ?", [.integer(id)]).map(decode)
    }

    public func loan(contractNumber: String) throws -> LoanRecord? {
        try db.queryOne("SELECT * FROM loans WHERE contract_number = ?", [.text(contractNumber)]).map(decode)
    }

    public func loan(applicationID: Int64) throws -> LoanRecord? {
        try db.queryOne("SELECT * FROM loans WHERE application_id = ?", [.integer(applicationID)]).map(decode)
    }

    public func loans(customerID: Int64) throws -> [LoanRecord] {
        try db.query("SELECT * FROM loans WHERE customer_id = ? ORDER BY id", [.integer(customerID)]).map(decode)
    }

    /// Loans being repaid (paid out, not closed), oldest first.
    public func activeLoans() throws -> [LoanRecord] {
        try db.query("SELECT * FROM loans WHERE status = 'active' ORDER BY id").map(decode)
    }

    /// How many loans were signed on `date` (for the next contract number).
    public func signedCount(contractPrefix: String) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM loans WHERE contract_number LIKE ?", [.text(contractPrefix + "%")]) ?? 0)
    }

    /// The schedule in force (or `version`), each instalment with the interest
    /// and principal already paid on it.
    public func instalmentBalances(loanID: Int64, version: Int) throws -> [InstalmentBalance] {
        try db.query("""
            SELECT i.number, i.due_date, i.principal, i.interest,
                coalesce((SELECT sum(a.amount) FROM loan_allocations a WHERE a.loan_id = i.loan_id
                    AND a.schedule_version = i.schedule_version AND a.instalment_number = i.number AND a.part = 'principal'), 0) AS principal_paid,
                coalesce((SELECT sum(a.amount) FROM loan_allocations a WHERE a.loan_id = i.loan_id
                    AND a.schedule_version = i.schedule_version AND a.instalment_number = i.number AND a.part = 'interest'), 0) AS interest_paid
            FROM loan_instalments i WHERE i.loan_id = ? AND i.schedule_version = ? ORDER BY i.number
            """, [.integer(loanID), .integer(Int64(version))]).map { row in
            guard let due = row.string("due_date").flatMap(BusinessDate.init) else { throw Row.damaged("loan_instalments", "due_date", in: db) }
            let instalment = Instalment(number: Int(try row.requiredInt("number", in: db)), dueDate: due,
                                        principal: try row.requiredInt("principal", in: db), interest: try row.requiredInt("interest", in: db),
                                        remaining: 0)
            return InstalmentBalance(instalment, principalPaid: row.int("principal_paid") ?? 0, interestPaid: row.int("interest_paid") ?? 0)
        }
    }

    /// Penalty interest accrued on the loan and not yet paid, fen.
    public func penaltyOwed(loanID: Int64) throws -> Int64 {
        let accrued = try db.scalarInt("SELECT coalesce(sum(amount), 0) FROM loan_penalties WHERE loan_id = ?", [.integer(loanID)]) ?? 0
        let paid = try db.scalarInt("SELECT coalesce(sum(amount), 0) FROM loan_allocations WHERE loan_id = ? AND part = 'penalty'",
                                    [.integer(loanID)]) ?? 0
        return accrued - paid
    }

    func decode(_ row: Row) throws -> LoanRecord {
        guard let method = row.string("method").flatMap(RepaymentMethod.init(rawValue:)) else { throw Row.damaged("loans", "method", in: db) }
        guard let status = row.string("status").flatMap(LoanRecord.Status.init(rawValue:)) else { throw Row.damaged("loans", "status", in: db) }
        guard let start = row.string("start_date").flatMap(BusinessDate.init) else { throw Row.damaged("loans", "start_date", in: db) }
        guard let rate = AnnualRate(partsPerMillion: try row.requiredInt("annual_rate_ppm", in: db)),
              let penalty = AnnualRate(partsPerMillion: try row.requiredInt("penalty_rate_ppm", in: db)) else {
            throw Row.damaged("loans", "annual_rate_ppm", in: db)
        }
        return LoanRecord(id: try row.requiredInt("id", in: db), contractNumber: try row.requiredString("contract_number", in: db),
                          applicationID: try row.requiredInt("application_id", in: db), customerID: try row.requiredInt("customer_id", in: db),
                          accountID: try row.requiredInt("account_id", in: db), productCode: try row.requiredString("product_code", in: db),
                          productVersion: Int(try row.requiredInt("product_version", in: db)), principal: try row.requiredInt("principal", in: db),
                          rate: rate, penaltyRate: penalty, method: method, months: Int(try row.requiredInt("months", in: db)),
                          startDate: start, status: status, scheduleVersion: Int(try row.requiredInt("schedule_version", in: db)),
                          outstandingPrincipal: try row.requiredInt("outstanding_principal", in: db),
                          contractPath: row.string("contract_path") ?? "", signedBy: try row.requiredInt("signed_by", in: db),
                          disbursalEntryID: row.int("disbursal_entry_id"))
    }
}
