import Foundation

/// One journal entry as stored: one business operation, whose postings sum to zero.
public struct JournalEntryRecord: Sendable, Equatable {
    public var id: Int64
    public var kind: EntryKind
    public var idempotencyKey: String
    public var requestHash: String
    public var businessDate: BusinessDate
    public var currency: Currency
    public var amount: Int64
    public var customerID: Int64?
    /// The customer account the operation is about (the payer for transfers).
    public var accountID: Int64?
    /// The other customer account of an internal transfer (the payee).
    public var counterAccountID: Int64?
    public var makerID: Int64
    public var approverID: Int64?
    public var approvalReason: String
    public var reversesID: Int64?
    public var ticketID: Int64?
    public var memo: String
    /// Free text kept with the entry (payee, purpose, cash breakdown).
    public var detail: String
    public var at: Date

    public init(id: Int64 = 0, kind: EntryKind, idempotencyKey: String, requestHash: String, businessDate: BusinessDate,
                currency: Currency, amount: Int64, customerID: Int64? = nil, accountID: Int64? = nil,
                counterAccountID: Int64? = nil, makerID: Int64, approverID: Int64? = nil, approvalReason: String = "",
                reversesID: Int64? = nil, ticketID: Int64? = nil, memo: String = "", detail: String = "", at: Date) {
        self.id = id
        self.kind = kind
        self.idempotencyKey = idempotencyKey
        self.requestHash = requestHash
        self.businessDate = businessDate
        self.currency = currency
        self.amount = amount
        self.customerID = customerID
        self.accountID = accountID
        self.counterAccountID = counterAccountID
        self.makerID = makerID
        self.approverID = approverID
        self.approvalReason = approvalReason
        self.reversesID = reversesID
        self.ticketID = ticketID
        self.memo = memo
        self.detail = detail
        self.at = at
    }
}
