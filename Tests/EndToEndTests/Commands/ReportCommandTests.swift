import BankCore
import BranchServices
import Foundation
import Testing
import TestSupport

/// `teller report`: the JSON output parses and carries exactly `KPIService`'s figures, CSV and the table
/// print the same, and bad arguments exit with status 2 before any file is touched.
struct ReportCommandTests {
    func teller(_ arguments: [String], home: String) throws -> Shell.Result {
        try Shell.run(Fixture.tellerPath, arguments, environment: ["XDG_DATA_HOME": home, "LANG": "en_US.UTF-8", "LC_ALL": ""])
    }

    /// A JSON number or null as a Double?.
    func number(_ value: Any?) -> Double? {
        (value as? NSNumber).map(\.doubleValue)
    }

    func expectSame(_ json: [String: Any], _ figures: KPIFigures, _ what: String) {
        for figure in KPIFigure.allCases {
            #expect(number(json[figure.rawValue]) == figures.value(figure), "\(what) \(figure.rawValue)")
            if figures.value(figure) == nil { #expect(json[figure.rawValue] is NSNull, "\(what) \(figure.rawValue) is null") }
        }
        #expect((json["satisfaction_distribution"] as? [Int]) == figures.tickets.satisfaction, "\(what) distribution")
    }

    @Test func jsonAgreesWithTheService() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/teller/training.sqlite"
        #expect(try teller(["demo-reset"], home: home).status == 0)
        // The demo has a week of history before today.
        let today = BusinessDate(date: Date())
        let weekAgo = BusinessDate(date: Date().addingTimeInterval(-8 * 86_400))
        let result = try teller(["report", "--db", path, "--from", weekAgo.description, "--to", today.description, "--format", "json"],
                                home: home)
        #expect(result.status == 0, "\(result.error)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let context = try BranchContext.open(path: path, terminal: "test")
        let period = try #require(KPIPeriod.dates(from: weekAgo, to: today))
        let report = try KPIService(context).report(for: period, by: nil)
        #expect(report.overall.tickets.served == 140)
        expectSame(try #require(parsed["overall"] as? [String: Any]), report.overall, "overall")
        for (name, slices) in [("by_business_type", report.byBusinessType), ("by_counter", report.byCounter), ("by_operator", report.byOperator)] {
            let items = try #require(parsed[name] as? [[String: Any]])
            #expect(items.map { $0["key"] as? String } == slices.map(\.key), "\(name)")
            for (item, slice) in zip(items, slices) {
                expectSame(try #require(item["figures"] as? [String: Any]), slice.figures, "\(name) \(slice.key)")
            }
        }
        let series = try #require(parsed["series"] as? [[String: Any]])
        #expect(series.map { $0["tickets_served"] as? Int } == report.series.map(\.served))
        let periodJSON = try #require(parsed["period"] as? [String: Any])
        #expect(periodJSON["label"] as? String == period.label)

        let csv = try teller(["report", "--db", path, "--from", weekAgo.description, "--format", "csv"], home: home)
        #expect(csv.status == 0)
        let rows = csv.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first?.prefix(2) == ["dimension", "key"])
        #expect(rows.count == 1 + 1 + report.byBusinessType.count + report.byCounter.count + report.byOperator.count)
        let served = try #require(rows.first?.firstIndex(of: "tickets_served"))
        #expect(rows[1][served] == "140")

        let table = try teller(["report", "--db", path, "--from", weekAgo.description], home: home)
        #expect(table.status == 0)
        #expect(table.output.contains("By operator"))
        #expect(table.output.contains(KPIFigure.p90Wait.format(report.overall.p90WaitSeconds)))
    }

    @Test(arguments: [
        (["report", "--from", "2026-02-30"], "option --from needs a date written YYYY-MM-DD"),
        (["report", "--to", "yesterday"], "option --to needs a date written YYYY-MM-DD"),
        (["report", "--from"], "option --from needs a value"),
        (["report", "--format", "xml"], "unknown report format 'xml'"),
        (["report", "--from", "2026-03-02", "--to", "2026-03-01"], "--to 2026-03-01 is before --from 2026-03-02"),
        (["verify", "--format", "json"], "option --format only works with the report command"),
        (["--from", "2026-03-01"], "option --from only works with the report command"),
    ])
    func badArgumentsExitTwo(arguments: [String], message: String) throws {
        let home = try Fixture.scratchFolder()
        let result = try teller(arguments, home: home)
        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: "\(home)/teller"))
    }

    @Test func refusesAMissingBranchAndListsTheCommandInHelp() throws {
        let home = try Fixture.scratchFolder()
        let missing = try teller(["report", "--db", "\(home)/none.sqlite"], home: home)
        #expect(missing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(home)/none.sqlite"))
        let help = try teller(["--help"], home: home)
        #expect(help.output.contains("report") && help.output.contains("--format FMT"))
    }
}
