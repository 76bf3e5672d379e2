import BankCore
import BranchServices
import Foundation
import Testing
import TestSupport

/// `teller loan-calc`: the schedule it prints is the one `LoanCalculator` makes
/// (the loan desk's preview), for both methods and in every format; it needs no
/// branch file and makes none; bad arguments exit 2 with the reason.
struct LoanCalcCommandTests {
    func teller(_ arguments: [String], home: String, language: String = "en_US.UTF-8") throws -> Shell.Result {
        try Shell.run(Fixture.tellerPath, ["loan-calc"] + arguments,
                      environment: ["XDG_DATA_HOME": home, "LANG": language, "LC_ALL": ""])
    }

    @Test(arguments: ["equal-instalment", "equal-principal"])
    func csvIsTheServicesSchedule(method: String) throws {
        let home = try Fixture.scratchFolder()
        let result = try teller(["--principal", "120000", "--rate", "6", "--months", "12", "--method", method,
                                 "--start", "2026-01-31", "--format", "csv"], home: home)
        #expect(result.status == 0, "\(result.error)")
        let expected = try LoanCalculator.schedule(principal: "120000", rate: "6", months: "12", method: method,
                                                   start: BusinessDate("2026-01-31")!).get()
        let rows = result.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 12)
        for (row, instalment) in zip(rows, expected.instalments) {
            #expect(row == [String(instalment.number), instalment.dueDate.description, fen(instalment.payment),
                            fen(instalment.principal), fen(instalment.interest), fen(instalment.remaining)])
        }
        #expect(rows.first?[2] == (method == "equal-instalment" ? "10327.97" : "10600.00"))
        if method == "equal-principal" { #expect(rows.last?[2] == "10050.00") }
        #expect(rows.first?[1] == "2026-02-28")  // a loan of 31 January pays on the last day of February
        // No branch file, no data folder: the calculator touches nothing.
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty)
    }

    @Test func jsonAndTableCarryTheSameTotals() throws {
        let home = try Fixture.scratchFolder()
        let arguments = ["--principal", "1000000", "--rate", "4.9", "--months", "360", "--method", "equal-instalment"]
        let json = try teller(arguments + ["--format", "json"], home: home)
        #expect(json.status == 0, "\(json.error)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((parsed["instalments"] as? [[String: Any]])?.count == 360)
        #expect((parsed["total_interest"] as? NSNumber)?.doubleValue == 910_615.12)
        #expect(parsed["method"] as? String == "equal-instalment")
        let table = try teller(arguments, home: home)
        #expect(table.status == 0)
        #expect(table.output.contains("5,307.27"))
        #expect(table.output.contains("910,615.12"))
        let chinese = try teller(arguments + ["--lang", "zh"], home: home, language: "C")
        #expect(chinese.output.contains("等额本息") && chinese.output.contains("月供"))
    }

    @Test(arguments: [
        (["--rate", "6", "--months", "12", "--method", "equal-instalment"], "--principal is required"),
        (["--principal", "12x", "--rate", "6", "--months", "12", "--method", "equal-instalment"], "is not an amount"),
        (["--principal", "100000000.01", "--rate", "6", "--months", "12", "--method", "equal-instalment"], "is not an amount"),
        (["--principal", "1000", "--rate", "6.12345", "--months", "12", "--method", "equal-instalment"], "is not a yearly rate"),
        (["--principal", "1000", "--rate", "-1", "--months", "12", "--method", "equal-instalment"], "is not a yearly rate"),
        (["--principal", "1000", "--rate", "6", "--months", "0", "--method", "equal-instalment"], "is not a term"),
        (["--principal", "1000", "--rate", "6", "--months", "481", "--method", "equal-instalment"], "is not a term"),
        (["--principal", "1000", "--rate", "6", "--months", "12", "--method", "balloon"], "is not a repayment method"),
        (["--principal", "1000", "--rate", "6", "--months", "12", "--method", "equal-principal", "--start", "2026-02-30"], "needs a date written YYYY-MM-DD"),
        (["--principal", "1000", "--rate", "6", "--months", "12", "--method", "equal-principal", "--format", "xml"], "xml"),
        (["--principal", "1000", "--rate", "6", "--months", "12", "--method", "equal-principal", "--db", "x"], "unknown option"),
        (["--principal"], "needs a value"),
        (["--principal", "1000", "--rate", "6", "--months", "12", "--method", "equal-principal", "--lang", "fr"], "unknown language"),
    ])
    func badArgumentsExitTwo(arguments: [String], reason: String) throws {
        let home = try Fixture.scratchFolder()
        let result = try teller(arguments, home: home)
        #expect(result.status == 2)
        #expect(result.error.contains(reason), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func theLoansBenchmarkRuns() throws {
        let result = try Shell.run(Fixture.binary("teller-bench"), ["loans", "--samples", "10"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Schedule, 360 months, equal-instalment"))
        #expect(result.output.contains("Schedule + assessment"))
    }

    func fen(_ minor: Int64) -> String { String(format: "%lld.%02lld", minor / 100, minor % 100) }
}
