/// What a counter is doing; the board and the wait estimates use it.
public enum CounterState: String, CaseIterable, Sendable, Codable {
    case open
    case onBreak = "break"
    case serving
    case closed

    /// Open and serving counters take customers; a break or closed counter does not.
    public var takesCustomers: Bool { self == .open || self == .serving }
}

/// A service window in the branch, with the business types it serves.
public struct Counter: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var number: Int
    public var serves: Set<BusinessType>
    public var state: CounterState
    public var operatorID: Int64?
    public var currentTicketID: Int64?
    public var priorityStreak: Int

    public init(id: Int64, number: Int, serves: Set<BusinessType>, state: CounterState = .closed, operatorID: Int64? = nil,
                currentTicketID: Int64? = nil, priorityStreak: Int = 0) {
        self.id = id
        self.number = number
        self.serves = serves
        self.state = state
        self.operatorID = operatorID
        self.currentTicketID = currentTicketID
        self.priorityStreak = priorityStreak
    }
}

/// Kinds of queue event; each is stored with time, operator and counter.
public enum QueueEventKind: String, CaseIterable, Sendable, Codable {
    case issued
    case called
    case recalled
    case transferred
    case started
    case finished
    case noShow = "no_show"
    case left
    case satisfaction
}
