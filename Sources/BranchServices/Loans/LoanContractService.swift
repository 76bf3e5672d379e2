import BankCore
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

    public func terms(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanContractTerms {
        throw LocalizedMessage(.unexpectedError, "loan contracts not built yet")
    }

    /// Signs the approved application: the loan (status `signed`) with its own copy of the terms.
    public func sign(applicationID: Int64, key: String, by actor: Operator) throws(LocalizedMessage) -> LoanRecord {
        throw LocalizedMessage(.unexpectedError, "loan contracts not built yet")
    }
}
