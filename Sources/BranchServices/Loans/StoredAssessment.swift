import BankCore
import Foundation

/// What a credit assessment was computed from, stored with the application as
/// JSON at submission (with the lines it gave, for people reading the file):
/// the assessment is a pure function, so the inbox and the contract rebuild
/// exactly the lines the system saw.
struct StoredAssessment: Codable, Hashable {
    var amount: Int64
    var largestPayment: Int64
    var maturity: String
    var maxLoanToValue: Int64?
    var monthlyIncome: Int64
    var monthlyObligations: Int64
    var birthDate: String
    var collateralValue: Int64
    var worstDaysOverdue: Int
    var frozenAccounts: Int
    var onWatchList: Bool
    /// The lines as computed (`rule figure refer decline outcome`), written for the reader, not read back.
    var lines: [String]?

    var assessment: CreditAssessment {
        let born = BusinessDate(birthDate) ?? BusinessDate(year: 1900, month: 1, day: 1)!
        return CreditAssessment(amount: amount, largestPayment: largestPayment, maturity: BusinessDate(maturity) ?? born,
                                maxLoanToValue: maxLoanToValue,
                                applicant: CreditApplicant(monthlyIncome: monthlyIncome, monthlyObligations: monthlyObligations,
                                                           birthDate: born, collateralValue: collateralValue,
                                                           worstDaysOverdue: worstDaysOverdue, frozenAccounts: frozenAccounts,
                                                           onWatchList: onWatchList))
    }

    /// The JSON stored in `loan_applications.assessment`.
    var json: String {
        var copy = self
        copy.lines = assessment.lines.map {
            "\($0.rule.rawValue) \($0.figure) refer>\($0.referAbove) decline>\($0.declineAbove) \($0.outcome.rawValue)"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(copy)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func decode(_ text: String) -> StoredAssessment? { try? JSONDecoder().decode(StoredAssessment.self, from: Data(text.utf8)) }
}
