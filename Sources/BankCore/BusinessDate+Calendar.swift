extension BusinessDate {
    /// The same day `months` later, or that month's last day when it is
    /// shorter (31 January + 1 month = 28 or 29 February; + 2 months = 31 March).
    public func adding(months: Int) -> BusinessDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        return BusinessDate(year: newYear, month: newMonth, day: min(day, BusinessDate.daysIn(month: newMonth, year: newYear)))!
    }

    /// Whole days from this date to `later` (negative when `later` is earlier).
    public func days(until later: BusinessDate) -> Int { later.dayNumber - dayNumber }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar, for differences between dates.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }
}
