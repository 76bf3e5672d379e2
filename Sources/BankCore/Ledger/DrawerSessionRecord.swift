import Foundation

/// A teller's drawer for one business day, from opening float to sign-off.
public struct DrawerSessionRecord: Sendable, Equatable {
    public enum Status: String, Sendable { case open, counted, closed }
    public var id: Int64
    public var operatorID: Int64
    public var internalID: Int64
    public var businessDate: BusinessDate
    public var status: Status
    public var verifiedBy: Int64
    /// The blind count, once made.
    public var counted: CashBreakdown?
    public var countedTotal: Int64?
    public var expectedTotal: Int64?
    public var signedOffBy: Int64?
    /// Counted minus expected, once signed off: positive over, negative short.
    public var variance: Int64?

    public init(id: Int64, operatorID: Int64, internalID: Int64, businessDate: BusinessDate, status: Status,
                verifiedBy: Int64, counted: CashBreakdown? = nil, countedTotal: Int64? = nil,
                expectedTotal: Int64? = nil, signedOffBy: Int64? = nil, variance: Int64? = nil) {
        self.id = id
        self.operatorID = operatorID
        self.internalID = internalID
        self.businessDate = businessDate
        self.status = status
        self.verifiedBy = verifiedBy
        self.counted = counted
        self.countedTotal = countedTotal
        self.expectedTotal = expectedTotal
        self.signedOffBy = signedOffBy
        self.variance = variance
    }
}
