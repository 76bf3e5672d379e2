/// Counts and sums about queue tickets issued in a period (or one slice of
/// it), from which the queue figures are computed. Sums are additive, so a
/// slice can be built from finer groups; the 90th-percentile wait is not,
/// and comes separately from the store for each slice.
public struct TicketFacts: Sendable, Equatable {
    /// Tickets whose `issued_at` is in the period.
    public var issued = 0
    /// Of those, outcome 'served'.
    public var served = 0
    /// Of those, any outcome at all (served, transferred, no_show, left, referred).
    public var withOutcome = 0
    /// Of those, outcome 'no_show'.
    public var noShows = 0
    /// Tickets with `called_at`, and the sum of called_at − issued_at in milliseconds.
    public var waits = 0
    public var waitTotalMillis: Int64 = 0
    /// The nearest-rank 90th percentile of those waits, in milliseconds (see `Percentile`).
    public var p90WaitMillis: Int64?
    /// Served tickets with both `started_at` and `finished_at`, and the sum of finished − started.
    public var handlings = 0
    public var handlingTotalMillis: Int64 = 0
    /// How many tickets gave satisfaction 1, 2, 3, 4 and 5 (index 0 is 1).
    public var satisfaction: [Int] = [0, 0, 0, 0, 0]

    public init() {}

    /// Counts one ticket by the queue definitions (README "KPI definitions"): `outcome` is the stored
    /// outcome text, times are epoch milliseconds. Returns its wait (called − issued) when it was
    /// called, for the percentile. False in `fits` when a time or a total does not fit in 64 bits
    /// (a damaged file): the facts are then not to be used.
    @discardableResult
    public mutating func count(outcome: String?, issuedAt: Int64, calledAt: Int64?, startedAt: Int64?, finishedAt: Int64?,
                               satisfaction: Int64?, fits: inout Bool) -> Int64? {
        func sum(_ total: inout Int64, _ later: Int64, _ earlier: Int64) -> Int64 {
            let (difference, under) = later.subtractingReportingOverflow(earlier)
            let (added, over) = total.addingReportingOverflow(difference)
            if under || over { fits = false }
            total = added
            return difference
        }
        issued += 1
        if outcome != nil { withOutcome += 1 }
        if outcome == "served" { served += 1 }
        if outcome == "no_show" { noShows += 1 }
        var wait: Int64?
        if let calledAt {
            waits += 1
            wait = sum(&waitTotalMillis, calledAt, issuedAt)
        }
        if outcome == "served", let startedAt, let finishedAt {
            handlings += 1
            _ = sum(&handlingTotalMillis, finishedAt, startedAt)
        }
        if let satisfaction, (1...5).contains(satisfaction) { self.satisfaction[Int(satisfaction) - 1] += 1 }
        return wait
    }

    /// Adds the additive counts of `other`; the percentile is left for the caller to set.
    public mutating func add(_ other: TicketFacts) {
        issued += other.issued
        served += other.served
        withOutcome += other.withOutcome
        noShows += other.noShows
        waits += other.waits
        waitTotalMillis += other.waitTotalMillis
        handlings += other.handlings
        handlingTotalMillis += other.handlingTotalMillis
        for index in 0..<5 { satisfaction[index] += other.satisfaction[index] }
    }
}

/// Money operations and their errors in a period. Operations are journal
/// entries of kind deposit, withdrawal, transfer or external_transfer with
/// `at` in the period; errors are reversals posted in the period, refused
/// operations logged in the period and drawers closed in the period with a
/// non-zero variance.
public struct OperationFacts: Sendable, Equatable {
    public var operations = 0
    public var reversals = 0
    public var refusals = 0
    public var drawerVariances = 0

    public init(operations: Int = 0, reversals: Int = 0, refusals: Int = 0, drawerVariances: Int = 0) {
        self.operations = operations
        self.reversals = reversals
        self.refusals = refusals
        self.drawerVariances = drawerVariances
    }

    /// Reversals + refused operations + drawer variances.
    public var errors: Int { reversals + refusals + drawerVariances }

    public mutating func add(_ other: OperationFacts) {
        operations += other.operations
        reversals += other.reversals
        refusals += other.refusals
        drawerVariances += other.drawerVariances
    }
}

/// Complaints received in a period (by `received_at`) and what became of them.
public struct ComplaintFacts: Sendable, Equatable {
    public var received = 0
    /// Of those, status responded or closed.
    public var resolved = 0
    /// Of the resolved, responded_at ≤ due_at.
    public var onTime = 0

    public init(received: Int = 0, resolved: Int = 0, onTime: Int = 0) {
        self.received = received
        self.resolved = resolved
        self.onTime = onTime
    }

    public mutating func add(_ other: ComplaintFacts) {
        received += other.received
        resolved += other.resolved
        onTime += other.onTime
    }
}
