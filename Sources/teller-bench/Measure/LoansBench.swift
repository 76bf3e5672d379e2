import BankCore
import Foundation

/// `teller-bench loans`: how long the loan desk's pure rules take — a
/// 360-month schedule by each method and a credit assessment over it — so
/// the preview and the assessment can be redrawn on every keystroke.
enum LoansBench {
    static func run(_ options: BenchOptions) {
        let count = Int(options.integer("samples", default: 2_000, in: 10...1_000_000))
        let rate = AnnualRate(percent: "4.9")!
        let start = BusinessDate("2026-01-31")!
        let applicant = CreditApplicant(monthlyIncome: 3_000_000, monthlyObligations: 300_000, birthDate: BusinessDate("1985-06-15")!,
                                        collateralValue: 200_000_000)
        var lines: [String] = []
        for method in [RepaymentMethod.equalInstalment, .equalPrincipal] {
            var samples = Samples()
            var total: Int64 = 0
            for index in 0..<count {
                let schedule = samples.time {
                    LoanSchedule(principal: 100_000_000 + Int64(index), rate: rate, months: 360, method: method, start: start)
                }
                total &+= schedule.totalInterest
            }
            lines.append(row("Schedule, 360 months, \(method.rawValue)", samples) + "  (checksum \(total % 1_000))")
        }
        var assessment = Samples()
        var declined = 0
        for index in 0..<count {
            let result = assessment.time { () -> CreditAssessment in
                let schedule = LoanSchedule(principal: 100_000_000 + Int64(index), rate: rate, months: 360, method: .equalInstalment,
                                            start: start)
                let largest = schedule.instalments.map(\.payment).max() ?? 0
                return CreditAssessment(amount: schedule.principal, largestPayment: largest, maturity: schedule.instalments.last!.dueDate,
                                        maxLoanToValue: 7_000, applicant: applicant)
            }
            if result.recommendation == .decline { declined += 1 }
        }
        lines.append(row("Schedule + assessment, 360 months", assessment) + "  (\(declined) declined)")
        print("teller-bench loans: \(count) samples each\n" + lines.joined(separator: "\n"))
    }

    static func row(_ label: String, _ samples: Samples) -> String {
        label.padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: "p50 %.3f ms   p99 %.3f ms   max %.3f ms", samples.p50, samples.p99, samples.maximum)
    }
}
