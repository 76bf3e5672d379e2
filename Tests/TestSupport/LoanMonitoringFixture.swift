import BankCore
import BankStore
import BranchServices
import Foundation

/// Active loans for the monitoring tests, written before the loan desk's own
/// disbursal and repayment exist: an application row, the signed loan and its
/// schedule (`LoanRepository.insert` + `insertSchedule`), then a minimal
/// `loan_disbursal` journal entry (the loan receivable debited, the
/// customer's account credited, postings summing to zero) that makes it
/// active; repayments are `loan_repayments` rows with their allocations.
/// Everything in one transaction, so `teller verify` stays clean.
public struct LoanMonitoringFixture {
    public let context: BranchContext
    /// Who signs, disburses and takes repayments in these rows.
    public let operatorID: Int64
    private var db: Database { context.database }
    private func millis(_ date: Date) -> SQLValue { .integer(Int64((date.timeIntervalSince1970 * 1000).rounded())) }

    public init(_ context: BranchContext, operatorID: Int64) {
        self.context = context
        self.operatorID = operatorID
    }

    /// The receivable every fixture loan is booked to.
    public static let receivableCode = "loan_receivable:CNY"

    /// A loan of `principal` fen paid out on `start` into `accountID`, its
    /// first instalment due a month later; active, with its schedule stored.
    @discardableResult
    public func activeLoan(customerID: Int64, accountID: Int64, principal: Int64 = 12_000_000, ratePercent: String = "6",
                           penaltyPercent: String = "18", months: Int = 12, method: RepaymentMethod = .equalInstalment,
                           start: BusinessDate) throws -> LoanRecord {
        let rate = AnnualRate(percent: ratePercent)!, penalty = AnnualRate(percent: penaltyPercent)!
        let schedule = LoanSchedule(principal: principal, rate: rate, months: months, method: method, start: start)
        let now = context.clock.now()
        return try db.transaction {
            let sequence = (try db.scalarInt("SELECT count(*) FROM loan_applications") ?? 0) + 1
            try db.execute("""
                INSERT INTO loan_applications (number, customer_id, product_code, product_version, status, amount, months, method,
                    account_id, entered_by, entered_at, updated_at)
                VALUES (?, ?, 'PL', 1, 'contracted', ?, ?, ?, ?, ?, ?, ?)
                """, [.text("LA-test-\(sequence)"), .integer(customerID), .integer(principal), .integer(Int64(months)),
                      .text(method.rawValue), .integer(accountID), .integer(operatorID), millis(now), millis(now)])
            let loans = LoanRepository(db: db)
            let contract = "LN" + start.description.replacingOccurrences(of: "-", with: "") + String(format: "%03d", sequence)
            let id = try loans.insert(LoanRecord(id: 0, contractNumber: contract, applicationID: db.lastInsertRowID, customerID: customerID,
                                                 accountID: accountID, productCode: "PL", productVersion: 1, principal: principal,
                                                 rate: rate, penaltyRate: penalty, method: method, months: months, startDate: start,
                                                 status: .signed, outstandingPrincipal: principal, signedBy: operatorID), at: now)
            try loans.insertSchedule(loanID: id, version: 1, schedule.instalments)
            let ledger = LedgerRepository(db: db)
            let receivable = try ledger.internalAccount(code: Self.receivableCode, kind: .loanReceivable, currency: .cny)
            let entry = try ledger.insertEntry(JournalEntryRecord(
                kind: .loanDisbursal, idempotencyKey: "loan-disbursal-\(id)-\(UUID().uuidString)", requestHash: "",
                businessDate: start, currency: .cny, amount: principal, customerID: customerID, accountID: accountID,
                makerID: operatorID, memo: "loan \(contract)", at: now))
            try ledger.post(entryID: entry, to: .internal(receivable.id), amount: principal)
            try ledger.post(entryID: entry, to: .customer(accountID), amount: -principal)
            try audit(entry: entry, "loan_disbursal CNY \(principal) loan \(contract)", at: now)
            try db.execute("UPDATE loans SET status = 'active', disbursal_entry_id = ? WHERE id = ?", [.integer(entry), .integer(id)])
            return try loans.loan(id: id)!
        }
    }

