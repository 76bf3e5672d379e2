import BankCore
import BankStore
import Foundation
import Localization

/// The terms a customer confirms before signing, from the approved application.
public struct LoanContractTerms: Sendable, Equatable {
    public var application: LoanApplication
    public var productNameEnglish: String
    public var productNameChinese: String
    public var rate: AnnualRate
    public var penaltyRate: AnnualRate
    /// The schedule if paid out today.
    public var schedule: LoanSchedule
    public var collateral: [Collateral]
    public var guarantorNames: [String]

    public var firstPayment: Instalment? { schedule.instalments.first }
    public var lastPayment: Instalment? { schedule.instalments.last }
}

/// The loan contract (issue 15): the customer confirms the terms, is verified
/// as for a withdrawal, the bilingual contract file is written with its
/// number and the collateral is recorded as pledged, in one transaction.
/// OWNER: servicing helper.
public struct LoanContractService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// The identity-verification service name the signing needs (PIN or one-time code).
    public static func verificationService(applicationNumber: String) -> String { "loan-contract:\(applicationNumber)" }

    var loans: LoanRepository { LoanRepository(db: context.database) }

    /// The customer's applications approved and waiting for a contract, oldest first.
    public func waiting(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanApplication] {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try loans.approvedApplications(customerID: customerID)
        }
    }

    public func terms(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanContractTerms {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try terms(of: try application(applicationID), start: context.businessDate)
        }
    }

    /// Signs the approved application: the loan (status `signed`) with its own copy of the terms.
    /// Signing an application already signed returns its loan (and writes its contract file again if it is missing).
    public func sign(applicationID: Int64, key: String, by actor: Operator) throws(LocalizedMessage) -> LoanRecord {
        try LedgerPosting.checkKey(key)
        let today = context.businessDate
        let signed: (loan: LoanRecord, text: String) = try context.write {
            let clerk = try context.requireActor(actor, .loans)
            if let existing = try loans.loan(applicationID: applicationID) {
                return (existing, try contractText(existing))
            }
            let application = try application(applicationID)
            guard application.status == .approved else {
                throw LocalizedMessage(.loanApplicationNotApproved, application.number, application.status.rawValue)
            }
            try LoanApprovalService(context).requireApproved(application)
            guard let accountID = application.accountID,
                  let account = try AccountRepository(db: context.database).account(id: accountID),
                  account.customerID == application.customerID, account.currency == .cny else {
                throw LocalizedMessage(.loanAccountMissing, application.number)
            }
            try LedgerPosting(context).requireMovable(account, .credit)
            let verification = IdentityService(context).outgoingVerification(
                customerID: application.customerID, service: Self.verificationService(applicationNumber: application.number),
                methods: [.pin, .otp], amount: application.amount, currency: .cny, by: clerk)
            try IdentityService.require(verification, otherwise: LocalizedMessage(.customerNotVerified))
            let terms = try terms(of: application, start: today)
            let prefix = "LN" + today.description.replacingOccurrences(of: "-", with: "")
            let number = prefix + String(format: "%04d", try loans.signedCount(contractPrefix: prefix) + 1)
            let path = try Self.contractPath(branchFile: context.database.path, contractNumber: number)
            var loan = LoanRecord(id: 0, contractNumber: number, applicationID: application.id, customerID: application.customerID,
                                  accountID: accountID, productCode: application.productCode, productVersion: application.productVersion,
                                  principal: application.amount, rate: terms.rate, penaltyRate: terms.penaltyRate,
                                  method: application.method, months: application.months, startDate: today, status: .signed,
                                  outstandingPrincipal: application.amount, contractPath: path, signedBy: clerk.id)
            let now = context.clock.now()
            loan.id = try loans.insert(loan, at: now)
            try loans.markContracted(applicationID: application.id, at: now)
            try context.record(LoanContractFacts.action, by: clerk.id, subject: LoanContractFacts.subject(loanID: loan.id),
                               detail: AuditFacts.detail("contract \(number) application \(application.number) customer \(application.customerID) "
                                   + "CNY \(application.amount) rate \(terms.rate.partsPerMillion) ppm \(application.months) months "
                                   + "\(application.method.rawValue) product \(application.productCode) v\(application.productVersion)",
                                   LoanServicingBooks.contractFacts(loan)))
            return (loan, try contractText(loan, terms: terms))
        }
        // The contract is signed whatever happens here; signing again rewrites a missing file.
        if !signed.loan.contractPath.isEmpty, !FileManager.default.fileExists(atPath: signed.loan.contractPath) {
            do {
                try PrivateFile.write(signed.text, to: signed.loan.contractPath)
            } catch {
                throw LocalizedMessage(.loanContractFileFailed, signed.loan.contractNumber, signed.loan.contractPath, error.localizedDescription)
            }
        }
        return signed.loan
    }

    /// Contract files go beside the branch file, with the vouchers.
    static func contractPath(branchFile: String, contractNumber: String) throws -> String {
        let folder = ((branchFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent("vouchers")
        return (folder as NSString).appendingPathComponent("\(contractNumber)-contract.txt")
    }

    func application(_ id: Int64) throws -> LoanApplication {
        guard let application = try LoanApplicationRepository(db: context.database).application(id: id) else {
            throw LocalizedMessage(.loanApplicationNotFound, String(id))
        }
        return application
    }

    func terms(of application: LoanApplication, start: BusinessDate) throws -> LoanContractTerms {
        guard let product = try LoanProductRepository(db: context.database).product(code: application.productCode,
                                                                                  version: application.productVersion) else {
            throw LocalizedMessage(.loanProductVersionMissing, application.productCode, String(application.productVersion))
        }
        guard application.amount > 0, application.months > 0 else {
            throw LocalizedMessage(.loanApplicationNotApproved, application.number, application.status.rawValue)
        }
        let customers = CustomerRepository(db: context.database)
        let guarantors = try application.guarantorIDs.map { try customers.find(id: $0)?.name ?? "#\($0)" }
        return LoanContractTerms(application: application, productNameEnglish: product.nameEnglish, productNameChinese: product.nameChinese,
                                 rate: product.rate, penaltyRate: product.penaltyRate,
                                 schedule: LoanSchedule(principal: application.amount, rate: product.rate, months: application.months,
                                                        method: application.method, start: start),
                                 collateral: application.collateral, guarantorNames: guarantors)
    }

    /// The contract's text from the loan's own terms (the product may have changed since).
    func contractText(_ loan: LoanRecord, terms given: LoanContractTerms? = nil) throws -> String {
        var terms = try given ?? terms(of: try application(loan.applicationID), start: loan.startDate)
        terms.rate = loan.rate
        terms.penaltyRate = loan.penaltyRate
        let customer = try CustomerRepository(db: context.database).find(id: loan.customerID)
        let account = try AccountRepository(db: context.database).account(id: loan.accountID)
        let signer = try context.operators.find(id: loan.signedBy)?.operator.username ?? "?"
        return LoanContractText.text(loan: loan, terms: terms, branch: context.branch(), customer: customer, account: account,
                                     signedBy: signer)
    }
}
