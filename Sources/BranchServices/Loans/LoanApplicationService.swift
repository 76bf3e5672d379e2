import BankCore
import BankStore
import Foundation
import Localization

/// A loan application as the desk types it: everything may be incomplete in a draft.
public struct LoanApplicationInput: Sendable, Equatable {
    public var customerID: Int64
    public var productCode: String
    public var amount: Int64
    public var months: Int
    public var method: RepaymentMethod
    public var purpose: String
    public var monthlyIncome: Int64
    public var monthlyObligations: Int64
    public var employer: String
    /// The customer's own account the loan is paid into and repaid from (may be empty in a draft).
    public var accountNumber: String
    public var ticketID: Int64?
    public var collateral: [Collateral]
    public var guarantorIDs: [Int64]

    public init(customerID: Int64, productCode: String, amount: Int64 = 0, months: Int = 0, method: RepaymentMethod = .equalInstalment,
                purpose: String = "", monthlyIncome: Int64 = 0, monthlyObligations: Int64 = 0, employer: String = "",
                accountNumber: String = "", ticketID: Int64? = nil, collateral: [Collateral] = [], guarantorIDs: [Int64] = []) {
        self.customerID = customerID
        self.productCode = productCode
        self.amount = amount
        self.months = months
        self.method = method
        self.purpose = purpose
        self.monthlyIncome = monthlyIncome
        self.monthlyObligations = monthlyObligations
        self.employer = employer
        self.accountNumber = accountNumber
        self.ticketID = ticketID
        self.collateral = collateral
        self.guarantorIDs = guarantorIDs
    }
}

/// What became of a submitted application.
public struct LoanSubmission: Sendable, Equatable {
    /// `approved` (by the system), `referred` (one approver), `committee` (two) or `declined`.
    public var status: LoanApplication.Status
    public var assessment: CreditAssessment
}

