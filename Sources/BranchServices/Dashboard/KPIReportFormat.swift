import BankCore
import BankStore
import Foundation
import Localization

/// `teller report`'s three outputs of one `KPIReport`: a table for people
/// (in the operator's language), CSV with one row per slice, and JSON with
/// every figure (null for "no data"). Machine formats use the figures'
/// stable identifiers and raw values: seconds for durations, 0–1 for shares.
public enum KPIReportFormat: String, CaseIterable, Sendable {
    case table
    case csv
    case json

    public func render(_ report: KPIReport, _ s: Strings) -> String {
        switch self {
        case .table: return Self.table(report, s)
        case .csv: return Self.csv(report)
        case .json: return Self.json(report)
        }
    }

    /// The local date and time of an instant, `yyyy-MM-dd HH:mm`.
    public static func localTime(_ date: Date, _ timeZone: TimeZone) -> String {
        LocalTimeText.dateMinutes(date, calendar: KPIPeriod.calendar(timeZone))
    }

    static func sections(_ report: KPIReport) -> [(KPIDimension, [KPISlice])] {
        [(.businessType, report.byBusinessType), (.counter, report.byCounter), (.operator, report.byOperator)]
    }

    // MARK: - Table

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = max(0, width - displayWidth(text))
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }

    /// Cells a string takes in a terminal (CJK characters take two).
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return width + (wide ? 2 : 1)
        }
    }

    static func table(_ report: KPIReport, _ s: Strings) -> String {
        let period = report.period
        var lines = [s(.kpiReportTitle, period.label, localTime(period.start, period.timeZone), localTime(period.end, period.timeZone)), ""]
        lines.append(s(.kpiOverall))
        let names = KPIFigure.allCases.map { KPILabels.name($0, s) }
        let nameWidth = names.map(displayWidth).max() ?? 20
        for (figure, name) in zip(KPIFigure.allCases, names) {
            lines.append("  " + pad(name, nameWidth) + "  " + pad(figure.format(report.overall.value(figure)), 10, right: true))
        }
        lines.append("  " + pad(s(.kpiSatisfactionSplit), nameWidth) + "  "
                     + report.overall.tickets.satisfaction.map(String.init).joined(separator: " / "))
        for (dimension, slices) in sections(report) {
            lines.append("")
            let heading: StringKey0 = dimension == .businessType ? .kpiByType : dimension == .counter ? .kpiByCounter : .kpiByOperator
            let column: StringKey0 = dimension == .businessType ? .kpiColumnType : dimension == .counter ? .kpiColumnCounter : .kpiColumnOperator
            lines.append(s(heading))
            let keys = slices.map { KPILabels.key($0.key, dimension: dimension, s) }
            let keyWidth = max(displayWidth(s(column)), keys.map(displayWidth).max() ?? 0)
            let headers = KPIFigure.breakdown.map { KPILabels.short($0, s) }
            let cells = slices.map { slice in KPIFigure.breakdown.map { $0.format(slice.figures.value($0)) } }
            let widths = headers.indices.map { index in
                max(displayWidth(headers[index]), cells.map { displayWidth($0[index]) }.max() ?? 0)
            }
            lines.append("  " + pad(s(column), keyWidth) + zip(headers, widths).map { "  " + pad($0, $1, right: true) }.joined())
            for (key, row) in zip(keys, cells) {
                lines.append("  " + pad(key, keyWidth) + zip(row, widths).map { "  " + pad($0, $1, right: true) }.joined())
            }
        }
        lines.append("")
        lines.append(s(.kpiSeriesTitle, KPILabels.bucket(report.bucketSize, s)))
        for point in report.series {
            lines.append("  " + pad(KPILabels.bucketLabel(point.bucket, report.bucketSize, s), 16) + "  "
                         + pad(String(point.served), 6, right: true) + "  "
                         + pad(KPIFigure.averageWait.format(point.averageWaitSeconds), 8, right: true))
        }
        lines.append("")
        lines.append(s(.kpiNoData))
        return lines.joined(separator: "\n")
    }

    // MARK: - CSV

    /// A machine number: integers without a decimal point, others in Swift's shortest exact form; empty for nil.
    static func number(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func csv(_ report: KPIReport) -> String {
        let header = ["dimension", "key", "period_start", "period_end"] + KPIFigure.allCases.map(\.rawValue)
            + (1...5).map { "satisfaction_\($0)" }
        var lines = [header.joined(separator: ",")]
        let start = ISO8601DateFormatter().string(from: report.period.start)
        let end = ISO8601DateFormatter().string(from: report.period.end)
        func row(_ dimension: String, _ key: String, _ figures: KPIFigures) -> String {
            let quoted = key.contains(where: { ",\"\n".contains($0) }) ? "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : key
            return ([dimension, quoted, start, end] + KPIFigure.allCases.map { number(figures.value($0)) ?? "" }
                    + figures.tickets.satisfaction.map(String.init)).joined(separator: ",")
        }
        lines.append(row("overall", "", report.overall))
        for (dimension, slices) in sections(report) {
            for slice in slices { lines.append(row(jsonName(dimension), slice.key, slice.figures)) }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - JSON

    static func jsonName(_ dimension: KPIDimension) -> String {
        switch dimension {
        case .overall: return "overall"
        case .businessType: return "business_type"
        case .counter: return "counter"
        case .operator: return "operator"
        }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    static func jsonFigures(_ figures: KPIFigures, indent: String) -> String {
        var fields = KPIFigure.allCases.map { "\(jsonString($0.rawValue)): \(number(figures.value($0)) ?? "null")" }
        fields.append("\"satisfaction_distribution\": [\(figures.tickets.satisfaction.map(String.init).joined(separator: ", "))]")
        return "{\n" + fields.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    static func json(_ report: KPIReport) -> String {
        let iso = ISO8601DateFormatter()
        let period = report.period
        var parts: [String] = []
        parts.append("  \"period\": {\"label\": \(jsonString(period.label)), \"start\": \(jsonString(iso.string(from: period.start))), "
                     + "\"end\": \(jsonString(iso.string(from: period.end)))}")
        parts.append("  \"overall\": " + jsonFigures(report.overall, indent: "  "))
        for (dimension, slices) in sections(report) {
            let items = slices.map { slice in
                "    {\"key\": \(jsonString(slice.key)), \"figures\": " + jsonFigures(slice.figures, indent: "    ") + "}"
            }
            parts.append("  \"by_\(jsonName(dimension))\": [" + (items.isEmpty ? "]" : "\n" + items.joined(separator: ",\n") + "\n  ]"))
        }
        let points = report.series.map { point in
            "    {\"start\": \(jsonString(iso.string(from: point.bucket.start))), \"end\": \(jsonString(iso.string(from: point.bucket.end))), "
                + "\"tickets_served\": \(point.served), \"average_wait_seconds\": \(number(point.averageWaitSeconds) ?? "null")}"
        }
        parts.append("  \"series_bucket\": \(jsonString(report.bucketSize.rawValue))")
        parts.append("  \"series\": [" + (points.isEmpty ? "]" : "\n" + points.joined(separator: ",\n") + "\n  ]"))
        return "{\n" + parts.joined(separator: ",\n") + "\n}"
    }
}
