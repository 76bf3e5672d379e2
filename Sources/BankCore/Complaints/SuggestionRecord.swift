import Foundation

/// A suggestion from a customer or a member of staff, and its answer once answered and closed.
public struct SuggestionRecord: Sendable, Equatable {
    public var id: Int64
    public var source: String
    public var customerID: Int64?
    public var operatorID: Int64?
    public var channel: String
    public var text: String
    public var createdAt: Date
    /// What the branch made of it; nil while the suggestion is open.
    public var answer: String?
    public var answeredBy: Int64?
    public var answeredAt: Date?

    public init(id: Int64, source: String, customerID: Int64? = nil, operatorID: Int64? = nil, channel: String,
                text: String, createdAt: Date, answer: String? = nil, answeredBy: Int64? = nil, answeredAt: Date? = nil) {
        self.id = id
        self.source = source
        self.customerID = customerID
        self.operatorID = operatorID
        self.channel = channel
        self.text = text
        self.createdAt = createdAt
        self.answer = answer
        self.answeredBy = answeredBy
        self.answeredAt = answeredAt
    }
}
