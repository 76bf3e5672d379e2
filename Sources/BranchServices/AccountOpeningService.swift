import BankCore
import BankStore
import Foundation
import Localization

/// What the teller fills in to open an account.
public struct AccountApplicationForm: Sendable, Equatable {
    public var customerID: Int64
    public var accountType: AccountType
    public var currency: Currency
    public var kyc: KYCProfile
    /// What the teller saw, e.g. `id_original`, `id_copy`, `address_proof`.
    public var documentsSeen: [String]

    public init(customerID: Int64, accountType: AccountType, currency: Currency, kyc: KYCProfile, documentsSeen: [String]) {
        self.customerID = customerID
        self.accountType = accountType
        self.currency = currency
        self.kyc = kyc
        self.documentsSeen = documentsSeen
    }
}

/// The result of submitting an application: the rating, any watch-list hits,
/// and whether it may proceed or waits for a supervisor.
public struct ApplicationResult: Sendable, Equatable {
    public var applicationID: Int64
    public var risk: RiskAssessment
    public var hits: [WatchListHit]
    public var needsReview: Bool

    public init(applicationID: Int64, risk: RiskAssessment, hits: [WatchListHit], needsReview: Bool) {
        self.applicationID = applicationID
        self.risk = risk
        self.hits = hits
        self.needsReview = needsReview
    }
}

/// An account just opened and its voucher.
public struct OpenedAccount: Sendable, Equatable {
    public var account: AccountRecord
    public var voucherSequence: Int64
    public var voucherPath: String
}

/// Account opening in one flow: application with KYC, automatic risk rating
/// and watch-list screening (a hit stops for supervisor review, maker ≠
/// checker), the customer's confirmation, and the account created with its
/// voucher and archive record in one transaction.
public struct AccountOpeningService {
    let context: BranchContext
    let accounts: AccountRepository

    public init(_ context: BranchContext) {
        self.context = context
        accounts = AccountRepository(db: context.database)
    }

    /// The service name identity verifications must carry for this application.
    public static func verificationService(applicationID: Int64) -> String { "account_opening:\(applicationID)" }

    var today: BusinessDate { BusinessDate(date: context.clock.now()) }

    public func submit(_ form: AccountApplicationForm, by actor: Operator) throws(LocalizedMessage) -> ApplicationResult {
        if let field = KYCRules.problems(form.kyc).first { throw LocalizedMessage(.kycFieldProblem, field.rawValue) }
        guard !form.documentsSeen.isEmpty else { throw LocalizedMessage(.kycDocumentsMissing) }
        return try context.write {
            let teller = try context.requireActor(actor, .cash)
            guard let customer = try CustomerRepository(db: context.database).find(id: form.customerID) else {
                throw LocalizedMessage(.customerNotFound)
            }
            if let expiry = customer.idExpiry, expiry < today { throw LocalizedMessage(.idExpired, expiry.description) }
            let risk = RiskRating.assess(form.kyc, idType: customer.idType, birthDate: customer.birthDate, today: today)
            let hits = WatchListScreening.screen(name: customer.name, idNumber: customer.idNumber, birthDate: customer.birthDate,
                                                 against: try accounts.watchListCandidates(name: customer.name, idNumber: customer.idNumber))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let kycJSON = String(decoding: (try? encoder.encode(form.kyc)) ?? Data("{}".utf8), as: UTF8.self)
            let detail = hits.map { "\($0.kind.rawValue): \($0.entry.name) [\($0.entry.list)] \($0.entry.reason)" }.joined(separator: "; ")
            let id = try accounts.insertApplication(ApplicationRecord(
                id: 0, customerID: customer.id, accountType: form.accountType, currency: form.currency, kycJSON: kycJSON,
                documents: form.documentsSeen.joined(separator: ","), riskLevel: risk.level, riskScore: risk.score,
                riskReasons: risk.reasons.map(\.rawValue).joined(separator: ","), screeningHit: !hits.isEmpty,
                screeningDetail: detail, status: hits.isEmpty ? "approved" : "pending_review", makerID: teller.id, checkerID: nil,
                decisionReason: hits.isEmpty ? "screening clear" : "", accountID: nil, createdAt: context.clock.now()))
            try context.record(hits.isEmpty ? "account.application" : "account.application_hit", by: teller.id,
                               subject: "application \(id)",
                               detail: "customer \(customer.id) risk=\(risk.level.rawValue) score=\(risk.score)" + (hits.isEmpty ? "" : " " + detail))
            return ApplicationResult(applicationID: id, risk: risk, hits: hits, needsReview: !hits.isEmpty)
        }
    }

    /// Applications waiting for a supervisor's decision.
    public func pendingReviews(by actor: Operator) throws(LocalizedMessage) -> [(application: ApplicationRecord, customer: Customer?)] {
        try context.write {
            _ = try context.requireActor(actor, .approve)
            let customers = CustomerRepository(db: context.database)
            return try accounts.applications(status: "pending_review").map { ($0, try customers.find(id: $0.customerID)) }
        }
    }

