/// One freeze on an account as stored.
public struct FreezeRecord: Sendable, Equatable {
    public var id: Int64
    public var accountID: Int64
    public var type: FreezeType
    /// Nil: the whole account.
    public var amount: Int64?
    public var expiresOn: BusinessDate?
    public var documentNumber: String
    public var reason: String
    public var placedBy: Int64
    public var liftedBy: Int64?

    public init(id: Int64, accountID: Int64, type: FreezeType, amount: Int64?, expiresOn: BusinessDate?, documentNumber: String,
                reason: String, placedBy: Int64, liftedBy: Int64? = nil) {
        self.id = id
        self.accountID = accountID
        self.type = type
        self.amount = amount
        self.expiresOn = expiresOn
        self.documentNumber = documentNumber
        self.reason = reason
        self.placedBy = placedBy
        self.liftedBy = liftedBy
    }

    /// In force on `date`: not lifted and not past its expiry.
    public func isActive(on date: BusinessDate) -> Bool { liftedBy == nil && (expiresOn.map { $0 >= date } ?? true) }
}
