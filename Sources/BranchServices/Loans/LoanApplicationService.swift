import BankCore
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
/// OWNER: origination helper.
public struct LoanApplicationService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Saves a new draft (`applicationID` nil) or replaces a draft's figures; only drafts may change.
    public func saveDraft(_ input: LoanApplicationInput, applicationID: Int64? = nil,
                          by actor: Operator) throws(LocalizedMessage) -> LoanApplication {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// Ticks (or unticks) a document of the product's checklist as seen.
    public func setDocument(_ document: LoanDocument, seen: Bool, applicationID: Int64,
                            by actor: Operator) throws(LocalizedMessage) -> LoanApplication {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    public func application(id: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanApplication {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// The customer's applications, newest first.
    public func applications(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanApplication] {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// Drafts at the branch not yet submitted, newest first.
    public func drafts(by actor: Operator) throws(LocalizedMessage) -> [LoanApplication] {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// Everything that stops submission, each with the rule and the figure; empty when it may be submitted.
    public func problems(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LocalizedMessage] {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// The schedule the customer would sign, starting today (`LoanCalculator`'s code).
    public func preview(_ input: LoanApplicationInput, by actor: Operator) throws(LocalizedMessage) -> LoanSchedule {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// The credit assessment, line by line, from the application and this bank's books.
    public func assessment(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> CreditAssessment {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// Submits a complete draft: the system approves, refers, sends to committee or declines.
    public func submit(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanSubmission {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }

    /// Withdraws a draft or an application not yet contracted, with a reason.
    public func withdraw(applicationID: Int64, reason: String, by actor: Operator) throws(LocalizedMessage) {
        throw LocalizedMessage(.unexpectedError, "loan applications not built yet")
    }
}
