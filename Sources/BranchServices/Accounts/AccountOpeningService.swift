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
    /// For an applicant under 18: the guardian, a customer of the bank verified for this opening.
    public var guardianID: Int64?

    public init(customerID: Int64, accountType: AccountType, currency: Currency, kyc: KYCProfile, documentsSeen: [String],
                guardianID: Int64? = nil) {
        self.customerID = customerID
        self.accountType = accountType
        self.currency = currency
        self.kyc = kyc
        self.documentsSeen = documentsSeen
        self.guardianID = guardianID
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
/// and watch-list screening (a hit or a high rating stops for supervisor
/// review, maker ≠ checker), the customer's confirmation, and the account
/// created with its voucher and archive record in one transaction. One open
/// application per customer and product; an applicant under 18 needs a
/// verified guardian who is a customer (AccountOpeningService+Guardian); an
/// application can be declined by the customer or cancelled
/// (AccountOpeningService+Closing); reviews are in AccountOpeningService+Review.
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

    /// The message for a KYC answer that breaks its rule, naming the field in words.
    public static func kycProblem(_ field: KYCField, in kyc: KYCProfile) -> LocalizedMessage {
        switch field {
        case .address: return AddressRules.problem(kyc.address, required: true) ?? LocalizedMessage(.customerBadAddress)
        case .occupation: return TextRules.problem(kyc.occupation, field: .kycOccupation) ?? LocalizedMessage(.openingOccupationRule)
        case .employer: return TextRules.problem(kyc.employer, field: .kycEmployer) ?? LocalizedMessage(.openingEmployerRule)
        }
    }

    public func submit(_ form: AccountApplicationForm, by actor: Operator) throws(LocalizedMessage) -> ApplicationResult {
        if let field = KYCRules.problems(form.kyc).first { throw Self.kycProblem(field, in: form.kyc) }
        guard !form.documentsSeen.isEmpty else { throw LocalizedMessage(.kycDocumentsMissing) }
        return try context.write {
            let teller = try context.requireActor(actor, .cash)
            let customers = CustomerRepository(db: context.database)
            guard let customer = try customers.find(id: form.customerID) else {
                throw LocalizedMessage(.customerNotFound)
            }
            if let expiry = customer.idExpiry, expiry < today { throw LocalizedMessage(.idExpired, expiry.description) }
            if let open = try openApplication(customerID: customer.id, type: form.accountType, currency: form.currency) {
                throw LocalizedMessage(.openingDuplicateApplication, String(open.id))
            }
            let guardian = try checkedGuardian(form.guardianID, for: customer, by: teller)
            let risk = RiskRating.assess(form.kyc, idType: customer.idType, birthDate: customer.birthDate, today: today)
            let hits = WatchListScreening.screen(name: customer.name, idNumber: customer.idNumber, birthDate: customer.birthDate,
                                                 against: try accounts.watchListCandidates(name: customer.name, idNumber: customer.idNumber))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let kycJSON = String(decoding: (try? encoder.encode(form.kyc)) ?? Data("{}".utf8), as: UTF8.self)
            let detail = hits.map { "\($0.kind.rawValue): \($0.entry.name) [\($0.entry.list)] \($0.entry.reason)" }.joined(separator: "; ")
            // A watch-list hit or a high risk rating waits for a supervisor (maker ≠ checker).
            let needsReview = !hits.isEmpty || risk.level == .high
            let id = try accounts.insertApplication(ApplicationRecord(
                id: 0, customerID: customer.id, accountType: form.accountType, currency: form.currency, kycJSON: kycJSON,
                documents: form.documentsSeen.joined(separator: ","), riskLevel: risk.level, riskScore: risk.score,
                riskReasons: risk.reasons.map(\.rawValue).joined(separator: ","), screeningHit: !hits.isEmpty,
                screeningDetail: detail, status: needsReview ? "pending_review" : "approved", makerID: teller.id, checkerID: nil,
                decisionReason: needsReview ? "" : "screening clear", accountID: nil, createdAt: context.clock.now(),
                guardianID: guardian?.id))
            let action = !hits.isEmpty ? "account.application_hit" : needsReview ? "account.application_high_risk" : "account.application"
            try context.record(action, by: teller.id, subject: "application \(id)",
                               detail: "customer \(customer.id) risk=\(risk.level.rawValue) score=\(risk.score)"
                                   + (guardian.map { " guardian customer \($0.id)" } ?? "") + (hits.isEmpty ? "" : " " + detail))
            // The address confirmed on the KYC form is the customer's address from now on.
            let address = AddressRules.cleaned(form.kyc.address)
            if address != customer.address {
                try customers.setAddress(customerID: customer.id, address)
                try context.record("customer.address_change", by: teller.id, subject: "customer \(customer.id)",
                                   detail: "on application \(id)")
            }
            return ApplicationResult(applicationID: id, risk: risk, hits: hits, needsReview: needsReview)
        }
    }

    /// The customer's application for this product that is still open
    /// (waiting for review, or approved and not yet opened), if any.
    func openApplication(customerID: Int64, type: AccountType, currency: Currency) throws -> ApplicationRecord? {
        try accounts.applications(customerID: customerID).first {
            $0.accountType == type && $0.currency == currency && ($0.status == "pending_review" || $0.status == "approved")
        }
    }

    /// The customer's newest application still open (waiting for review, or
    /// approved and not yet opened): what `o` on the panel resumes.
    public func openApplication(customerID: Int64) -> ApplicationRecord? {
        ((try? accounts.applications(customerID: customerID)) ?? []).first { $0.status == "pending_review" || $0.status == "approved" }
    }

    /// The customer's applications, newest first, for the customer panel.
    public func applications(customerID: Int64) -> [ApplicationRecord] { (try? accounts.applications(customerID: customerID)) ?? [] }

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
                let facts = AccountFacts.facts(number: account.number, customerID: account.customerID, type: account.type.rawValue,
                                               currency: account.currency.rawValue, overdraftLimit: account.overdraftLimit)
                try context.record(AccountFacts.openAction, by: teller.id, subject: AccountNumber.masked(number),
                                   detail: AuditFacts.detail("application \(applicationID) customer \(customer.id) voucher \(sequence)", facts))
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