    /// A supervisor approves or rejects a screening hit, with a reason. The
    /// supervisor who entered the application cannot decide it.
    public func review(applicationID: Int64, approve: Bool, reason: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 3 else { throw LocalizedMessage(.reviewReasonMissing) }
        try context.write {
            let supervisor = try context.requireActor(actor, .approve)
            guard let application = try accounts.application(id: applicationID) else { throw LocalizedMessage(.applicationNotFound) }
            guard application.status == "pending_review" else { throw LocalizedMessage(.applicationNotPending) }
            guard application.makerID != supervisor.id else { throw LocalizedMessage(.makerCannotCheck) }
            try accounts.decide(applicationID: applicationID, status: approve ? "approved" : "rejected", checkerID: supervisor.id,
                                reason: trimmed, at: context.clock.now())
            try context.record(approve ? "account.review_approve" : "account.review_reject", by: supervisor.id,
                               subject: "application \(applicationID)", detail: trimmed)
        }
    }

    public func application(id: Int64) -> ApplicationRecord? { try? accounts.application(id: id) }

    /// Opens the account once the application is approved, the customer has
    /// confirmed the summary and the person was verified for this application.
    /// Account, application status, customer risk level, voucher record and
    /// file, and the audit row are written together or not at all.
    public func open(applicationID: Int64, customerConfirmed: Bool, by actor: Operator) throws(LocalizedMessage) -> OpenedAccount {
        guard customerConfirmed else { throw LocalizedMessage(.applicationNotConfirmed) }
        var writtenFile: String?
        do {
            return try context.write {
                let teller = try context.requireActor(actor, .cash)
                guard let application = try accounts.application(id: applicationID) else { throw LocalizedMessage(.applicationNotFound) }
                guard application.status == "approved" else { throw LocalizedMessage(.applicationNotApproved) }
                guard IdentityService(context).isVerified(customerID: application.customerID,
                                                          service: Self.verificationService(applicationID: applicationID),
                                                          by: teller) else {
                    throw LocalizedMessage(.applicationNotVerified)
                }
                let customers = CustomerRepository(db: context.database)
                guard let customer = try customers.find(id: application.customerID) else { throw LocalizedMessage(.customerNotFound) }
                let now = context.clock.now()
                let number = AccountNumber.make(branchNumber: branchNumber(), type: application.accountType,
                                                sequence: try accounts.nextAccountSequence())
                let account = try accounts.insertAccount(number: number, customerID: customer.id, type: application.accountType,
                                                         currency: application.currency, openedAt: now, openedBy: teller.id,
                                                         applicationID: applicationID)
                try accounts.markOpened(applicationID: applicationID, accountID: account.id, at: now)
                try customers.setRiskLevel(customerID: customer.id, application.riskLevel)
                let sequence = try accounts.nextVoucherSequence()
                let body = VoucherText.accountOpening(sequence: sequence, branch: context.branch(), customer: customer,
                                                      account: account, application: application, teller: teller, at: now)
                let path = try VoucherFile.path(branchFile: context.database.path, sequence: sequence, kind: "account-opening")
                _ = try accounts.insertVoucher(kind: "account_opening", reference: number, operatorID: teller.id, path: path,
                                               body: body, at: now)
                // Customer care: a welcome call a few days after the opening.
                _ = try ComplaintRepository(db: context.database).insertTask(
                    kind: .accountOpened, customerID: customer.id, complaintID: nil, accountID: account.id, note: AccountNumber.masked(number),
                    dueDate: today.adding(days: 3), assignedTo: customer.accountManagerID,
                    createdBy: teller.id, at: now)
                try context.record("account.open", by: teller.id, subject: AccountNumber.masked(number),
                                   detail: "application \(applicationID) customer \(customer.id) voucher \(sequence)")
                try VoucherFile.write(body, to: path)
                writtenFile = path
                return OpenedAccount(account: account, voucherSequence: sequence, voucherPath: path)
            }
        } catch {
            // The transaction rolled back: a voucher file written for it must not remain.
            if let writtenFile { try? FileManager.default.removeItem(atPath: writtenFile) }
            throw error
        }
    }

    /// The customer's latest application that was approved but not yet opened (resumed after a review).
    public func approvedApplication(customerID: Int64) -> ApplicationRecord? {
        ((try? accounts.applications(status: "approved")) ?? []).last { $0.customerID == customerID }
    }

    public func accounts(customerID: Int64) -> [AccountRecord] { (try? accounts.accounts(customerID: customerID)) ?? [] }

    /// A 4-digit number for the branch, derived from its code (digits kept, else a stable hash).
    public func branchNumber() -> Int {
        let code = context.branch()?.code ?? "0"
        let digits = code.filter(\.isNumber)
        if let value = Int(digits.suffix(4)), !digits.isEmpty { return value }
        return Int(code.unicodeScalars.reduce(UInt32(7)) { ($0 &* 31 &+ $1.value) } % 10_000)
    }
}
