import Foundation

/// The deadline rules in force, which are configuration: days to respond on
/// each track (simple 15, extended 30, exceptional 60 by default), counted
/// from receipt, and how many days before the deadline a complaint is "due soon".
public struct ComplaintDeadlines: Sendable, Equatable {
    public var simpleDays: Int
    public var extendedDays: Int
    public var exceptionalDays: Int
    public var dueSoonDays: Int

    public init(simpleDays: Int, extendedDays: Int, exceptionalDays: Int, dueSoonDays: Int) {
        self.simpleDays = simpleDays
        self.extendedDays = extendedDays
        self.exceptionalDays = exceptionalDays
        self.dueSoonDays = dueSoonDays
    }

    public static let standard = ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 3)

    /// Whether the rules make sense: each track at least as long as the one
    /// before, and the due-soon window shorter than a simple case (or everything is due soon at once).
    public var isValid: Bool {
        simpleDays >= 1 && extendedDays >= simpleDays && exceptionalDays >= extendedDays && dueSoonDays >= 0
            && dueSoonDays < simpleDays
    }

    public func days(for track: ComplaintTrack) -> Int {
        switch track {
        case .simple: return simpleDays
        case .extended: return extendedDays
        case .exceptional: return exceptionalDays
        }
    }

    /// The moment a response is due: receipt plus the track's days.
    public func due(receivedAt: Date, track: ComplaintTrack) -> Date {
        receivedAt.addingTimeInterval(TimeInterval(days(for: track)) * 86_400)
    }

    /// `moment`'s time of day on the business day `day`: the instant deadlines count from and are
    /// judged at, so a complaint numbered on a business date is received, due and overdue by that
    /// same date even when the clock's calendar day differs (the day not moved on yet, a training
    /// branch set to another day). The same instant when the clock's day is the business day.
    public static func onBusinessDay(_ moment: Date, _ day: BusinessDate, timeZone: TimeZone = .current) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let clockDay = BusinessDate(date: moment, timeZone: timeZone)
        guard clockDay != day,
              let from = calendar.date(from: DateComponents(year: clockDay.year, month: clockDay.month, day: clockDay.day)),
              let to = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)),
              let days = calendar.dateComponents([.day], from: from, to: to).day,
              let moved = calendar.date(byAdding: .day, value: days, to: moment) else { return moment }
        return moved
    }

    /// Overdue: still waiting for a response after the deadline.
    public func isOverdue(status: ComplaintStatus, dueAt: Date, now: Date) -> Bool {
        status.awaitsResponse && now > dueAt
    }

    /// Due soon: still waiting, not overdue, and the deadline within `dueSoonDays`.
    public func isDueSoon(status: ComplaintStatus, dueAt: Date, now: Date) -> Bool {
        status.awaitsResponse && now <= dueAt && dueAt.timeIntervalSince(now) <= TimeInterval(dueSoonDays) * 86_400
    }
}
