import Foundation

/// The stretch of time a KPI figure covers: the half-open interval
/// [start, end) of wall-clock instants. Calendar periods (a business day, a
/// month, a year, a range of dates) start and end at local midnight in the
/// given time zone (the process's own by default); arbitrary instants are
/// allowed too, so a night shift from 22:00 to 02:00 is one period.
public struct KPIPeriod: Sendable, Hashable {
    /// How the period was chosen: it decides its label and what "the period before" means.
    public enum Span: Sendable, Hashable {
        case day
        case month
        case year
        /// From one date to another, both included.
        case dates
        /// Any two instants.
        case instants
    }

    public let start: Date
    public let end: Date
    public let span: Span
    public let timeZone: TimeZone

    /// Any two instants, start included and end excluded; nil unless start < end.
    public init?(start: Date, end: Date, timeZone: TimeZone = .current) {
        self.init(start: start, end: end, span: .instants, timeZone: timeZone)
    }

    private init?(start: Date, end: Date, span: Span, timeZone: TimeZone) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
        self.span = span
        self.timeZone = timeZone
    }

    /// True when `instant` falls in [start, end).
    public func contains(_ instant: Date) -> Bool { instant >= start && instant < end }

    /// The local calendar in `timeZone`.
    public static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// Local midnight at the start of `date`.
    static func midnight(_ date: BusinessDate, _ calendar: Calendar) -> Date {
        calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// One business day: local midnight to the next local midnight.
    public static func day(_ date: BusinessDate, timeZone: TimeZone = .current) -> KPIPeriod {
        dates(from: date, to: date, timeZone: timeZone).map {
            KPIPeriod(start: $0.start, end: $0.end, span: .day, timeZone: timeZone)!
        }!
    }

    /// From the local midnight starting `from` to the local midnight ending `to` (both dates included);
    /// nil when `to` is before `from`.
    public static func dates(from: BusinessDate, to: BusinessDate, timeZone: TimeZone = .current) -> KPIPeriod? {
        guard from <= to else { return nil }
        let calendar = calendar(timeZone)
        let start = midnight(from, calendar)
        let lastMidnight = midnight(to, calendar)
        guard let end = calendar.date(byAdding: .day, value: 1, to: lastMidnight) else { return nil }
        return KPIPeriod(start: start, end: end, span: .dates, timeZone: timeZone)
    }

    /// A calendar month; nil for a month that does not exist.
    public static func month(year: Int, month: Int, timeZone: TimeZone = .current) -> KPIPeriod? {
        guard let first = BusinessDate(year: year, month: month, day: 1) else { return nil }
        let calendar = calendar(timeZone)
        let start = midnight(first, calendar)
        guard let end = calendar.date(byAdding: .month, value: 1, to: start) else { return nil }
        return KPIPeriod(start: start, end: end, span: .month, timeZone: timeZone)
    }

    /// A calendar year; nil outside 1900–9999.
    public static func year(_ year: Int, timeZone: TimeZone = .current) -> KPIPeriod? {
        guard let first = BusinessDate(year: year, month: 1, day: 1) else { return nil }
        let calendar = calendar(timeZone)
        let start = midnight(first, calendar)
        guard let end = calendar.date(byAdding: .year, value: 1, to: start) else { return nil }
        return KPIPeriod(start: start, end: end, span: .year, timeZone: timeZone)
    }

    /// The business day containing `instant`.
    public static func today(_ instant: Date, timeZone: TimeZone = .current) -> KPIPeriod {
        day(BusinessDate(date: instant, timeZone: timeZone), timeZone: timeZone)
    }

    /// The calendar month containing `instant`.
    public static func thisMonth(_ instant: Date, timeZone: TimeZone = .current) -> KPIPeriod {
        let date = BusinessDate(date: instant, timeZone: timeZone)
        return month(year: date.year, month: date.month, timeZone: timeZone) ?? today(instant, timeZone: timeZone)
    }

    /// The calendar year containing `instant`.
    public static func thisYear(_ instant: Date, timeZone: TimeZone = .current) -> KPIPeriod {
        let date = BusinessDate(date: instant, timeZone: timeZone)
        return year(date.year, timeZone: timeZone) ?? today(instant, timeZone: timeZone)
    }

    /// The first and last local dates the period touches (the last is the date of the instant just before `end`).
    public var firstDate: BusinessDate { BusinessDate(date: start, timeZone: timeZone) }
    public var lastDate: BusinessDate { BusinessDate(date: end.addingTimeInterval(-0.001), timeZone: timeZone) }

    /// The period just before this one, of the same kind: yesterday, last month, last year; for
    /// date ranges the same number of days before; for instants the same length before.
    public var previous: KPIPeriod {
        let calendar = Self.calendar(timeZone)
        switch span {
        case .day:
            return Self.day(calendar.date(byAdding: .day, value: -1, to: start).map { BusinessDate(date: $0, timeZone: timeZone) } ?? firstDate,
                            timeZone: timeZone)
        case .month:
            let back = calendar.date(byAdding: .month, value: -1, to: start) ?? start
            return Self.thisMonth(back, timeZone: timeZone)
        case .year:
            return Self.year(firstDate.year - 1, timeZone: timeZone) ?? self
        case .dates:
            let days = (calendar.dateComponents([.day], from: start, to: end).day ?? 1)
            let newStart = calendar.date(byAdding: .day, value: -days, to: start) ?? start
            return KPIPeriod(start: newStart, end: start, span: .dates, timeZone: timeZone) ?? self
        case .instants:
            let length = end.timeIntervalSince(start)
            return KPIPeriod(start: start.addingTimeInterval(-length), end: start, span: .instants, timeZone: timeZone) ?? self
        }
    }

    /// A short label: `2026-03-02`, `2026-03`, `2026`, `2026-03-01..2026-03-07`, or local times for instants.
    public var label: String {
        switch span {
        case .day: return firstDate.description
        case .month: return String(format: "%04d-%02d", firstDate.year, firstDate.month)
        case .year: return String(format: "%04d", firstDate.year)
        case .dates: return firstDate == lastDate ? firstDate.description : "\(firstDate)..\(lastDate)"
        case .instants:
            let calendar = Self.calendar(timeZone)
            func text(_ date: Date) -> String {
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
            }
            return "\(text(start))..\(text(end))"
        }
    }
}
