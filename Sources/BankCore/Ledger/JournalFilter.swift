import Foundation

/// What the electronic journal can be searched by. Nil means any.
public struct JournalFilter: Sendable, Equatable {
    public var from: BusinessDate?
    public var to: BusinessDate?
    public var amount: Int64?
    public var accountID: Int64?
    public var makerID: Int64?

    public init(from: BusinessDate? = nil, to: BusinessDate? = nil, amount: Int64? = nil, accountID: Int64? = nil,
                makerID: Int64? = nil) {
        self.from = from
        self.to = to
        self.amount = amount
        self.accountID = accountID
        self.makerID = makerID
    }
}
