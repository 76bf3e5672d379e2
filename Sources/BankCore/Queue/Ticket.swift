import Foundation

/// Where a ticket is in its life. Every change is also stored as a queue event.
public enum TicketStatus: String, CaseIterable, Sendable, Codable {
    case waiting
    case called
    case serving
    case finished
    case noShow = "no_show"
    case left
}

/// How a visit ended at the counter; every ticket gets one so wait figures stay honest.
public enum ServiceOutcome: String, CaseIterable, Sendable, Codable {
    case served
    case transferred
    case noShow = "no_show"
    case leftBeforeService = "left"
    case referred
}

/// A queue ticket: the number a customer holds while waiting.
public struct Ticket: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var businessDate: BusinessDate
    /// `A`…`E` by business type, `V` for priority.
    public var series: Character
    public var number: Int
    public var businessType: BusinessType
    public var priority: PriorityReason?
    public var customerID: Int64?
    public var status: TicketStatus
    /// When the customer took the ticket; kept through transfers.
    public var issuedAt: Date
    public var calledAt: Date?
    public var counterID: Int64?
    /// Set when the ticket was transferred to one counter in particular.
    public var targetCounterID: Int64?
    public var recalls: Int
    /// The questionnaire answers in a short human-readable form.
    public var needsSummary: String
    public var outcome: ServiceOutcome?
    public var satisfaction: Int?

    public init(id: Int64, businessDate: BusinessDate, series: Character, number: Int, businessType: BusinessType,
                priority: PriorityReason? = nil, customerID: Int64? = nil, status: TicketStatus = .waiting, issuedAt: Date,
                calledAt: Date? = nil, counterID: Int64? = nil, targetCounterID: Int64? = nil, recalls: Int = 0,
                needsSummary: String = "", outcome: ServiceOutcome? = nil, satisfaction: Int? = nil) {
        self.id = id
        self.businessDate = businessDate
        self.series = series
        self.number = number
        self.businessType = businessType
        self.priority = priority
        self.customerID = customerID
        self.status = status
        self.issuedAt = issuedAt
        self.calledAt = calledAt
        self.counterID = counterID
        self.targetCounterID = targetCounterID
        self.recalls = recalls
        self.needsSummary = needsSummary
        self.outcome = outcome
        self.satisfaction = satisfaction
    }

    /// What the customer sees and hears: `A007`, `V012`.
    public var displayNumber: String { Self.displayNumber(series: series, number: number) }

    /// A ticket number as printed and called: the series letter and three digits (`A007`).
    public static func displayNumber(series: Character, number: Int) -> String { String(series) + String(format: "%03d", number) }
    public var isPriority: Bool { priority != nil }
}
