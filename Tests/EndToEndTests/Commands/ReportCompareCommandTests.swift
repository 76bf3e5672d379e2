import BankCore
import BranchServices
import Foundation
import Testing
import TestSupport

/// Issue 13: `teller report --compare-from/--compare-to` prints the
/// comparison of two periods in all three formats, A the earlier whichever
/// was given first, with the service's figures; bad arguments exit 2 with the
/// reason in the user's language.
struct ReportCompareCommandTests {
    func teller(_ arguments: [String], home: String, lang: String = "en_US.UTF-8") throws -> Shell.Result {
        try Shell.run(Fixture.tellerPath, arguments, environment: ["XDG_DATA_HOME": home, "LANG": lang, "LC_ALL": ""])
    }

    @Test func comparisonInEveryFormatAgreesWithTheService() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/teller/training.sqlite"
        #expect(try teller(["demo-reset"], home: home).status == 0)
        let today = BusinessDate(date: Date())
        // The demo's history is on the eight days before today (a week back from the time of seeding).
        let lastWeek = (from: today.adding(days: -8), to: today.adding(days: -1))
        let weekBefore = (from: today.adding(days: -16), to: today.adding(days: -9))
        // The later week is given as the report's period, the earlier as the comparison: A is still the earlier.
        let arguments = ["report", "--db", path, "--from", lastWeek.from.description, "--to", lastWeek.to.description,
                         "--compare-from", weekBefore.from.description, "--compare-to", weekBefore.to.description]
        let json = try teller(arguments + ["--format", "json"], home: home)
        #expect(json.status == 0, "\(json.error)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let context = try BranchContext.open(path: path, terminal: "test")
        let later = try #require(KPIPeriod.dates(from: lastWeek.from, to: lastWeek.to))
        let earlier = try #require(KPIPeriod.dates(from: weekBefore.from, to: weekBefore.to))
        let comparison = try KPIService(context).compare(later, with: earlier, by: nil)
        #expect(comparison.before.period == earlier)
        #expect((parsed["before"] as? [String: Any])?["label"] as? String == earlier.label)
        #expect((parsed["after"] as? [String: Any])?["label"] as? String == later.label)
        let changes = try #require(parsed["changes"] as? [[String: Any]])
        #expect(changes.map { $0["figure"] as? String } == comparison.changes.map(\.figure.rawValue))
        let served = try #require(changes.first { $0["figure"] as? String == "tickets_served" })
        #expect((served["before"] as? NSNumber)?.intValue == 0)
        #expect((served["after"] as? NSNumber)?.intValue == 140)
        #expect((served["change"] as? NSNumber)?.intValue == 140)

        let csv = try teller(arguments + ["--format", "csv"], home: home)
        #expect(csv.status == 0)
        let rows = csv.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["figure", "before_start", "before_end", "after_start", "after_end", "before", "after", "change", "relative"])
        #expect(rows.count == 1 + KPIFigure.allCases.count)
        #expect(rows.first { $0.first == "tickets_served" }?.suffix(4).prefix(3) == ["0", "140", "140"])

        let table = try teller(arguments, home: home)
        #expect(table.status == 0)
        #expect(table.output.contains("A (before) = \(earlier.label)"))
        #expect(table.output.contains("B (after) = \(later.label)"))
    }

    @Test(arguments: [
        (["report", "--compare-from", "2026-03-01"], "en_US.UTF-8", "Give both --compare-from and --compare-to"),
        (["report", "--compare-to", "2026-03-01"], "zh_CN.UTF-8", "请同时给出 --compare-from 和 --compare-to"),
        (["report", "--compare-from", "2026-03-02", "--compare-to", "2026-03-01"], "en_US.UTF-8",
         "--compare-to 2026-03-01 is before --compare-from 2026-03-02"),
        (["report", "--compare-from", "March", "--compare-to", "2026-03-01"], "en_US.UTF-8",
         "option --compare-from needs a date written YYYY-MM-DD"),
        (["verify", "--compare-from", "2026-03-01"], "en_US.UTF-8", "option --compare-from only works with the report command"),
    ])
    func badComparisonArgumentsExitTwo(arguments: [String], lang: String, message: String) throws {
        let home = try Fixture.scratchFolder()
        let result = try teller(arguments, home: home, lang: lang)
        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: "\(home)/teller"))
    }
}
