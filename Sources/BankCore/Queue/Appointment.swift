import Foundation

/// Where an appointment stands on its day.
public enum AppointmentStatus: String, CaseIterable, Sendable, Codable {
    case booked
    case arrived
    case missed
    case cancelled
}

/// A booked visit: a customer expected at a time for a purpose, possibly
/// with their dedicated account manager.
public struct Appointment: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var customerID: Int64
    public var businessDate: BusinessDate
    /// Local time of day, `HH:mm`.
    public var time: String
    public var businessType: BusinessType
    public var purpose: String
    public var status: AppointmentStatus
    public var accountManagerID: Int64?
    public var ticketID: Int64?

    public init(id: Int64, customerID: Int64, businessDate: BusinessDate, time: String, businessType: BusinessType,
                purpose: String, status: AppointmentStatus = .booked, accountManagerID: Int64? = nil, ticketID: Int64? = nil) {
        self.id = id
        self.customerID = customerID
        self.businessDate = businessDate
        self.time = time
        self.businessType = businessType
        self.purpose = purpose
        self.status = status
        self.accountManagerID = accountManagerID
        self.ticketID = ticketID
    }

    /// Minutes from the booked time to `time` (`HH:mm`) on `date`: negative
    /// before it, whole days counted for an appointment of an earlier date;
    /// nil when either time is not `HH:mm`.
    public func minutesPast(date: BusinessDate, time now: String) -> Int? {
        guard let booked = Self.minutes(time), let current = Self.minutes(now) else { return nil }
        return businessDate.days(until: date) * 24 * 60 + current - booked
    }

    /// `HH:mm` as minutes after midnight, nil when not a valid time.
    static func minutes(_ text: String) -> Int? {
        guard isValidTime(text) else { return nil }
        let parts = text.split(separator: ":")
        return (Int(parts[0]) ?? 0) * 60 + (Int(parts[1]) ?? 0)
    }

    /// True for `HH:mm` between 00:00 and 23:59.
    public static func isValidTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}

/// One stored queue event, the raw material for wait, handling-time,
/// no-show and satisfaction figures.
public struct QueueEvent: Sendable, Equatable {
    public var ticketID: Int64
    public var at: Double
    public var kind: QueueEventKind
    public var businessType: BusinessType
    public var operatorID: Int64?
    public var counterID: Int64?
    public var detail: String

    public init(ticketID: Int64, at: Double, kind: QueueEventKind, businessType: BusinessType, operatorID: Int64?,
                counterID: Int64?, detail: String) {
        self.ticketID = ticketID
        self.at = at
        self.kind = kind
        self.businessType = businessType
        self.operatorID = operatorID
        self.counterID = counterID
        self.detail = detail
    }
}
