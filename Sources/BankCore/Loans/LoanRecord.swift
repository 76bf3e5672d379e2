/// A signed loan with its own copy of the terms: the product may change
/// later, the loan never does. Outstanding principal is kept on the row and
/// proved by `teller verify` against the repayments and the receivable.
public struct LoanRecord: Sendable, Hashable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        /// The contract is signed; nothing is paid out yet.
        case signed
        /// Paid out and being repaid.
        case active
        /// Repaid in full.
        case closed
    }

    public var id: Int64
    /// `LN` + business date + sequence, on the contract file and every voucher.
    public var contractNumber: String
    public var applicationID: Int64
    public var customerID: Int64
    public var accountID: Int64
    public var productCode: String
    public var productVersion: Int
    public var principal: Int64
    public var rate: AnnualRate
    public var penaltyRate: AnnualRate
    public var method: RepaymentMethod
    public var months: Int
    public var startDate: BusinessDate
    public var status: Status
    /// Which stored schedule is in force (an early repayment adds a new one).
    public var scheduleVersion: Int
    public var outstandingPrincipal: Int64
    public var contractPath: String
    public var signedBy: Int64
    public var disbursalEntryID: Int64?

    public init(id: Int64, contractNumber: String, applicationID: Int64, customerID: Int64, accountID: Int64, productCode: String,
                productVersion: Int, principal: Int64, rate: AnnualRate, penaltyRate: AnnualRate, method: RepaymentMethod,
                months: Int, startDate: BusinessDate, status: Status, scheduleVersion: Int = 1, outstandingPrincipal: Int64,
                contractPath: String = "", signedBy: Int64, disbursalEntryID: Int64? = nil) {
        self.id = id
        self.contractNumber = contractNumber
        self.applicationID = applicationID
        self.customerID = customerID
        self.accountID = accountID
        self.productCode = productCode
        self.productVersion = productVersion
        self.principal = principal
        self.rate = rate
        self.penaltyRate = penaltyRate
        self.method = method
        self.months = months
        self.startDate = startDate
        self.status = status
        self.scheduleVersion = scheduleVersion
        self.outstandingPrincipal = outstandingPrincipal
        self.contractPath = contractPath
        self.signedBy = signedBy
        self.disbursalEntryID = disbursalEntryID
    }
}
