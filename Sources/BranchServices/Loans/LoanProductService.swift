import BankCore
import Foundation
import Localization

/// The loan products the branch offers (issue 15). Administrators define
/// them; each save is a new version, and applications and loans keep the
/// version they were made under, so a change never alters a signed loan.
/// OWNER: origination helper.
public struct LoanProductService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Every product, current version, active first then by code.
    public func products(includeInactive: Bool = false, by actor: Operator) throws(LocalizedMessage) -> [LoanProduct] {
        throw LocalizedMessage(.unexpectedError, "loan products not built yet")
    }

    /// The current version of `code`, or nil.
    public func product(code: String, by actor: Operator) throws(LocalizedMessage) -> LoanProduct? {
        throw LocalizedMessage(.unexpectedError, "loan products not built yet")
    }

    /// Validates (`problems`) and stores `product` as a new version (administrators only); returns the version.
    @discardableResult
    public func save(_ product: LoanProduct, by actor: Operator) throws(LocalizedMessage) -> Int {
        throw LocalizedMessage(.unexpectedError, "loan products not built yet")
    }

    /// What is wrong with a product definition, each with the rule and the figure; empty when it may be saved.
    public static func problems(_ product: LoanProduct) -> [LocalizedMessage] { [] }
}
