import Foundation

/// How a period is cut up for the dashboard's sparklines and `teller report`'s
/// series: by local day up to 31 days, by week (7 days from the start) up to
/// 26 weeks, by calendar month up to ten years, by calendar year beyond.
/// Every bucket is clipped to the period, so the buckets exactly tile it.
public enum KPIBucketSize: String, Sendable, CaseIterable {
    case day
    case week
    case month
    case year

    /// The bucket size for `period`.
    public static func forPeriod(_ period: KPIPeriod) -> KPIBucketSize {
        let days = period.end.timeIntervalSince(period.start) / 86_400
        if days <= 31.5 { return .day }
        if days <= 26 * 7 + 0.5 { return .week }
        if days <= 3_660 { return .month }
        return .year
    }
}

extension KPIPeriod {
    /// The consecutive sub-periods of the series, each [start, end) and clipped to this period.
    public func buckets(_ size: KPIBucketSize? = nil) -> [KPIPeriod] {
        let size = size ?? KPIBucketSize.forPeriod(self)
        let calendar = Self.calendar(timeZone)
        var result: [KPIPeriod] = []
        var cursor = start
        // The first boundary after `cursor`, aligned to the local calendar (weeks count from the start).
        func next(after date: Date) -> Date {
            let local = BusinessDate(date: date, timeZone: timeZone)
            let dayStart = Self.midnight(local, calendar)
            let boundary: Date?
            switch size {
            case .day: boundary = calendar.date(byAdding: .day, value: 1, to: dayStart)
            case .week: boundary = calendar.date(byAdding: .day, value: 7, to: Self.midnight(local, calendar))
            case .month:
                boundary = BusinessDate(year: local.year, month: local.month, day: 1)
                    .flatMap { calendar.date(byAdding: .month, value: 1, to: Self.midnight($0, calendar)) }
            case .year:
                boundary = BusinessDate(year: local.year, month: 1, day: 1)
                    .flatMap { calendar.date(byAdding: .year, value: 1, to: Self.midnight($0, calendar)) }
            }
            guard let boundary, boundary > date else { return date.addingTimeInterval(86_400) }
            return boundary
        }
        while cursor < end, result.count < 1_000 {
            let stop = min(next(after: cursor), end)
            if let bucket = KPIPeriod(start: cursor, end: stop, timeZone: timeZone) { result.append(bucket) }
            cursor = stop
        }
        return result
    }
}
