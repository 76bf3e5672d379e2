import Foundation

/// A bank account as the bank holds it. Balances are integers in the currency's minor unit.
public struct AccountRecord: Sendable, Equatable {
    public var id: Int64
    public var number: String
    public var customerID: Int64
    public var type: AccountType
    public var currency: Currency
    public var status: AccountStatus
    public var balance: Int64
    public var openedAt: Date
    /// How far below zero the balance may go (0: never negative).
    public var overdraftLimit: Int64 = 0

    public init(id: Int64, number: String, customerID: Int64, type: AccountType, currency: Currency,
                status: AccountStatus, balance: Int64, openedAt: Date, overdraftLimit: Int64 = 0) {
        self.id = id
        self.number = number
        self.customerID = customerID
        self.type = type
        self.currency = currency
        self.status = status
        self.balance = balance
        self.openedAt = openedAt
        self.overdraftLimit = overdraftLimit
    }
}
