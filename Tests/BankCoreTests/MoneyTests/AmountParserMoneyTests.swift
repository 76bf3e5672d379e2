import BankCore
import Testing

/// Strict amount entry and formatting, with the boundaries a counter meets.
struct AmountParserMoneyTests {
    @Test(arguments: [
        ("1", 100), ("0.01", 1), ("12.3", 1230), ("12.34", 1234), (".5", 50), ("49999.99", 4_999_999),
        ("50000.00", 5_000_000), (" 7 ", 700), ("10000000000", 1_000_000_000_000), ("00012", 1200),
    ] as [(String, Int64)])
    func accepts(text: String, minor: Int64) {
        #expect(AmountParser.parse(text) == .success(minor))
    }

    @Test(arguments: [
        ("", AmountProblem.empty), ("   ", .empty), ("-5", .sign), ("+5", .sign), ("1e5", .exponent), ("1E2", .exponent),
        ("1,000", .character), ("12.", .character), ("1.2.3", .character), ("abc", .character), ("１２", .character),
        ("1.234", .tooManyDecimals(allowed: 2)), ("0", .zero), ("0.00", .zero), ("10000000000.01", .tooLarge),
        ("99999999999999999999999", .tooLarge),
    ] as [(String, AmountProblem)])
    func refuses(text: String, problem: AmountProblem) {
        #expect(AmountParser.parse(text) == .failure(problem))
    }

    @Test func currenciesWithoutMinorUnits() {
        #expect(AmountParser.parse("100", minorUnits: 0) == .success(100))
        #expect(AmountParser.parse("100.5", minorUnits: 0) == .failure(.tooManyDecimals(allowed: 0)))
    }

    @Test func formatsWithGroupingAndTwoDecimals() {
        #expect(AmountParser.format(1_234_567) == "12,345.67")
        #expect(AmountParser.format(5) == "0.05")
        #expect(AmountParser.format(100_000_000) == "1,000,000.00")
        #expect(AmountParser.format(-250) == "-2.50")
        #expect(AmountParser.format(42, minorUnits: 0) == "42")
    }
}

/// Counting notes and coins.
struct DenominationMoneyTests {
    @Test func breakdownMustEqualTheAmount() {
        let counted = CashBreakdown([.yuan100: 3, .yuan20: 1, .jiao5: 1])
        #expect(counted.total == 32_050)
        #expect(counted.problem(forAmount: 32_050) == nil)
        #expect(counted.problem(forAmount: 32_000) == .totalMismatch(expected: 32_000, counted: 32_050))
        #expect(CashBreakdown([.yuan100: -1]).problem(forAmount: -10_000) == .negativeCount)
    }

    @Test func drawerMustHoldTheNotesPaidOut() {
        let drawer = CashBreakdown([.yuan100: 10, .yuan50: 1])
        #expect(CashBreakdown([.yuan100: 10]).isCovered(by: drawer))
        #expect(!CashBreakdown([.yuan50: 2]).isCovered(by: drawer))
        #expect(!CashBreakdown([.yuan1: 1]).isCovered(by: drawer))
    }

    @Test func labels() {
        #expect(Denomination.yuan100.label == "100")
        #expect(Denomination.jiao5.label == "0.50")
        #expect(Denomination.allCases.sorted(by: >).first == .yuan100)
    }
}
