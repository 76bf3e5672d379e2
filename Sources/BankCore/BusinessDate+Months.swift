extension BusinessDate {
    /// The same day `months` later, or that month's last day when it is
    /// shorter (31 January + 1 month = 28 or 29 February; + 2 months = 31 March).
    public func adding(months: Int) -> BusinessDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        return BusinessDate(year: newYear, month: newMonth, day: min(day, BusinessDate.daysIn(month: newMonth, year: newYear)))!
    }
}
