/// A credential row whose seal does not prove it (see `CredentialSeal`).
public struct CredentialSealBreach: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Table: String, Sendable { case operators, customerCredentials = "customer_credentials" }
    public let table: Table
    /// The operator's id, or the customer's.
    public let id: Int64
    /// The row has no seal at all (rather than a wrong one).
    public let unsealed: Bool

    public init(table: Table, id: Int64, unsealed: Bool) {
        self.table = table
        self.id = id
        self.unsealed = unsealed
    }

    public var description: String {
        let row = table == .operators
            ? "Operator \(id)'s sign-in record (username, role, active flag or PIN hash)"
            : "Customer \(id)'s credentials (PIN hash or one-time-code secret)"
        return unsealed
            ? "\(row) has no seal, though every record was sealed: it was written outside the program."
            : "\(row) was changed outside the program: its seal does not match."
    }
}
