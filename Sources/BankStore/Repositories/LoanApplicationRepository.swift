import BankCore
import Foundation

/// One stored decision on a loan application (`loan_approvals`, append-only).
public struct LoanApprovalRow: Sendable, Hashable {
    public var id: Int64
    public var applicationID: Int64
    /// The application's entrant (a trigger holds it to the application's own).
    public var enteredBy: Int64
    /// Nil for the system's automatic approval.
    public var approverID: Int64?
    /// `approve`, `decline` or `auto_approve`.
    public var decision: String
    public var reason: String
    /// The application's request hash when the decision was taken.
    public var applicationHash: String
    public var at: Date

    public init(id: Int64 = 0, applicationID: Int64, enteredBy: Int64, approverID: Int64?, decision: String, reason: String,
                applicationHash: String, at: Date) {
        self.id = id
        self.applicationID = applicationID
        self.enteredBy = enteredBy
        self.approverID = approverID
        self.decision = decision
        self.reason = reason
        self.applicationHash = applicationHash
        self.at = at
    }
}

/// What submission stored on an application beside its figures.
public struct LoanSubmissionRecord: Sendable, Hashable {
    public var submittedAt: Date?
    /// The assessment as the service wrote it (JSON).
    public var assessment: String?
    public var requestHash: String?
    public var decidedAt: Date?
}

/// Loan applications with their documents checklist, collateral, guarantors
/// and decisions. Numbers are `LA` + yyyyMMdd + a 4-digit sequence per
/// business date. Only drafts have their figures replaced.
public final class LoanApplicationRepository {
    let db: Database

    public init(db: Database) { self.db = db }

    /// The next application number on `date`: `LA20260105` + `0001`, `0002` …
    public func nextNumber(on date: BusinessDate) throws -> String {
        let prefix = "LA" + date.description.replacingOccurrences(of: "-", with: "")
        let count = try db.scalarInt("SELECT count(*) FROM loan_applications WHERE number LIKE ?", [.text(prefix + "%")]) ?? 0
        return prefix + String(format: "%04lld", count + 1)
    }

