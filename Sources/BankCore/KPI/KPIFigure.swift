import Foundation

/// The figures the dashboard and `teller report` show, in display order,
/// each with a stable identifier (CSV columns, JSON keys) and the kind of
/// number it is, which decides how it is written and how a change in it
/// is expressed.
public enum KPIFigure: String, CaseIterable, Sendable {
    case ticketsIssued = "tickets_issued"
    case ticketsServed = "tickets_served"
    case averageWait = "average_wait_seconds"
    case p90Wait = "p90_wait_seconds"
    case averageHandling = "average_handling_seconds"
    case noShowRate = "no_show_rate"
    case satisfactionAverage = "satisfaction_average"
    case satisfactionResponses = "satisfaction_responses"
    case operations = "operations"
    case reversals = "reversals"
    case refusals = "refused_operations"
    case drawerVariances = "drawer_variances"
    case errors = "operation_errors"
    case errorRate = "operation_error_rate"
    case complaintsReceived = "complaints_received"
    case complaintsPerThousand = "complaints_per_1000_served"
    case resolutionRate = "complaint_resolution_rate"
    case onTimeRate = "complaint_on_time_rate"

    /// What kind of number a figure is.
    public enum Kind: Sendable {
        /// A whole count.
        case count
        /// A duration in seconds, written m:ss or h:mm:ss.
        case seconds
        /// A share from 0 to 1, written as a percentage; its change is in percentage points.
        case share
        /// An average score (satisfaction 1–5), two decimals.
        case score
        /// A rate per thousand, one decimal.
        case perThousand
    }

    public var kind: Kind {
        switch self {
        case .ticketsIssued, .ticketsServed, .satisfactionResponses, .operations, .reversals, .refusals,
             .drawerVariances, .errors, .complaintsReceived: return .count
        case .averageWait, .p90Wait, .averageHandling: return .seconds
        case .noShowRate, .errorRate, .resolutionRate, .onTimeRate: return .share
        case .satisfactionAverage: return .score
        case .complaintsPerThousand: return .perThousand
        }
    }

    /// The figures of a breakdown row (per type, counter or operator).
    public static let breakdown: [KPIFigure] = [
        .ticketsServed, .averageWait, .p90Wait, .averageHandling, .noShowRate, .satisfactionAverage,
        .operations, .errorRate, .complaintsReceived, .complaintsPerThousand, .resolutionRate, .onTimeRate,
    ]

    /// The value as people read it: counts as integers, durations m:ss, shares as
    /// percentages with one decimal, scores with two decimals; "-" for no data.
    public func format(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        switch kind {
        case .count: return String(Int64(value.rounded()))
        case .seconds: return Self.duration(value)
        case .share: return String(format: "%.1f%%", value * 100)
        case .score: return String(format: "%.2f", value)
        case .perThousand: return String(format: "%.1f", value)
        }
    }

    /// A change (after − before) as people read it, with its sign: counts and
    /// durations in their own units, shares in percentage points (`points` is
    /// the unit's name in the reader's language: "pp", "个百分点").
    public func formatChange(_ change: Double?, points: String = "pp") -> String {
        guard let change, change.isFinite else { return "-" }
        let sign = change > 0 ? "+" : (change < 0 ? "-" : "±")
        let size = abs(change)
        switch kind {
        case .count: return sign + String(Int64(size.rounded()))
        case .seconds: return sign + Self.duration(size)
        case .share: return sign + String(format: "%.1f", size * 100) + points
        case .score: return sign + String(format: "%.2f", size)
        case .perThousand: return sign + String(format: "%.1f", size)
        }
    }

    /// Seconds rounded to whole seconds as m:ss, or h:mm:ss from an hour.
    public static func duration(_ seconds: Double) -> String {
        let total = Int64(seconds.rounded())
        let hours = total / 3600, minutes = (total % 3600) / 60, rest = total % 60
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
