import BankCore
import Foundation

/// One repayment as stored, with the parts it paid (the statement and the verifier read it).
public struct LoanRepaymentRow: Sendable, Equatable {
    public var id: Int64
    public var entryID: Int64
    public var businessDate: BusinessDate
    public var amount: Int64
    public var fromCash: Bool
    public var kind: String
    public var penalty: Int64
    public var interest: Int64
    public var principal: Int64
    public var prepayment: Int64
}

/// The writes of the servicing desk (contract, disbursal, repayment) and the
/// reads they need that the shared repository does not have: the applications
/// waiting for a contract, repayments with their allocations.
extension LoanRepository {
    // MARK: Applications

    /// The customer's applications approved and not yet contracted, oldest first (read as the origination desk stores them).
    public func approvedApplications(customerID: Int64) throws -> [LoanApplication] {
        try LoanApplicationRepository(db: db).applications(customerID: customerID).filter { $0.status == .approved }
            .sorted { $0.id < $1.id }
    }

    /// The application is now a contract; its collateral is pledged.
    public func markContracted(applicationID: Int64, at: Date) throws {
        try db.execute("UPDATE loan_applications SET status = 'contracted', updated_at = ? WHERE id = ? AND status = 'approved'",
                       [SQLValue(millis: at), .integer(applicationID)])
        try db.execute("UPDATE loan_collateral SET status = 'pledged', pledged_at = ? WHERE application_id = ? AND status = 'proposed'",
                       [SQLValue(millis: at), .integer(applicationID)])
    }

    public func setContractPath(loanID: Int64, path: String) throws {
        try db.execute("UPDATE loans SET contract_path = ? WHERE id = ?", [.text(path), .integer(loanID)])
    }

    // MARK: Disbursal and repayment

    /// The loan is paid out by `entryID`; its schedule runs from `start`.
    public func markDisbursed(loanID: Int64, entryID: Int64, start: BusinessDate) throws {
        try db.execute("UPDATE loans SET status = 'active', disbursal_entry_id = ?, start_date = ? WHERE id = ? AND status = 'signed'",
                       [.integer(entryID), .text(start.description), .integer(loanID)])
    }

    public func insertRepayment(loanID: Int64, entryID: Int64, businessDate: BusinessDate, amount: Int64, cash: Bool, kind: String,
                                choice: EarlyRepaymentChoice?, operatorID: Int64, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO loan_repayments (loan_id, entry_id, business_date, amount, source, kind, choice, operator_id, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(loanID), .integer(entryID), .text(businessDate.description), .integer(amount), .text(cash ? "cash" : "account"),
                  .text(kind), choice.map { .text($0.rawValue) } ?? .null, .integer(operatorID), SQLValue(millis: at)])
        return db.lastInsertRowID
    }

    /// One part of a repayment; `instalment` is nil for penalty and prepayment.
    public func insertAllocation(repaymentID: Int64, loanID: Int64, scheduleVersion: Int?, instalment: Int?, part: String,
                                 amount: Int64) throws {
        guard amount > 0 else { return }
        try db.execute("""
            INSERT INTO loan_allocations (repayment_id, loan_id, schedule_version, instalment_number, part, amount)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [.integer(repaymentID), .integer(loanID), scheduleVersion.map { .integer(Int64($0)) } ?? .null,
                  instalment.map { .integer(Int64($0)) } ?? .null, .text(part), .integer(amount)])
    }

    /// The principal still owed and the schedule in force after a repayment; closed when nothing is owed.
    public func updateAfterRepayment(loanID: Int64, outstanding: Int64, scheduleVersion: Int, closedOn: BusinessDate?) throws {
        try db.execute("""
            UPDATE loans SET outstanding_principal = ?, schedule_version = ?, status = ?, closed_on = ? WHERE id = ?
            """, [.integer(outstanding), .integer(Int64(scheduleVersion)), .text(closedOn == nil ? "active" : "closed"),
                  closedOn.map { .text($0.description) } ?? .null, .integer(loanID)])
        if closedOn != nil {
            try db.execute("""
                UPDATE loan_collateral SET status = 'released'
                WHERE application_id = (SELECT application_id FROM loans WHERE id = ?) AND status = 'pledged'
                """, [.integer(loanID)])
        }
    }

    /// Every repayment of the loan with its parts, oldest first.
    public func repayments(loanID: Int64) throws -> [LoanRepaymentRow] {
        try db.query("""
            SELECT r.id, r.entry_id, r.business_date, r.amount, r.source, r.kind,
                coalesce(sum(CASE WHEN a.part = 'penalty' THEN a.amount END), 0) AS penalty,
                coalesce(sum(CASE WHEN a.part = 'interest' THEN a.amount END), 0) AS interest,
                coalesce(sum(CASE WHEN a.part = 'principal' THEN a.amount END), 0) AS principal,
                coalesce(sum(CASE WHEN a.part = 'prepayment' THEN a.amount END), 0) AS prepayment
            FROM loan_repayments r LEFT JOIN loan_allocations a ON a.repayment_id = r.id
            WHERE r.loan_id = ? GROUP BY r.id ORDER BY r.id
            """, [.integer(loanID)]).map { row in
            guard let date = row.string("business_date").flatMap(BusinessDate.init) else {
                throw Row.damaged("loan_repayments", "business_date", in: db)
            }
            return LoanRepaymentRow(id: try row.requiredInt("id", in: db), entryID: try row.requiredInt("entry_id", in: db),
                                    businessDate: date, amount: try row.requiredInt("amount", in: db), fromCash: row.string("source") == "cash",
                                    kind: row.string("kind") ?? "", penalty: row.int("penalty") ?? 0, interest: row.int("interest") ?? 0,
                                    principal: row.int("principal") ?? 0, prepayment: row.int("prepayment") ?? 0)
        }
    }

    /// The business dates on which each instalment of `version` received a payment.
    public func paymentDates(loanID: Int64, version: Int) throws -> [Int: [BusinessDate]] {
        var dates: [Int: [BusinessDate]] = [:]
        try db.forEachRow("""
            SELECT DISTINCT a.instalment_number AS n, r.business_date FROM loan_allocations a JOIN loan_repayments r ON r.id = a.repayment_id
            WHERE a.loan_id = ? AND a.schedule_version = ? AND a.instalment_number IS NOT NULL ORDER BY r.id
            """, [.integer(loanID), .integer(Int64(version))]) { row in
            if let number = row.int("n"), let date = row.string("business_date").flatMap(BusinessDate.init) {
                dates[Int(number), default: []].append(date)
            }
        }
        return dates
    }

    /// Penalty interest accrued on the loan over its life, fen.
    public func penaltyAccrued(loanID: Int64) throws -> Int64 {
        try db.scalarInt("SELECT coalesce(sum(amount), 0) FROM loan_penalties WHERE loan_id = ?", [.integer(loanID)]) ?? 0
    }

    /// The loan a repayment or disbursal entry belongs to (for the voucher replay and the verifier).
    public func loan(entryID: Int64) throws -> LoanRecord? {
        try db.queryOne("""
            SELECT * FROM loans WHERE disbursal_entry_id = ?1 OR id = (SELECT loan_id FROM loan_repayments WHERE entry_id = ?1)
            """, [.integer(entryID)]).map(decode)
    }
}