    /// Stores a new application (its number, collateral and guarantors) and returns its id.
    public func insert(_ application: LoanApplication, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO loan_applications (number, customer_id, product_code, product_version, status, amount, months, method,
                purpose, monthly_income, monthly_obligations, employer, account_id, ticket_id, entered_by, entered_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(application.number), .integer(application.customerID)] + figures(application)
                + [.integer(application.enteredBy), SQLValue(millis: at), SQLValue(millis: at)])
        let id = db.lastInsertRowID
        try replaceParts(id: id, application)
        return id
    }

    /// Replaces a draft's figures, collateral and guarantors; false when it is no longer a draft.
    public func updateDraft(_ application: LoanApplication, at: Date) throws -> Bool {
        try db.execute("""
            UPDATE loan_applications SET product_code = ?, product_version = ?, status = ?, amount = ?, months = ?, method = ?,
                purpose = ?, monthly_income = ?, monthly_obligations = ?, employer = ?, account_id = ?, ticket_id = ?, updated_at = ?
            WHERE id = ? AND status = 'draft'
            """, figures(application) + [SQLValue(millis: at), .integer(application.id)])
        guard db.changes == 1 else { return false }
        try db.execute("DELETE FROM loan_collateral WHERE application_id = ?", [.integer(application.id)])
        try db.execute("DELETE FROM loan_guarantors WHERE application_id = ?", [.integer(application.id)])
        try replaceParts(id: application.id, application)
        return true
    }

    private func figures(_ a: LoanApplication) -> [SQLValue] {
        [.text(a.productCode), .integer(Int64(a.productVersion)), .text(a.status.rawValue), .integer(a.amount),
         .integer(Int64(a.months)), .text(a.method.rawValue), .text(a.purpose), .integer(a.monthlyIncome),
         .integer(a.monthlyObligations), .text(a.employer), SQLValue(a.accountID), SQLValue(a.ticketID)]
    }

    private func replaceParts(id: Int64, _ application: LoanApplication) throws {
        for item in application.collateral {
            try db.execute("""
                INSERT INTO loan_collateral (application_id, kind, description, appraised_value, appraisal_date, status)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [.integer(id), .text(item.kind.rawValue), .text(item.description), .integer(item.appraisedValue),
                      .text(item.appraisalDate.description), .text(item.status.rawValue)])
        }
        for guarantor in application.guarantorIDs {
            try db.execute("INSERT INTO loan_guarantors (application_id, customer_id) VALUES (?, ?)", [.integer(id), .integer(guarantor)])
        }
    }

    /// Ticks (`seen`) or unticks a document of the checklist.
    public func setDocument(applicationID: Int64, _ document: LoanDocument, seen: Bool, by operatorID: Int64, at: Date) throws {
        if seen {
            try db.execute("""
                INSERT INTO loan_application_documents (application_id, document, seen_by, seen_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (application_id, document) DO NOTHING
                """, [.integer(applicationID), .text(document.rawValue), .integer(operatorID), SQLValue(millis: at)])
        } else {
            try db.execute("DELETE FROM loan_application_documents WHERE application_id = ? AND document = ?",
                           [.integer(applicationID), .text(document.rawValue)])
        }
    }

    /// Records the outcome of submission: who submitted it (the entrant from now on), the product
    /// version it was assessed under, the status it was routed to, the assessment and the request hash.
    /// False when it was no longer a draft.
    public func submit(id: Int64, enteredBy: Int64, productVersion: Int, status: LoanApplication.Status, assessment: String,
                       recommendation: CreditRecommendation, approvalsNeeded: Int, requestHash: String, at: Date) throws -> Bool {
        try db.execute("""
            UPDATE loan_applications SET entered_by = ?, product_version = ?, status = ?, assessment = ?, recommendation = ?,
                approvals_needed = ?, request_hash = ?, submitted_at = ?, updated_at = ?, decided_at = ?
            WHERE id = ? AND status = 'draft'
            """, [.integer(enteredBy), .integer(Int64(productVersion)), .text(status.rawValue), .text(assessment),
                  .text(recommendation.rawValue), .integer(Int64(approvalsNeeded)), .text(requestHash), SQLValue(millis: at),
                  SQLValue(millis: at), status.awaitsDecision ? .null : SQLValue(millis: at), .integer(id)])
        return db.changes == 1
    }

    /// Moves an application from `from` to `to` (a decision, a withdrawal); false when it was not in `from`.
    public func setStatus(id: Int64, from: LoanApplication.Status, to: LoanApplication.Status, at: Date) throws -> Bool {
        try db.execute("UPDATE loan_applications SET status = ?, updated_at = ?, decided_at = ? WHERE id = ? AND status = ?",
                       [.text(to.rawValue), SQLValue(millis: at), SQLValue(millis: at), .integer(id), .text(from.rawValue)])
        return db.changes == 1
    }

    /// Appends one decision and returns its id.
    public func insertApproval(_ row: LoanApprovalRow) throws -> Int64 {
        try db.execute("""
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.integer(row.applicationID), .integer(row.enteredBy), SQLValue(row.approverID), .text(row.decision), .text(row.reason),
                  .text(row.applicationHash), SQLValue(millis: row.at)])
        return db.lastInsertRowID
    }

    /// Every decision on the application, oldest first.
    public func approvals(applicationID: Int64) throws -> [LoanApprovalRow] {
        try db.query("SELECT * FROM loan_approvals WHERE application_id = ? ORDER BY id", [.integer(applicationID)]).map { row in
            LoanApprovalRow(id: try row.requiredInt("id", in: db), applicationID: try row.requiredInt("application_id", in: db),
                            enteredBy: try row.requiredInt("entered_by", in: db), approverID: row.int("approver_id"),
                            decision: try row.requiredString("decision", in: db), reason: try row.requiredString("reason", in: db),
                            applicationHash: try row.requiredString("application_hash", in: db), at: row.date("at") ?? .distantPast)
        }
    }

    /// Whether `operatorID` ever saved the draft of application `number` (they entered it, even if another submitted it).
    public func draftedBy(number: String, operatorID: Int64, action: String) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM audit_log WHERE action = ? AND subject = ? AND operator_id = ?",
                         [.text(action), .text(number), .integer(operatorID)]) ?? 0 > 0
    }

    public func application(id: Int64) throws -> LoanApplication? {
        try db.queryOne("SELECT * FROM loan_applications WHERE id = ?", [.integer(id)]).map(decode)
    }

    public func application(number: String) throws -> LoanApplication? {
        try db.queryOne("SELECT * FROM loan_applications WHERE number = ?", [.text(number)]).map(decode)
    }

    /// What submission stored, or nil for an unknown application.
    public func submission(id: Int64) throws -> LoanSubmissionRecord? {
        try db.queryOne("SELECT submitted_at, assessment, request_hash, decided_at FROM loan_applications WHERE id = ?",
                        [.integer(id)]).map {
            LoanSubmissionRecord(submittedAt: $0.date("submitted_at"), assessment: $0.string("assessment"),
                                 requestHash: $0.string("request_hash"), decidedAt: $0.date("decided_at"))
        }
    }

    /// The customer's applications, newest first.
    public func applications(customerID: Int64) throws -> [LoanApplication] {
        try db.query("SELECT * FROM loan_applications WHERE customer_id = ? ORDER BY id DESC", [.integer(customerID)]).map(decode)
    }

    /// Applications in any of `statuses`, oldest first.
    public func applications(statuses: [LoanApplication.Status]) throws -> [LoanApplication] {
        let marks = statuses.map { _ in "?" }.joined(separator: ", ")
        return try db.query("SELECT * FROM loan_applications WHERE status IN (\(marks)) ORDER BY id",
                            statuses.map { .text($0.rawValue) }).map(decode)
    }

    func decode(_ row: Row) throws -> LoanApplication {
        let id = try row.requiredInt("id", in: db)
        guard let status = row.string("status").flatMap(LoanApplication.Status.init(rawValue:)) else {
            throw Row.damaged("status", "an application status", in: db)
        }
        guard let method = row.string("method").flatMap(RepaymentMethod.init(rawValue:)) else {
            throw Row.damaged("method", "a repayment method", in: db)
        }
        let documents = try db.query("SELECT document FROM loan_application_documents WHERE application_id = ?", [.integer(id)])
            .compactMap { $0.string("document").flatMap(LoanDocument.init(rawValue:)) }
        let collateral = try db.query("SELECT * FROM loan_collateral WHERE application_id = ? ORDER BY id", [.integer(id)]).map { item in
            guard let kind = item.string("kind").flatMap(CollateralKind.init(rawValue:)),
                  let date = item.string("appraisal_date").flatMap(BusinessDate.init),
                  let state = item.string("status").flatMap(Collateral.Status.init(rawValue:)) else {
                throw Row.damaged("loan_collateral", "a collateral kind, date and status", in: db)
            }
            return Collateral(kind: kind, description: try item.requiredString("description", in: db),
                              appraisedValue: try item.requiredInt("appraised_value", in: db), appraisalDate: date, status: state)
        }
        let guarantors = try db.query("SELECT customer_id FROM loan_guarantors WHERE application_id = ? ORDER BY rowid", [.integer(id)])
            .compactMap { $0.int("customer_id") }
        return LoanApplication(
            id: id, number: try row.requiredString("number", in: db), customerID: try row.requiredInt("customer_id", in: db),
            productCode: try row.requiredString("product_code", in: db), productVersion: Int(try row.requiredInt("product_version", in: db)),
            status: status, amount: try row.requiredInt("amount", in: db), months: Int(try row.requiredInt("months", in: db)),
            method: method, purpose: row.string("purpose") ?? "", monthlyIncome: row.int("monthly_income") ?? 0,
            monthlyObligations: row.int("monthly_obligations") ?? 0, employer: row.string("employer") ?? "",
            accountID: row.int("account_id"), ticketID: row.int("ticket_id"), enteredBy: try row.requiredInt("entered_by", in: db),
            documentsSeen: Set(documents), collateral: collateral, guarantorIDs: guarantors,
            approvalsNeeded: Int(row.int("approvals_needed") ?? 0),
            recommendation: row.string("recommendation").flatMap(CreditRecommendation.init(rawValue:)))
    }
}