    /// A repayment dated `date` that paid these parts of instalments (interest, principal), recorded as allocations.
    /// Its journal entry moves the money from the customer's account to the receivable (principal) and interest income.
    public func repay(_ loan: LoanRecord, on date: BusinessDate, parts: [(instalment: Int, interest: Int64, principal: Int64)]) throws {
        let interest = parts.reduce(0) { $0 + $1.interest }, principal = parts.reduce(0) { $0 + $1.principal }
        let now = context.clock.now()
        try db.transaction {
            let ledger = LedgerRepository(db: db)
            let receivable = try ledger.internalAccount(code: Self.receivableCode, kind: .loanReceivable, currency: .cny)
            let income = try ledger.internalAccount(code: "interest_income:CNY", kind: .interestIncome, currency: .cny)
            let entry = try ledger.insertEntry(JournalEntryRecord(
                kind: .loanRepayment, idempotencyKey: "loan-repayment-\(loan.id)-\(UUID().uuidString)", requestHash: "",
                businessDate: date, currency: .cny, amount: interest + principal, customerID: loan.customerID,
                accountID: loan.accountID, makerID: operatorID, memo: "loan \(loan.contractNumber)", at: now))
            try ledger.post(entryID: entry, to: .customer(loan.accountID), amount: interest + principal)
            if principal > 0 { try ledger.post(entryID: entry, to: .internal(receivable.id), amount: -principal) }
            if interest > 0 { try ledger.post(entryID: entry, to: .internal(income.id), amount: -interest) }
            try audit(entry: entry, "loan_repayment CNY \(interest + principal) loan \(loan.contractNumber)", at: now)
            try db.execute("""
                INSERT INTO loan_repayments (loan_id, entry_id, business_date, amount, source, kind, operator_id, at)
                VALUES (?, ?, ?, ?, 'account', 'regular', ?, ?)
                """, [.integer(loan.id), .integer(entry), .text(date.description), .integer(interest + principal), .integer(operatorID),
                      millis(now)])
            let repayment = db.lastInsertRowID
            for part in parts {
                for (name, amount) in [("interest", part.interest), ("principal", part.principal)] where amount > 0 {
                    try db.execute("""
                        INSERT INTO loan_allocations (repayment_id, loan_id, schedule_version, instalment_number, part, amount)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, [.integer(repayment), .integer(loan.id), .integer(Int64(loan.scheduleVersion)),
                              .integer(Int64(part.instalment)), .text(name), .integer(amount)])
                }
            }
            try db.execute("UPDATE loans SET outstanding_principal = outstanding_principal - ? WHERE id = ?",
                           [.integer(principal), .integer(loan.id)])
        }
    }

    /// The entry's audit row with its facts, keyed as the ledger's own are, so `verify` compares them.
    private func audit(entry: Int64, _ text: String, at now: Date) throws {
        let facts = try LedgerFacts(db: db).facts(entryID: entry) ?? []
        _ = try AuditTrail(db: db, key: context.key).append(at: now, operatorID: operatorID, terminal: context.terminal,
                                                            action: "ledger.loan", subject: "entry \(entry)",
                                                            detail: AuditFacts.detail(text, facts))
    }

    /// The stored instalments of `loan` (schedule version 1).
    public func instalments(_ loan: LoanRecord) throws -> [InstalmentBalance] {
        try LoanRepository(db: db).instalmentBalances(loanID: loan.id, version: loan.scheduleVersion)
    }

    /// Every penalty row as (contract, date, overdue, days, amount), by loan and date.
    public func penalties() throws -> [(loanID: Int64, date: String, overdue: Int64, days: Int, amount: Int64)] {
        try db.query("SELECT * FROM loan_penalties ORDER BY loan_id, accrual_date").map {
            ($0.int("loan_id") ?? 0, $0.string("accrual_date") ?? "", $0.int("overdue_amount") ?? 0, Int($0.int("days_overdue") ?? 0),
             $0.int("amount") ?? 0)
        }
    }
}
