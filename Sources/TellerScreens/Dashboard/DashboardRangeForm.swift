import BankCore
import Foundation
import Localization
import TerminalUI

/// The dashboard's "choose dates" form: the period's first and last dates,
/// and optionally the dates of the period to compare with (blank: the
/// period just before). Dates are local calendar days, both included.
struct DashboardRangeForm {
    private(set) var form: Form

    init(period: KPIPeriod) {
        form = Form(fields: [
            .text("from", "", period.firstDate.description, maxLength: 10, filter: .any, required: false),
            .text("to", "", period.lastDate.description, maxLength: 10, filter: .any, required: false),
            .text("compareFrom", "", maxLength: 10, filter: .any, required: false),
            .text("compareTo", "", maxLength: 10, filter: .any, required: false),
        ], labelWidth: 16, requiredMessage: "")
        form.compact = true
    }

    /// Passes a key to the form; once submitted and valid, returns the period and the comparison period
    /// (nil: the period before).
    mutating func handle(_ key: Key, timeZone: TimeZone, strings s: Strings) -> (KPIPeriod, KPIPeriod?)? {
        var dates: [String: BusinessDate] = [:]
        let event = form.handle(key) { id, raw in
            let value = raw.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { return id == "from" || id == "to" ? s(.dashboardDateRequired) : nil }
            guard let date = BusinessDate(value) else { return s(.dashboardDateInvalid) }
            dates[id] = date
            return nil
        }
        guard event == .submit, let from = dates["from"], let to = dates["to"] else { return nil }
        guard let period = KPIPeriod.dates(from: from, to: to, timeZone: timeZone) else {
            form.setError("to", s(.dashboardDateOrder))
            return nil
        }
        switch (dates["compareFrom"], dates["compareTo"]) {
        case (nil, nil):
            return (period, nil)
        case let (compareFrom?, compareTo?):
            guard let other = KPIPeriod.dates(from: compareFrom, to: compareTo, timeZone: timeZone) else {
                form.setError("compareTo", s(.dashboardDateOrder))
                return nil
            }
            return (period, other)
        default:
            form.setError(dates["compareFrom"] == nil ? "compareFrom" : "compareTo", s(.dashboardCompareIncomplete))
            return nil
        }
    }

    mutating func render(into buffer: inout CellBuffer, at rect: Rect, session: Session) -> Point? {
        form.relabel(session.strings, ["from": .dashboardFrom, "to": .dashboardTo, "compareFrom": .dashboardCompareFrom,
                                       "compareTo": .dashboardCompareTo],
                     hints: ["from": .dashboardDateHint, "to": .dashboardDateHint, "compareFrom": .dashboardCompareHint,
                             "compareTo": .dashboardCompareHint])
        return form.render(into: &buffer, at: rect)
    }

    var height: Int { form.height }
}
