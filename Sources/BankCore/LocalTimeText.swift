import Foundation

/// Local dates and times as people read them, built from calendar
/// components. A `DateFormatter` made for each text cost more than the rest
/// of a screen redraw or of a posting's work, and screens redraw on every key.
public enum LocalTimeText {
    /// "HH:mm".
    public static func hoursMinutes(_ date: Date, calendar: Calendar = .current) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return pad(c.hour) + ":" + pad(c.minute)
    }

    /// "MM-dd HH:mm".
    public static func monthDayTime(_ date: Date, calendar: Calendar = .current) -> String {
        let c = calendar.dateComponents([.month, .day, .hour, .minute], from: date)
        return pad(c.month) + "-" + pad(c.day) + " " + pad(c.hour) + ":" + pad(c.minute)
    }

    /// "yyyy-MM-dd HH:mm".
    public static func dateMinutes(_ date: Date, calendar: Calendar = .current) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(c.year ?? 0) + "-" + pad(c.month) + "-" + pad(c.day) + " " + pad(c.hour) + ":" + pad(c.minute)
    }

    /// "yyyy-MM-dd HH:mm:ss".
    public static func dateTime(_ date: Date, calendar: Calendar = .current) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(c.year ?? 0) + "-" + pad(c.month) + "-" + pad(c.day) + " " + pad(c.hour) + ":" + pad(c.minute) + ":" + pad(c.second)
    }

    /// Two digits, zero-padded.
    static func pad(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0" + String(value) : String(value)
    }
}