/// Loan applications from draft to submission (issue 15): drafts saved and
/// continued, the documents checklist, the schedule preview, the credit
/// assessment and the routing to the system, one approver or a committee.
/// This file holds drafts, the checklist and reading; `+Submission` the
/// checks, preview, assessment and routing.
/// OWNER: origination helper.
public struct LoanApplicationService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    var applications: LoanApplicationRepository { LoanApplicationRepository(db: context.database) }
    var products: LoanProductRepository { LoanProductRepository(db: context.database) }

    /// The longest purpose, employer and collateral description accepted.
    static let textLimits = (purpose: 200, employer: 100, description: 200)

    /// Saves a new draft (`applicationID` nil) or replaces a draft's figures; only drafts may change.
    /// Checks formats only (no negative figure, text rules, the customer, the account is theirs,
    /// guarantors are other customers); completeness is `problems`' job.
    public func saveDraft(_ input: LoanApplicationInput, applicationID: Int64? = nil,
                          by actor: Operator) throws(LocalizedMessage) -> LoanApplication {
        if let problem = Self.formatProblem(input) { throw problem }
        return try context.write {
            let clerk = try context.requireActor(actor, .loans)
            let customers = CustomerRepository(db: context.database)
            guard try customers.find(id: input.customerID) != nil else { throw LocalizedMessage(.customerNotFound) }
            let code = LoanProductService.normalized(input.productCode)
            guard let product = try products.current(code: code) else { throw LocalizedMessage(.loanProductUnknown, code) }
            let accountID = try checkedAccount(input.accountNumber, customerID: input.customerID)
            for guarantor in input.guarantorIDs {
                guard guarantor != input.customerID else { throw LocalizedMessage(.loanAppGuarantorIsApplicant) }
                guard try customers.find(id: guarantor) != nil else { throw LocalizedMessage(.loanAppGuarantorUnknown, String(guarantor)) }
            }
            if let ticketID = input.ticketID, try QueueRepository(db: context.database).ticket(id: ticketID) == nil {
                throw LocalizedMessage(.queueTicketNotFound)
            }
            let now = context.clock.now()
            var application = LoanApplication(
                id: 0, number: "", customerID: input.customerID, productCode: code, productVersion: product.version, status: .draft,
                amount: input.amount, months: input.months, method: input.method,
                purpose: input.purpose.trimmingCharacters(in: .whitespacesAndNewlines), monthlyIncome: input.monthlyIncome,
                monthlyObligations: input.monthlyObligations, employer: input.employer.trimmingCharacters(in: .whitespaces),
                accountID: accountID, ticketID: input.ticketID, enteredBy: clerk.id,
                collateral: input.collateral.map { item in
                    var trimmed = item
                    trimmed.description = item.description.trimmingCharacters(in: .whitespacesAndNewlines)
                    trimmed.status = .proposed
                    return trimmed
                },
                guarantorIDs: Array(NSOrderedSet(array: input.guarantorIDs)).compactMap { $0 as? Int64 })
            if let applicationID {
                guard let existing = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
                guard existing.status == .draft, existing.customerID == input.customerID else {
                    throw LocalizedMessage(.loanAppNotDraft, existing.number, existing.status.rawValue)
                }
                application.id = existing.id
                application.number = existing.number
                application.enteredBy = existing.enteredBy
                guard try applications.updateDraft(application, at: now) else {
                    throw LocalizedMessage(.loanAppNotDraft, existing.number, existing.status.rawValue)
                }
            } else {
                application.number = try applications.nextNumber(on: context.businessDate)
                application.id = try applications.insert(application, at: now)
            }
            try context.record(LoanApprovalService.draftAction, by: clerk.id, subject: application.number,
                               detail: "customer \(application.customerID) \(code) v\(product.version) \(application.amount) "
                                   + "\(application.months)m \(application.method.rawValue)")
            guard let stored = try applications.application(id: application.id) else { throw LocalizedMessage(.loanAppNotFound) }
            return stored
        }
    }

    /// The first format problem of a draft: a negative figure, a forbidden character, a text too long, bad collateral.
    static func formatProblem(_ input: LoanApplicationInput) -> LocalizedMessage? {
        guard input.amount >= 0, input.months >= 0, input.monthlyIncome >= 0, input.monthlyObligations >= 0 else {
            return LocalizedMessage(.loanAppNegative)
        }
        let limit = AmountParser.maximumMinorUnits
        guard input.amount <= limit, input.monthlyIncome <= limit, input.monthlyObligations <= limit,
              input.months <= LoanCalculator.maximumMonths * 10 else {
            return LocalizedMessage(.loanProductAmountTooLarge, AmountParser.format(max(input.amount, input.monthlyIncome,
                                                                                      input.monthlyObligations)),
                                    AmountParser.format(limit))
        }
        var texts: [(text: String, field: StringKey0, multiline: Bool)] = [(input.purpose, .loanFieldPurpose, false),
                                                                           (input.employer, .loanFieldEmployer, false),
                                                                           (input.accountNumber, .loanFieldAccount, false)]
        texts += input.collateral.map { ($0.description, .loanFieldCollateral, false) }
        if let problem = TextRules.problem(in: texts) { return problem }
        if input.purpose.count > textLimits.purpose {
            return LocalizedMessage(.loanAppTextTooLong, String(textLimits.purpose), part: LocalizedMessage(.loanFieldPurpose))
        }
        if input.employer.count > textLimits.employer {
            return LocalizedMessage(.loanAppTextTooLong, String(textLimits.employer), part: LocalizedMessage(.loanFieldEmployer))
        }
        for item in input.collateral {
            if item.description.count > textLimits.description {
                return LocalizedMessage(.loanAppTextTooLong, String(textLimits.description), part: LocalizedMessage(.loanFieldCollateral))
            }
            let description = item.description.trimmingCharacters(in: .whitespacesAndNewlines)
            guard description.count >= 2, item.appraisedValue > 0, item.appraisedValue <= limit else {
                return LocalizedMessage(.loanAppCollateralBad)
            }
        }
        return nil
    }

    /// The account's id when given: it must exist and be the customer's (its state is checked at submission).
    private func checkedAccount(_ number: String, customerID: Int64) throws -> Int64? {
        let trimmed = number.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let account = try AccountRepository(db: context.database).account(number: trimmed) else {
            throw LocalizedMessage(.loanAppAccountUnknown, trimmed)
        }
        guard account.customerID == customerID else { throw LocalizedMessage(.loanAppAccountNotCustomers, trimmed) }
        return account.id
    }

    /// Ticks (or unticks) a document of the product's checklist as seen.
    public func setDocument(_ document: LoanDocument, seen: Bool, applicationID: Int64,
                            by actor: Operator) throws(LocalizedMessage) -> LoanApplication {
        try context.write {
            let clerk = try context.requireActor(actor, .loans)
            guard let application = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            guard application.status == .draft else {
                throw LocalizedMessage(.loanAppNotDraft, application.number, application.status.rawValue)
            }
            let product = try products.current(code: application.productCode)?.product
            guard let product, product.documents.contains(document) else {
                throw LocalizedMessage(.loanAppDocumentNotListed, application.productCode,
                                       part: LocalizedMessage(LoanProductService.name(of: document)))
            }
            try applications.setDocument(applicationID: applicationID, document, seen: seen, by: clerk.id, at: context.clock.now())
            try context.record("loan.application.document", by: clerk.id, subject: application.number,
                               detail: "\(document.rawValue) \(seen ? "seen" : "unticked")")
            guard let stored = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            return stored
        }
    }

    public func application(id: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanApplication {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            guard let found = try applications.application(id: id) else { throw LocalizedMessage(.loanAppNotFound) }
            return found
        }
    }

    /// The customer's applications, newest first.
    public func applications(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanApplication] {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try applications.applications(customerID: customerID)
        }
    }

    /// Drafts at the branch not yet submitted, newest first.
    public func drafts(by actor: Operator) throws(LocalizedMessage) -> [LoanApplication] {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try applications.applications(statuses: [.draft]).reversed()
        }
    }

    /// Withdraws a draft or an application not yet contracted, with a reason.
    public func withdraw(applicationID: Int64, reason: String, by actor: Operator) throws(LocalizedMessage) {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        if let problem = TextRules.problem(why, field: .fieldReason) { throw problem }
        try context.write {
            let clerk = try context.requireActor(actor, .loans)
            guard let application = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            let open: Set<LoanApplication.Status> = [.draft, .submitted, .referred, .committee, .approved]
            guard open.contains(application.status), try LoanRepository(db: context.database).loan(applicationID: applicationID) == nil,
                  try applications.setStatus(id: applicationID, from: application.status, to: .withdrawn, at: context.clock.now()) else {
                throw LocalizedMessage(.loanAppCannotWithdraw, application.number, application.status.rawValue)
            }
            try context.record("loan.application.withdrawn", by: clerk.id, subject: application.number,
                               detail: "from \(application.status.rawValue): \(why)")
        }
    }
}
