/// Every KPI figure for one period or one slice of it (a business type, a
/// counter, an operator), computed from the stored facts by the documented
/// definitions. Any ratio with a zero denominator is nil ("no data").
public struct KPIFigures: Sendable, Equatable {
    public var tickets: TicketFacts
    /// Nil where operations cannot be attributed (per business type and per counter).
    public var operations: OperationFacts?
    public var complaints: ComplaintFacts

    public init(tickets: TicketFacts = TicketFacts(), operations: OperationFacts? = OperationFacts(),
                complaints: ComplaintFacts = ComplaintFacts()) {
        self.tickets = tickets
        self.operations = operations
        self.complaints = complaints
    }

    /// Average of called_at − issued_at over tickets that were called, in seconds.
    public var averageWaitSeconds: Double? { KPIRatio.averageSeconds(totalMillis: tickets.waitTotalMillis, count: tickets.waits) }
    /// Nearest-rank 90th percentile of the same waits, in seconds.
    public var p90WaitSeconds: Double? { tickets.p90WaitMillis.map { Double($0) / 1000 } }
    /// Average of finished_at − started_at over served tickets with both, in seconds.
    public var averageHandlingSeconds: Double? {
        KPIRatio.averageSeconds(totalMillis: tickets.handlingTotalMillis, count: tickets.handlings)
    }
    /// no_show outcomes ÷ tickets with any outcome.
    public var noShowRate: Double? { KPIRatio.of(tickets.noShows, tickets.withOutcome) }
    /// Tickets that gave a satisfaction score.
    public var satisfactionCount: Int { tickets.satisfaction.reduce(0, +) }
    /// Average satisfaction (1–5) over tickets that gave one.
    public var satisfactionAverage: Double? {
        let weighted = tickets.satisfaction.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return KPIRatio.of(weighted, satisfactionCount)
    }
    /// (reversals + refused operations + drawer variances) ÷ operations.
    public var errorRate: Double? { operations.flatMap { KPIRatio.of($0.errors, $0.operations) } }
    /// Complaints received ÷ tickets served × 1000.
    public var complaintsPerThousandServed: Double? { KPIRatio.perThousand(complaints.received, tickets.served) }
    /// Complaints received in the period now responded or closed ÷ complaints received.
    public var resolutionRate: Double? { KPIRatio.of(complaints.resolved, complaints.received) }
    /// Of those responded or closed, the share responded by their due time.
    public var onTimeRate: Double? { KPIRatio.of(complaints.onTime, complaints.resolved) }

    /// The value of one figure; nil when it has no data (or does not apply to this slice).
    public func value(_ figure: KPIFigure) -> Double? {
        switch figure {
        case .ticketsIssued: return Double(tickets.issued)
        case .ticketsServed: return Double(tickets.served)
        case .averageWait: return averageWaitSeconds
        case .p90Wait: return p90WaitSeconds
        case .averageHandling: return averageHandlingSeconds
        case .noShowRate: return noShowRate
        case .satisfactionAverage: return satisfactionAverage
        case .satisfactionResponses: return Double(satisfactionCount)
        case .operations: return operations.map { Double($0.operations) }
        case .reversals: return operations.map { Double($0.reversals) }
        case .refusals: return operations.map { Double($0.refusals) }
        case .drawerVariances: return operations.map { Double($0.drawerVariances) }
        case .errors: return operations.map { Double($0.errors) }
        case .errorRate: return errorRate
        case .complaintsReceived: return Double(complaints.received)
        case .complaintsPerThousand: return complaintsPerThousandServed
        case .resolutionRate: return resolutionRate
        case .onTimeRate: return onTimeRate
        }
    }
}
