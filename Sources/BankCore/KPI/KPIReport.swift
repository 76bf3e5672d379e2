/// Which way figures are split: the whole period, or per business type,
/// counter or operator.
public enum KPIDimension: String, Sendable, CaseIterable {
    case overall
    case businessType
    case counter
    case `operator`
}

/// One row of a breakdown: a business type, a counter or an operator, and
/// its figures. `key` is the stored value (type code, counter number,
/// username); empty when the tickets had none (not called to a counter,
/// finished without a recorded operator).
public struct KPISlice: Sendable, Equatable {
    public var key: String
    public var figures: KPIFigures

    public init(key: String, figures: KPIFigures) {
        self.key = key
        self.figures = figures
    }
}

/// One point of the series: tickets served and average wait of the tickets
/// issued in one bucket (a day, week, month or year) of the period.
public struct KPISeriesPoint: Sendable, Equatable {
    public var bucket: KPIPeriod
    public var served: Int
    public var averageWaitSeconds: Double?

    public init(bucket: KPIPeriod, served: Int, averageWaitSeconds: Double?) {
        self.bucket = bucket
        self.served = served
        self.averageWaitSeconds = averageWaitSeconds
    }
}

/// Everything the dashboard and `teller report` show for a period: the
/// overall figures, the three breakdowns and the series. Both read the same
/// value, so they always agree.
///
/// Breakdowns: tickets by `tickets.business_type`, by the number of
/// `tickets.counter_id`'s counter, and by the operator of the ticket's
/// 'finished' queue event. Operations and errors are split only by operator:
/// operations and refusals by their maker, reversals by the maker of the
/// entry reversed, drawer variances by the drawer's teller. Complaints split
/// by the type and counter of their linked ticket and by the operator they
/// are about.
public struct KPIReport: Sendable, Equatable {
    public var period: KPIPeriod
    public var overall: KPIFigures
    public var byBusinessType: [KPISlice]
    public var byCounter: [KPISlice]
    public var byOperator: [KPISlice]
    public var bucketSize: KPIBucketSize
    public var series: [KPISeriesPoint]

    public init(period: KPIPeriod, overall: KPIFigures, byBusinessType: [KPISlice], byCounter: [KPISlice],
                byOperator: [KPISlice], bucketSize: KPIBucketSize, series: [KPISeriesPoint]) {
        self.period = period
        self.overall = overall
        self.byBusinessType = byBusinessType
        self.byCounter = byCounter
        self.byOperator = byOperator
        self.bucketSize = bucketSize
        self.series = series
    }
}
