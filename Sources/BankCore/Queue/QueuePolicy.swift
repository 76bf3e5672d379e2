/// The rule that decides which waiting ticket a counter calls next.
///
/// 1. A ticket transferred to this counter in particular comes first
///    (oldest first).
/// 2. Otherwise, among tickets whose business type the counter serves:
///    priority tickets (V) go first, oldest first — but after `priorityBurst`
///    priority calls in a row at this counter, if a regular ticket is
///    waiting, the regular ticket that has waited longest is called. So a
///    steady stream of priority customers can never starve everyone else.
/// 3. Regular tickets are served in order of arrival (transfers keep their
///    original arrival time).
public struct QueuePolicy: Sendable, Equatable {
    public var priorityBurst: Int

    public static let standard = QueuePolicy(priorityBurst: 3)

    public init(priorityBurst: Int) { self.priorityBurst = max(1, priorityBurst) }

    /// A ticket as the policy sees it.
    public struct Candidate: Sendable, Equatable {
        public var ticketID: Int64
        public var businessType: BusinessType
        public var isPriority: Bool
        public var targetCounterID: Int64?
        /// Arrival order: issue time in milliseconds (ties broken by id).
        public var arrival: Int64

        public init(ticketID: Int64, businessType: BusinessType, isPriority: Bool, targetCounterID: Int64?, arrival: Int64) {
            self.ticketID = ticketID
            self.businessType = businessType
            self.isPriority = isPriority
            self.targetCounterID = targetCounterID
            self.arrival = arrival
        }
    }

    /// The ticket to call, or nil when nothing this counter serves is waiting.
    /// `priorityStreak` is how many priority tickets this counter called in a row.
    public func next(waiting: [Candidate], counterID: Int64, serves: Set<BusinessType>, priorityStreak: Int) -> Candidate? {
        func older(_ a: Candidate, _ b: Candidate) -> Bool { (a.arrival, a.ticketID) < (b.arrival, b.ticketID) }
        let targeted = waiting.filter { $0.targetCounterID == counterID }
        if let first = targeted.min(by: older) { return first }
        let eligible = waiting.filter { $0.targetCounterID == nil && serves.contains($0.businessType) }
        let priority = eligible.filter(\.isPriority).min(by: older)
        let regular = eligible.filter { !$0.isPriority }.min(by: older)
        if let priority, priorityStreak < priorityBurst || regular == nil { return priority }
        return regular ?? priority
    }

    /// The streak after calling `ticket`.
    public func streak(after ticket: Candidate, previous: Int) -> Int {
        ticket.isPriority ? previous + 1 : 0
    }
}
