/// A payee a customer saved for transfers to other banks.
public struct PayeeRecord: Sendable, Equatable {
    public var id: Int64
    public var customerID: Int64
    public var name: String
    public var bank: String
    public var accountNumber: String

    public init(id: Int64, customerID: Int64, name: String, bank: String, accountNumber: String) {
        self.id = id
        self.customerID = customerID
        self.name = name
        self.bank = bank
        self.accountNumber = accountNumber
    }
}
