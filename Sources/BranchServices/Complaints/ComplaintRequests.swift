import BankCore
import Foundation

/// What is taken down when a complaint comes in.
public struct ComplaintIntake: Sendable, Equatable {
    public var channel: ComplaintChannel
    /// Nil for an anonymous complaint.
    public var customerID: Int64?
    /// How to reach an anonymous complainant (optional).
    public var contact: String
    public var category: ComplaintCategory
    public var severity: ComplaintSeverity
    /// In Chinese or English, at least 5 characters.
    public var description: String
    public var remedyWanted: String
    /// The member of staff the complaint is about, if any: they can never handle it.
    public var aboutOperatorID: Int64?
    /// The visit (ticket) and operation (journal entry) it is about, if any.
    public var ticketID: Int64?
    public var entryID: Int64?

    public init(channel: ComplaintChannel, customerID: Int64?, contact: String = "", category: ComplaintCategory,
                severity: ComplaintSeverity, description: String, remedyWanted: String = "", aboutOperatorID: Int64? = nil,
                ticketID: Int64? = nil, entryID: Int64? = nil) {
        self.channel = channel
        self.customerID = customerID
        self.contact = contact
        self.category = category
        self.severity = severity
        self.description = description
        self.remedyWanted = remedyWanted
        self.aboutOperatorID = aboutOperatorID
        self.ticketID = ticketID
        self.entryID = entryID
    }
}

/// The branch's response to a complaint.
public struct ComplaintResponse: Sendable, Equatable {
    public var explanation: String
    /// Money paid to the customer in fen (0 = none), credited to `remedyAccountNumber` through the ledger.
    public var monetaryRemedy: Int64
    public var remedyAccountNumber: String
    public var nonMonetaryRemedy: String

    public init(explanation: String, monetaryRemedy: Int64 = 0, remedyAccountNumber: String = "", nonMonetaryRemedy: String = "") {
        self.explanation = explanation
        self.monetaryRemedy = monetaryRemedy
        self.remedyAccountNumber = remedyAccountNumber
        self.nonMonetaryRemedy = nonMonetaryRemedy
    }
}

/// Which complaints a list shows.
public enum ComplaintList: String, CaseIterable, Sendable {
    /// Everything not closed.
    case open
    /// Still waiting for a response, deadline within the due-soon window.
    case dueSoon
    /// Still waiting for a response after the deadline.
    case overdue
    /// The newest, whatever their status.
    case recent
    /// Not closed and assigned to the reader.
    case mine
}
