import Foundation

/// A complaint as stored, with its routing, deadline and response.
public struct ComplaintRecord: Sendable, Equatable {
    public var id: Int64
    public var number: String
    public var channel: ComplaintChannel
    public var customerID: Int64?
    public var contact: String
    public var category: ComplaintCategory
    public var severity: ComplaintSeverity
    public var description: String
    public var remedyWanted: String
    public var aboutOperatorID: Int64?
    public var ticketID: Int64?
    public var entryID: Int64?
    public var team: ComplaintTeam
    public var handlerID: Int64?
    public var status: ComplaintStatus
    public var track: ComplaintTrack
    public var businessDate: BusinessDate
    public var receivedAt: Date
    public var dueAt: Date
    public var responseExplanation: String?
    public var responseMonetary: Int64?
    public var responseNonMonetary: String?
    public var remedyEntryID: Int64?
    public var respondedAt: Date?
    public var closedAt: Date?
    public var satisfaction: Int?
    public var createdBy: Int64

    public init(id: Int64, number: String, channel: ComplaintChannel, customerID: Int64?, contact: String,
                category: ComplaintCategory, severity: ComplaintSeverity, description: String, remedyWanted: String,
                aboutOperatorID: Int64?, ticketID: Int64?, entryID: Int64?, team: ComplaintTeam, handlerID: Int64?,
                status: ComplaintStatus, track: ComplaintTrack, businessDate: BusinessDate, receivedAt: Date, dueAt: Date,
                responseExplanation: String?, responseMonetary: Int64?, responseNonMonetary: String?, remedyEntryID: Int64?,
                respondedAt: Date?, closedAt: Date?, satisfaction: Int?, createdBy: Int64) {
        self.id = id
        self.number = number
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
        self.team = team
        self.handlerID = handlerID
        self.status = status
        self.track = track
        self.businessDate = businessDate
        self.receivedAt = receivedAt
        self.dueAt = dueAt
        self.responseExplanation = responseExplanation
        self.responseMonetary = responseMonetary
        self.responseNonMonetary = responseNonMonetary
        self.remedyEntryID = remedyEntryID
        self.respondedAt = respondedAt
        self.closedAt = closedAt
        self.satisfaction = satisfaction
        self.createdBy = createdBy
    }
}
