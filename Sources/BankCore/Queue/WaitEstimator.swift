import Foundation

/// Estimated wait for a business type, as shown on the lobby board and the ticket.
///
/// Method: `wait = people ahead ÷ open counters serving the type × average
/// handling time of the type`. The people ahead are shared among the
/// counters that can serve them and each takes the recent average. "Recent
/// average" is the mean of the last 20 finished services of the type in the
/// last 7 days (start of service to finish); with none, the configured
/// default (5 minutes) is used. A counter counts as open when it is open or
/// serving (not on break, not closed). When no open counter serves the type
/// the estimate is unknown (nil) and the screens say so.
public struct WaitEstimator: Sendable, Equatable {
    public var defaultHandlingTime: TimeInterval

    public static let standard = WaitEstimator(defaultHandlingTime: 5 * 60)
    /// How many recent services the average uses.
    public static let sampleSize = 20
    /// How far back "recent" reaches.
    public static let lookback: TimeInterval = 7 * 24 * 3600

    public init(defaultHandlingTime: TimeInterval) { self.defaultHandlingTime = defaultHandlingTime }

    /// Seconds a newly arriving customer of this type should expect to wait.
    public func estimate(peopleAhead: Int, openCounters: Int, recentHandlingTimes: [TimeInterval]) -> TimeInterval? {
        guard openCounters > 0 else { return nil }
        let average = recentHandlingTimes.isEmpty
            ? defaultHandlingTime
            : recentHandlingTimes.reduce(0, +) / Double(recentHandlingTimes.count)
        return Double(max(0, peopleAhead)) / Double(openCounters) * average
    }

    /// Whole minutes, rounded up, for display.
    public static func minutes(_ seconds: TimeInterval) -> Int { Int((seconds / 60).rounded(.up)) }
}
