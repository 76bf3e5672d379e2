import Foundation

/// A customer-care follow-up task.
public struct CareTaskRecord: Sendable, Equatable {
    public var id: Int64
    public var kind: CareTaskKind
    public var customerID: Int64?
    public var complaintID: Int64?
    public var accountID: Int64?
    public var note: String
    public var dueDate: BusinessDate
    public var status: String
    public var outcome: String
    public var assignedTo: Int64?
    /// The loan of a `loan_overdue` follow-up (opened by the day end), nil for every other kind.
    public var loanID: Int64?

    public init(id: Int64, kind: CareTaskKind, customerID: Int64? = nil, complaintID: Int64? = nil,
                accountID: Int64? = nil, note: String, dueDate: BusinessDate, status: String, outcome: String,
                assignedTo: Int64? = nil, loanID: Int64? = nil) {
        self.id = id
        self.kind = kind
        self.customerID = customerID
        self.complaintID = complaintID
        self.accountID = accountID
        self.note = note
        self.dueDate = dueDate
        self.status = status
        self.outcome = outcome
        self.assignedTo = assignedTo
        self.loanID = loanID
    }
}
