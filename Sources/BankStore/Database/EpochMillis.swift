import Foundation

/// Times are stored as INTEGER milliseconds since 1970-01-01 UTC: exact,
/// sortable and free of time-zone ambiguity.
enum EpochMillis {
    /// Rounds to the nearest millisecond, so `from(date(m)) == m` for every stored value.
    static func from(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(_ millis: Int64) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }
}

extension SQLValue {
    /// A date as epoch milliseconds (UTC).
    init(millis date: Date) { self = .integer(EpochMillis.from(date)) }
    /// An optional date as epoch milliseconds, or NULL.
    init(millis date: Date?) { self = date.map { SQLValue(millis: $0) } ?? .null }
}

extension Row {
    /// The epoch-milliseconds column `name` as a Date.
    func date(_ name: String) -> Date? { int(name).map(EpochMillis.date) }
}
