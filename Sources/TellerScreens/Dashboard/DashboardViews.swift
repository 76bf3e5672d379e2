import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The dashboard's three kinds of body: the overview (every figure in two
/// columns, the satisfaction spread and the series sparklines), a breakdown
/// table with a bar per row, and the comparison of two periods.
extension DashboardScreen {
    /// The overview's figures in pairs, left column then right.
    static let overviewPairs: [(KPIFigure, KPIFigure?)] = [
        (.ticketsIssued, .ticketsServed), (.averageWait, .p90Wait), (.averageHandling, .noShowRate),
        (.satisfactionAverage, .satisfactionResponses), (.operations, .errors), (.errorRate, .complaintsReceived),
        (.complaintsPerThousand, .resolutionRate), (.onTimeRate, nil),
    ]

    func drawOverview(_ report: KPIReport, into buffer: inout CellBuffer, at rect: Rect, _ s: Strings) {
        let half = rect.width / 2
        let valueWidth = 9
        func figure(_ figure: KPIFigure, x: Int, y: Int, width: Int) {
            let labelWidth = width - valueWidth - 2
            buffer.write(TextLayout.fit(KPILabels.name(figure, s), width: labelWidth, alignment: .left), x: x, y: y, role: .label,
                         maxWidth: labelWidth)
            buffer.write(TextLayout.fit(figure.format(report.overall.value(figure)), width: valueWidth, alignment: .right),
                         x: x + labelWidth + 1, y: y, role: .normal, maxWidth: valueWidth)
        }
        var y = rect.y
        for (left, right) in Self.overviewPairs where y < rect.maxY {
            figure(left, x: rect.x, y: y, width: half - 1)
            if let right { figure(right, x: rect.x + half + 1, y: y, width: rect.width - half - 1) }
            y += 1
        }
        y += 1
        let labelWidth = 22
        func chart(_ label: String, _ spark: String, _ note: String) {
            guard y < rect.maxY else { return }
            buffer.write(TextLayout.fit(label, width: labelWidth, alignment: .left), x: rect.x, y: y, role: .label, maxWidth: labelWidth)
            let used = buffer.write(spark, x: rect.x + labelWidth + 1, y: y, role: .success, maxWidth: rect.width - labelWidth - 1)
            buffer.write(note, x: rect.x + labelWidth + 2 + used, y: y, role: .dim, maxWidth: max(0, rect.maxX - (rect.x + labelWidth + 2 + used)))
            y += 1
        }
        let spread = report.overall.tickets.satisfaction
        chart(s(.kpiSatisfactionSplit), Sparkline.line(spread.map(Double.init), width: 5), spread.map(String.init).joined(separator: "/"))
        let sparkWidth = rect.width - labelWidth - 16
        let served = report.series.map { Double($0.served) }
        chart(s(.dashboardServedSeries, KPILabels.bucket(report.bucketSize, s)), Sparkline.line(served, width: sparkWidth),
              s(.dashboardSeriesMax, String(report.series.map(\.served).max() ?? 0)))
        let waits = report.series.map(\.averageWaitSeconds)
        chart(s(.dashboardWaitSeries), Sparkline.line(waits, width: sparkWidth),
              s(.dashboardSeriesMax, KPIFigure.averageWait.format(waits.compactMap { $0 }.max())))
        if y + 1 < rect.maxY {
            buffer.write(s(.dashboardNoData), in: Rect(x: rect.x, y: y + 1, width: rect.width, height: 1), role: .dim)
        }
    }

    /// The breakdown columns that fit 80 cells; the rest is on the detail line of the selected row.
    static let breakdownFigures: [KPIFigure] = [
        .ticketsServed, .averageWait, .p90Wait, .averageHandling, .noShowRate, .satisfactionAverage, .errorRate, .complaintsPerThousand,
    ]

    func drawBreakdown(_ slices: [KPISlice], _ dimension: KPIDimension, into buffer: inout CellBuffer, at rect: Rect, _ s: Strings) {
        let keyTitle: StringKey0 = dimension == .businessType ? .kpiColumnType : dimension == .counter ? .kpiColumnCounter : .kpiColumnOperator
        let widths: [KPIFigure: Int] = [.ticketsServed: 6, .averageWait: 6, .p90Wait: 6, .averageHandling: 6, .noShowRate: 7,
                                        .satisfactionAverage: 5, .errorRate: 6, .complaintsPerThousand: 6]
        table.columns = [TableColumn(s(keyTitle), width: 14)]
            + Self.breakdownFigures.map { TableColumn(KPILabels.short($0, s), width: widths[$0] ?? 6, alignment: .right) }
            + [TableColumn("")]
        table.emptyMessage = s(.dashboardNoRows)
        let most = Double(slices.map(\.figures.tickets.served).max() ?? 0)
        let barWidth = max(0, rect.width - 14 - widths.values.reduce(0, +) - Self.breakdownFigures.count - 1)
        let cacheKey = "\(dimension.rawValue)|\(s.language.rawValue)|\(barWidth)"
        if let cached = breakdownRows[cacheKey] {
            table.setRows(cached)
        } else {
            let rows = slices.map { slice in
                [KPILabels.key(slice.key, dimension: dimension, s)]
                    + Self.breakdownFigures.map { $0.format(slice.figures.value($0)) }
                    + [Sparkline.bar(Double(slice.figures.tickets.served), maximum: most, width: barWidth)]
            }
            breakdownRows[cacheKey] = rows
            table.setRows(rows)
        }
        let tableHeight = min(rect.height - 3, slices.count + 1)
        table.render(into: &buffer, at: Rect(x: rect.x, y: rect.y, width: rect.width, height: max(2, tableHeight)))
        if slices.indices.contains(table.selected) {
            let figures = slices[table.selected].figures
            let detail = s(.dashboardSliceDetail, KPIFigure.operations.format(figures.value(.operations)),
                           KPIFigure.errors.format(figures.value(.errors)), KPIFigure.complaintsReceived.format(figures.value(.complaintsReceived)),
                           KPIFigure.resolutionRate.format(figures.resolutionRate), KPIFigure.onTimeRate.format(figures.onTimeRate))
            buffer.write(detail, in: Rect(x: rect.x, y: rect.y + max(2, tableHeight) + 1, width: rect.width, height: 1), role: .dim)
        }
    }

    func drawComparison(_ comparison: KPIComparison, into buffer: inout CellBuffer, at rect: Rect, _ s: Strings) {
        // One line per period: two date ranges and the legend do not fit one line of 80 columns.
        buffer.write(s(.dashboardCompareLegendBefore, comparison.before.period.label),
                     in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .label)
        buffer.write(s(.dashboardCompareLegendAfter, comparison.after.period.label),
                     in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1), role: .label)
        table.columns = [TableColumn(s(.kpiColumnFigure)), TableColumn("A", width: 9, alignment: .right),
                         TableColumn("B", width: 9, alignment: .right), TableColumn(s(.dashboardColumnChange), width: 13, alignment: .right),
                         TableColumn(s(.dashboardColumnRelative), width: 8, alignment: .right)]
        table.emptyMessage = ""
        table.setRows(comparison.changes.map { change in
            [KPILabels.name(change.figure, s), change.figure.format(change.before), change.figure.format(change.after),
             change.figure.formatChange(change.absolute, points: s(.uiPercentPoints)), change.relative.map { String(format: "%+.1f%%", $0 * 100) } ?? "-"]
        })
        table.render(into: &buffer, at: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2))
    }
}
