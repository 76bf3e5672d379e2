import BankCore
import Foundation
import Localization

/// The rules a product definition must keep before it is saved (README, "Loans: the rules"):
/// - code 2–16 ASCII letters or digits; a name in English and in Chinese;
/// - amounts: 0 < minimum ≤ maximum ≤ `AmountParser.maximumMinorUnits`;
/// - terms: 1 ≤ minimum ≤ maximum ≤ 480 months;
/// - contract rate 0%–36% a year (the judicial ceiling on lending rates);
/// - penalty rate at least the contract rate and at most 3× it (at most 36% for an interest-free product);
/// - at least one repayment method; a secured product accepts at least one collateral kind,
///   each with a maximum loan-to-value from 1% to 100%;
/// - limits not negative, the committee threshold not below the automatic approval limit;
/// - appraisals accepted up to 1–730 days old.
extension LoanProductService {
    /// The highest contract rate a product may carry: 36% a year, in millionths.
    public static let maximumRatePPM: Int64 = 360_000
    /// How many times the contract rate the penalty rate may be.
    public static let maximumPenaltyMultiple: Int64 = 3
    /// The longest an appraisal may be accepted for.
    public static let maximumAppraisalAgeDays = 730

    /// What is wrong with a product definition, each with the rule and the figure; empty when it may be saved.
    public static func problems(_ product: LoanProduct) -> [LocalizedMessage] {
        var found: [LocalizedMessage] = []
        let code = product.code
        if !(2...16).contains(code.count) || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            found.append(LocalizedMessage(.loanProductBadCode, code))
        }
        let english = product.nameEnglish.trimmingCharacters(in: .whitespaces)
        let chinese = product.nameChinese.trimmingCharacters(in: .whitespaces)
        if english.isEmpty || chinese.isEmpty { found.append(LocalizedMessage(.loanProductNameMissing)) }
        if let problem = TextRules.problem(in: [(english, .loanFieldProductName, false), (chinese, .loanFieldProductName, false),
                                                (product.purpose, .loanFieldPurpose, false)]) {
            found.append(problem)
        }
        if product.minimumAmount <= 0 || product.minimumAmount > product.maximumAmount {
            found.append(LocalizedMessage(.loanProductBadAmounts, money(product.minimumAmount), money(product.maximumAmount)))
        }
        if product.maximumAmount > AmountParser.maximumMinorUnits {
            found.append(LocalizedMessage(.loanProductAmountTooLarge, money(product.maximumAmount), money(AmountParser.maximumMinorUnits)))
        }
        if product.minimumMonths < 1 || product.maximumMonths > LoanCalculator.maximumMonths || product.minimumMonths > product.maximumMonths {
            found.append(LocalizedMessage(.loanProductBadMonths, String(product.minimumMonths), String(product.maximumMonths)))
        }
        let rateOK = (0...maximumRatePPM).contains(product.ratePPM)
        if !rateOK { found.append(LocalizedMessage(.loanProductBadRate, percent(ppm: product.ratePPM))) }
        let penaltyCeiling = product.ratePPM > 0 ? product.ratePPM * maximumPenaltyMultiple : maximumRatePPM
        if rateOK, product.penaltyRatePPM < product.ratePPM || product.penaltyRatePPM > penaltyCeiling {
            found.append(LocalizedMessage(.loanProductBadPenalty, percent(ppm: product.penaltyRatePPM), percent(ppm: product.ratePPM),
                                          percent(ppm: penaltyCeiling)))
        }
        if product.methods.isEmpty { found.append(LocalizedMessage(.loanProductNoMethods)) }
        if product.secured && product.collateral.isEmpty { found.append(LocalizedMessage(.loanProductNoCollateral)) }
        for rule in product.collateral where !(100...10_000).contains(rule.maximumLoanToValue) {
            found.append(LocalizedMessage(.loanProductBadLoanToValue, basisPoints(rule.maximumLoanToValue),
                                          part: LocalizedMessage(name(of: rule.kind))))
        }
        if product.automaticApprovalLimit < 0 || product.committeeThreshold < product.automaticApprovalLimit {
            found.append(LocalizedMessage(.loanProductBadLimits, money(product.committeeThreshold), money(product.automaticApprovalLimit)))
        }
        if !(1...maximumAppraisalAgeDays).contains(product.appraisalMaximumAgeDays) {
            found.append(LocalizedMessage(.loanProductBadAppraisalAge, String(product.appraisalMaximumAgeDays)))
        }
        return found
    }

    /// Fen as yuan with separators (`12,345.67`); negative figures keep their sign.
    static func money(_ fen: Int64) -> String { AmountParser.format(fen) }

    /// Millionths as a percentage (`6`, `4.35`); out-of-range figures are still shown.
    static func percent(ppm: Int64) -> String {
        AnnualRate(partsPerMillion: ppm)?.description ?? String(format: "%.4f", Double(ppm) / 10_000)
    }

    /// Basis points as a percentage with two decimals (`70.00`).
    static func basisPoints(_ value: Int64) -> String { AmountParser.format(value) }
}
