import BankCore
import BankStore
import Foundation
import Localization

/// The loan products the branch offers (issue 15). Administrators define
/// them; each save is a new version, and applications and loans keep the
/// version they were made under, so a change never alters a signed loan.
/// OWNER: origination helper.
public struct LoanProductService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    var repository: LoanProductRepository { LoanProductRepository(db: context.database) }

    /// Every product, current version, active first then by code.
    public func products(includeInactive: Bool = false, by actor: Operator) throws(LocalizedMessage) -> [LoanProduct] {
        try context.read {
            _ = try requireReader(actor)
            return try repository.all().map(\.product).filter { includeInactive || $0.active }
        }
    }

    /// The current version of `code`, or nil.
    public func product(code: String, by actor: Operator) throws(LocalizedMessage) -> LoanProduct? {
        try versioned(code: code, by: actor)?.product
    }

    /// The current terms of `code` with their version number, or nil.
    public func versioned(code: String, by actor: Operator) throws(LocalizedMessage) -> (product: LoanProduct, version: Int)? {
        try context.read {
            _ = try requireReader(actor)
            return try repository.current(code: Self.normalized(code)).map { ($0.product, $0.version) }
        }
    }

    /// The terms of `code` as saved at `version` (what an application or a loan was made under), or nil.
    public func product(code: String, version: Int, by actor: Operator) throws(LocalizedMessage) -> LoanProduct? {
        try context.read {
            _ = try requireReader(actor)
            return try repository.product(code: code, version: version)
        }
    }

    /// Validates (`problems`) and stores `product` as a new version (administrators only); returns the version.
    @discardableResult
    public func save(_ product: LoanProduct, by actor: Operator) throws(LocalizedMessage) -> Int {
        var product = product
        product.code = Self.normalized(product.code)
        product.nameEnglish = product.nameEnglish.trimmingCharacters(in: .whitespaces)
        product.nameChinese = product.nameChinese.trimmingCharacters(in: .whitespaces)
        if let first = Self.problems(product).first { throw first }
        let stored = product
        return try context.write {
            let admin = try context.requireActor(actor, .branchSettings)
            let version = try repository.save(stored, by: admin.id, at: context.clock.now())
            try context.record("loan.product.saved", by: admin.id, subject: stored.code,
                               detail: "version \(version) \(stored.active ? "active" : "inactive") rate \(stored.ratePPM)ppm "
                                   + "\(stored.minimumAmount)-\(stored.maximumAmount) \(stored.minimumMonths)-\(stored.maximumMonths)m")
            return version
        }
    }

    /// Readers are the loan desk and the administrators who define products.
    func requireReader(_ actor: Operator) throws -> Operator {
        let reader = try context.requireActor(actor, nil)
        guard reader.role.may(.loans) || reader.role.may(.branchSettings) else {
            throw LocalizedMessage(.errorForbidden, Permission.loans.rawValue)
        }
        return reader
    }

    /// Codes are stored upper-case without surrounding spaces.
    static func normalized(_ code: String) -> String { code.trimmingCharacters(in: .whitespaces).uppercased() }

    /// The name of a checklist document in words.
    public static func name(of document: LoanDocument) -> StringKey0 {
        switch document {
        case .identityDocument: return .loanDocument_identity_document
        case .proofOfIncome: return .loanDocument_proof_of_income
        case .employmentLetter: return .loanDocument_employment_letter
        case .bankStatements: return .loanDocument_bank_statements
        case .collateralTitle: return .loanDocument_collateral_title
        case .appraisalReport: return .loanDocument_appraisal_report
        case .businessLicence: return .loanDocument_business_licence
        case .purchaseContract: return .loanDocument_purchase_contract
        }
    }

    /// The name of a kind of collateral in words.
    public static func name(of kind: CollateralKind) -> StringKey0 {
        switch kind {
        case .realEstate: return .loanCollateral_real_estate
        case .vehicle: return .loanCollateral_vehicle
        case .timeDeposit: return .loanCollateral_time_deposit
        case .securities: return .loanCollateral_securities
        case .equipment: return .loanCollateral_equipment
        }
    }

    /// The name of a repayment method as a message key (`LoanCalculator.name` gives the text).
    static func key(of method: RepaymentMethod) -> StringKey0 {
        switch method {
        case .equalInstalment: return .loanMethodEqualInstalment
        case .equalPrincipal: return .loanMethodEqualPrincipal
        case .interestOnly: return .loanMethodInterestOnly
        }
    }
}
