import BankCore
import BranchServices
import Foundation
import Localization
import Testing

/// Issue 13: `teller report`'s series is labelled by its buckets, a month as 2026-11 or 2026年11月.
struct KPISeriesLabelTests {
    @Test func monthlyPointsAreLabelledByMonth() throws {
        let branch = try ComplaintBranch()
        let year = try #require(KPIPeriod.year(2026))
        let report = try KPIService(branch.context).report(for: year, by: nil)
        #expect(report.bucketSize == .month)
        let english = KPIReportFormat.table.render(report, Strings(.english)).components(separatedBy: "\n")
        let chinese = KPIReportFormat.table.render(report, Strings(.chinese)).components(separatedBy: "\n")
        #expect(english.contains { $0.hasPrefix("  2026-11 ") })
        #expect(!english.contains { $0.hasPrefix("  2026-11-01 00:00") })
        #expect(chinese.contains { $0.hasPrefix("  2026年11月 ") })
        #expect(chinese.contains { $0.hasPrefix("  2026年03月 ") })
        let day = try #require(KPIPeriod.dates(from: BusinessDate("2026-03-01")!, to: BusinessDate("2026-03-03")!))
        let daily = KPIReportFormat.table.render(try KPIService(branch.context).report(for: day, by: nil), Strings(.english))
        #expect(daily.contains("\n  2026-03-02 "))
    }
}
