import BankCore
import Foundation

/// One day's penalty interest on a loan as stored: the overdue principal and
/// interest it was charged on, the days overdue that day, and the amount.
public struct LoanPenaltyRow: Sendable, Equatable {
    public var loanID: Int64
    public var accrualDate: BusinessDate
    public var overdueAmount: Int64
    public var daysOverdue: Int
    public var amount: Int64

    public init(loanID: Int64, accrualDate: BusinessDate, overdueAmount: Int64, daysOverdue: Int, amount: Int64) {
        self.loanID = loanID
        self.accrualDate = accrualDate
        self.overdueAmount = overdueAmount
        self.daysOverdue = daysOverdue
        self.amount = amount
    }
}

/// A part of a repayment applied to one instalment, with the business date of
/// the repayment: what the day-end accrual needs to know what was still
/// unpaid at the end of each past day.
public struct DatedInstalmentPayment: Sendable, Equatable {
    public var instalment: Int
    public var isPrincipal: Bool
    public var amount: Int64
    public var businessDate: BusinessDate
}

/// The monitoring reads and writes (issue 15): the stored schedule, payments
/// by repayment date, the daily penalty rows (one per loan and day: the
/// primary key) and the loans' overdue follow-up tasks in customer care.
extension LoanRepository {
    /// Interest and principal paid on each instalment of schedule `version`, with the repayment's business date.
    public func datedPayments(loanID: Int64, version: Int) throws -> [DatedInstalmentPayment] {
        try db.query("""
            SELECT a.instalment_number, a.part, a.amount, r.business_date FROM loan_allocations a
            JOIN loan_repayments r ON r.id = a.repayment_id
            WHERE a.loan_id = ? AND a.schedule_version = ? AND a.part IN ('interest', 'principal') ORDER BY a.id
            """, [.integer(loanID), .integer(Int64(version))]).map { row in
            guard let date = row.string("business_date").flatMap(BusinessDate.init) else {
                throw Row.damaged("loan_repayments", "business_date", in: db)
            }
            return DatedInstalmentPayment(instalment: Int(try row.requiredInt("instalment_number", in: db)),
                                          isPrincipal: row.string("part") == "principal", amount: try row.requiredInt("amount", in: db),
                                          businessDate: date)
        }
    }

    /// The penalty accrued on `date`, if that day was already accrued.
    public func penalty(loanID: Int64, on date: BusinessDate) throws -> LoanPenaltyRow? {
        try db.queryOne("SELECT * FROM loan_penalties WHERE loan_id = ? AND accrual_date = ?",
                        [.integer(loanID), .text(date.description)]).map { row in
            LoanPenaltyRow(loanID: loanID, accrualDate: date, overdueAmount: try row.requiredInt("overdue_amount", in: db),
                           daysOverdue: Int(try row.requiredInt("days_overdue", in: db)), amount: try row.requiredInt("amount", in: db))
        }
    }

    /// Stores one day's penalty; a second row for the same loan and day fails on the primary key.
    public func insertPenalty(_ penalty: LoanPenaltyRow, at: Date) throws {
        try db.execute("""
            INSERT INTO loan_penalties (loan_id, accrual_date, overdue_amount, days_overdue, amount, at) VALUES (?, ?, ?, ?, ?, ?)
            """, [.integer(penalty.loanID), .text(penalty.accrualDate.description), .integer(penalty.overdueAmount),
                  .integer(Int64(penalty.daysOverdue)), .integer(penalty.amount), SQLValue(millis: at)])
    }

    /// The id of the loan's open overdue follow-up task, if any (at most one: a unique index).
    public func openOverdueTask(loanID: Int64) throws -> Int64? {
        try db.scalarInt("SELECT id FROM care_tasks WHERE loan_id = ? AND kind = 'loan_overdue' AND status = 'open'", [.integer(loanID)])
    }

    /// Opens the loan's overdue follow-up task in customer care.
    public func insertOverdueTask(_ loan: LoanRecord, note: String, due: BusinessDate, by operatorID: Int64, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO care_tasks (kind, customer_id, account_id, loan_id, note, due_date, created_by, created_at)
            VALUES ('loan_overdue', ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(loan.customerID), .integer(loan.accountID), .integer(loan.id), .text(note), .text(due.description),
                  .integer(operatorID), SQLValue(millis: at)])
        return db.lastInsertRowID
    }

    /// Closes an open overdue task as done with `outcome` (the loan is no longer overdue).
    public func closeOverdueTask(id: Int64, outcome: String, by operatorID: Int64, at: Date) throws {
        try db.execute("""
            UPDATE care_tasks SET status = 'done', outcome = ?, done_by = ?, done_at = ? WHERE id = ? AND status = 'open'
            """, [.text(outcome), .integer(operatorID), SQLValue(millis: at), .integer(id)])
    }
}
