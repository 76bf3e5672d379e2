import BankCore
import Foundation
import Localization

/// `teller report --compare-from/--compare-to` in the three formats: the
/// comparison of two periods (A the earlier, B the later), every overall
/// figure with its value in each, the change B − A and the relative change.
/// The machine formats use the figures' identifiers and raw values, as the
/// single-period report does.
extension KPIReportFormat {
    public func render(_ comparison: KPIComparison, _ s: Strings) -> String {
        switch self {
        case .table: return Self.table(comparison, s)
        case .csv: return Self.csv(comparison)
        case .json: return Self.json(comparison)
        }
    }

    /// The relative change as people read it, "+12.5%", or "-".
    static func relative(_ change: KPIChange) -> String {
        change.relative.map { String(format: "%+.1f%%", $0 * 100) } ?? "-"
    }

    static func table(_ comparison: KPIComparison, _ s: Strings) -> String {
        func period(_ report: KPIReport) -> String {
            "\(report.period.label) (\(localTime(report.period.start, report.period.timeZone)) – "
                + "\(localTime(report.period.end, report.period.timeZone)))"
        }
        var lines = [s(.reportCompareTitle), s(.dashboardCompareLegendBefore, period(comparison.before)),
                     s(.dashboardCompareLegendAfter, period(comparison.after)), ""]
        let changes = comparison.changes
        let names = changes.map { KPILabels.name($0.figure, s) }
        let rows = changes.map { change in
            [change.figure.format(change.before), change.figure.format(change.after), change.figure.formatChange(change.absolute),
             relative(change)]
        }
        let headers = ["A", "B", s(.dashboardColumnChange), s(.dashboardColumnRelative)]
        let nameWidth = max(displayWidth(s(.kpiColumnFigure)), names.map(displayWidth).max() ?? 0)
        let widths = headers.indices.map { index in max(displayWidth(headers[index]), rows.map { displayWidth($0[index]) }.max() ?? 0) }
        func line(_ name: String, _ cells: [String]) -> String {
            "  " + pad(name, nameWidth) + zip(cells, widths).map { "  " + pad($0, $1, right: true) }.joined()
        }
        lines.append(line(s(.kpiColumnFigure), headers))
        for (name, row) in zip(names, rows) { lines.append(line(name, row)) }
        lines.append("")
        lines.append(s(.kpiNoData))
        return lines.joined(separator: "\n")
    }

    static func csv(_ comparison: KPIComparison) -> String {
        let iso = ISO8601DateFormatter()
        let bounds = [comparison.before.period.start, comparison.before.period.end, comparison.after.period.start,
                      comparison.after.period.end].map { iso.string(from: $0) }
        var lines = ["figure,before_start,before_end,after_start,after_end,before,after,change,relative"]
        for change in comparison.changes {
            lines.append(([change.figure.rawValue] + bounds + [number(change.before), number(change.after), number(change.absolute),
                                                              number(change.relative)].map { $0 ?? "" }).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ comparison: KPIComparison) -> String {
        let iso = ISO8601DateFormatter()
        func period(_ report: KPIReport) -> String {
            "{\"label\": \(jsonString(report.period.label)), \"start\": \(jsonString(iso.string(from: report.period.start))), "
                + "\"end\": \(jsonString(iso.string(from: report.period.end)))}"
        }
        let items = comparison.changes.map { change in
            "    {\"figure\": \(jsonString(change.figure.rawValue)), \"before\": \(number(change.before) ?? "null"), "
                + "\"after\": \(number(change.after) ?? "null"), \"change\": \(number(change.absolute) ?? "null"), "
                + "\"relative\": \(number(change.relative) ?? "null")}"
        }
        return "{\n  \"before\": \(period(comparison.before)),\n  \"after\": \(period(comparison.after)),\n"
            + "  \"changes\": [\n" + items.joined(separator: ",\n") + "\n  ]\n}"
    }
}
