import BankCore
import Testing

/// The assessment explains itself: every rule with its figure and threshold,
/// and the recommendation is the strictest line.
@Suite struct CreditAssessmentTests {
    static let maturity = BusinessDate("2046-01-15")!
    static func applicant(income: Int64 = 2_000_000, obligations: Int64 = 200_000, born: String = "1980-05-01",
                          collateral: Int64 = 0, overdue: Int = 0, frozen: Int = 0, watch: Bool = false) -> CreditApplicant {
        CreditApplicant(monthlyIncome: income, monthlyObligations: obligations, birthDate: BusinessDate(born)!,
                        collateralValue: collateral, worstDaysOverdue: overdue, frozenAccounts: frozen, onWatchList: watch)
    }

    @Test func aSoundApplicationIsApprovedWithEveryLineShown() {
        let a = CreditAssessment(amount: 50_000_000, largestPayment: 300_000, maturity: Self.maturity, maxLoanToValue: 7_000,
                                 applicant: Self.applicant(collateral: 100_000_000))
        #expect(a.recommendation == .approve)
        #expect(a.lines.map(\.rule) == [.debtToIncome, .loanToValue, .overdueHistory, .frozenAccounts, .watchList, .ageAtMaturity])
        #expect(a.line(.debtToIncome)?.figure == 2_500)  // (2,000 + 3,000) / 20,000 = 25%
        #expect(a.line(.loanToValue)?.figure == 5_000)  // 500,000 / 1,000,000 = 50%
        #expect(a.line(.ageAtMaturity)?.figure == 65)     // born May 1980, last payment January 2046
        #expect(a.fired.isEmpty)
    }

    @Test func debtToIncomeRefersAboveHalfAndDeclinesAboveSixtyPercent() {
        let exactlyHalf = CreditAssessment(amount: 1, largestPayment: 800_000, maturity: Self.maturity, maxLoanToValue: nil,
                                           applicant: Self.applicant())
        #expect(exactlyHalf.line(.debtToIncome)?.figure == 5_000 && exactlyHalf.recommendation == .approve)
        let justOver = CreditAssessment(amount: 1, largestPayment: 800_001, maturity: Self.maturity, maxLoanToValue: nil,
                                        applicant: Self.applicant())
        #expect(justOver.line(.debtToIncome)?.figure == 5_001 && justOver.recommendation == .refer)
        let over60 = CreditAssessment(amount: 1, largestPayment: 1_100_000, maturity: Self.maturity, maxLoanToValue: nil,
                                      applicant: Self.applicant())
        #expect(over60.recommendation == .decline)
        #expect(over60.fired.map(\.rule) == [.debtToIncome])
        let noIncome = CreditAssessment(amount: 1, largestPayment: 1, maturity: Self.maturity, maxLoanToValue: nil,
                                        applicant: Self.applicant(income: 0))
        #expect(noIncome.recommendation == .decline)
    }

    @Test func collateralWorthLessThanTheProductAllowsDeclines() {
        let a = CreditAssessment(amount: 80_000_000, largestPayment: 300_000, maturity: Self.maturity, maxLoanToValue: 7_000,
                                 applicant: Self.applicant(collateral: 100_000_000))
        #expect(a.line(.loanToValue)?.figure == 8_000 && a.line(.loanToValue)?.outcome == .decline)
        let none = CreditAssessment(amount: 1, largestPayment: 1, maturity: Self.maturity, maxLoanToValue: 7_000,
                                    applicant: Self.applicant(collateral: 0))
        #expect(none.recommendation == .decline)
    }

    @Test func historyAtThisBank() {
        let overdue = CreditAssessment(amount: 1, largestPayment: 1, maturity: Self.maturity, maxLoanToValue: nil,
                                       applicant: Self.applicant(overdue: 12))
        #expect(overdue.recommendation == .refer)
        let longOverdue = CreditAssessment(amount: 1, largestPayment: 1, maturity: Self.maturity, maxLoanToValue: nil,
                                           applicant: Self.applicant(overdue: 91))
        #expect(longOverdue.recommendation == .decline)
        let frozen = CreditAssessment(amount: 1, largestPayment: 1, maturity: Self.maturity, maxLoanToValue: nil,
                                      applicant: Self.applicant(frozen: 1))
        #expect(frozen.recommendation == .refer && frozen.fired.map(\.rule) == [.frozenAccounts])
        let watched = CreditAssessment(amount: 1, largestPayment: 1, maturity: Self.maturity, maxLoanToValue: nil,
                                       applicant: Self.applicant(watch: true))
        #expect(watched.recommendation == .decline)
    }

    @Test func ageAtMaturity() {
        let at70 = CreditAssessment(amount: 1, largestPayment: 1, maturity: BusinessDate("2050-05-01")!, maxLoanToValue: nil,
                                    applicant: Self.applicant())
        #expect(at70.line(.ageAtMaturity)?.figure == 70 && at70.recommendation == .refer)
        let at71 = CreditAssessment(amount: 1, largestPayment: 1, maturity: BusinessDate("2051-05-01")!, maxLoanToValue: nil,
                                    applicant: Self.applicant())
        #expect(at71.recommendation == .decline)
        let dayBefore = CreditAssessment(amount: 1, largestPayment: 1, maturity: BusinessDate("2051-04-30")!, maxLoanToValue: nil,
                                         applicant: Self.applicant())
        #expect(dayBefore.line(.ageAtMaturity)?.figure == 70)
    }
}

extension CreditAssessment {
    /// The line of `rule`, if the assessment has one (loan-to-value only for secured products).
    func line(_ rule: AssessmentLine.Rule) -> AssessmentLine? { lines.first { $0.rule == rule } }
}
