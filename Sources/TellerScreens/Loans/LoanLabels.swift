import BankCore
import BranchServices
import Localization

/// The loan desk's names for domain values (collateral kinds, documents,
/// statuses, assessment rules and outcomes) and its figures as text, written
/// once so every loan screen says them the same way in both languages.
extension Session {
    func loanProductName(_ product: LoanProduct) -> String {
        language == .chinese ? product.nameChinese : product.nameEnglish
    }

    func loanMethodName(_ method: RepaymentMethod) -> String { LoanCalculator.name(of: method, strings) }

    /// Names shared with the services' messages (one wording for a kind or a document everywhere).
    func collateralKindName(_ kind: CollateralKind) -> String { strings(LoanProductService.name(of: kind)) }

    func loanDocumentName(_ document: LoanDocument) -> String { strings(LoanProductService.name(of: document)) }

    func loanStatusName(_ status: LoanApplication.Status) -> String {
        switch status {
        case .draft: return strings(.loanDeskStatusDraft)
        case .submitted: return strings(.loanDeskStatusSubmitted)
        case .referred: return strings(.loanDeskStatusReferred)
        case .committee: return strings(.loanDeskStatusCommittee)
        case .approved: return strings(.loanDeskStatusApproved)
        case .declined: return strings(.loanDeskStatusDeclined)
        case .contracted: return strings(.loanDeskStatusContracted)
        case .withdrawn: return strings(.loanDeskStatusWithdrawn)
        }
    }

    func recommendationName(_ recommendation: CreditRecommendation) -> String {
        switch recommendation {
        case .approve: return strings(.loanDeskOutcomeApprove)
        case .refer: return strings(.loanDeskOutcomeRefer)
        case .decline: return strings(.loanDeskOutcomeDecline)
        }
    }

    func assessmentRuleName(_ rule: AssessmentLine.Rule) -> String {
        switch rule {
        case .debtToIncome: return strings(.loanDeskRuleDebtToIncome)
        case .loanToValue: return strings(.loanDeskRuleLoanToValue)
        case .overdueHistory: return strings(.loanDeskRuleOverdue)
        case .frozenAccounts: return strings(.loanDeskRuleFrozen)
        case .watchList: return strings(.loanDeskRuleWatchList)
        case .ageAtMaturity: return strings(.loanDeskRuleAge)
        }
    }

    /// A figure of `rule` in its own unit: a percentage, days, years, a count, yes or no; "—" when it cannot be computed.
    func assessmentFigure(_ value: Int64, _ rule: AssessmentLine.Rule) -> String {
        guard value != Int64.max else { return "—" }
        switch rule {
        case .debtToIncome, .loanToValue: return LoanFigures.percent(basisPoints: value)
        case .overdueHistory: return strings(.loanDeskDays, String(value))
        case .ageAtMaturity: return strings(.loanDeskYears, String(value))
        case .frozenAccounts: return String(value)
        case .watchList: return value > 0 ? strings(.yes) : strings(.no)
        }
    }

    /// "refer above / decline above" in one cell: one figure when they are the same, "—" for a limit that never applies.
    func assessmentThreshold(_ line: AssessmentLine) -> String {
        let refer = assessmentFigure(line.referAbove, line.rule)
        guard line.declineAbove != line.referAbove else { return refer }
        return refer + " / " + assessmentFigure(line.declineAbove, line.rule)
    }

    /// One assessment line as table cells: rule, threshold, the applicant's figure, outcome.
    func assessmentCells(_ line: AssessmentLine) -> [String] {
        [assessmentRuleName(line.rule), assessmentThreshold(line), assessmentFigure(line.figure, line.rule), recommendationName(line.outcome)]
    }
}

/// Loan figures as the desk types and reads them.
enum LoanFigures {
    static func money(_ fen: Int64) -> String { AmountParser.format(fen) }

    /// Basis points as a percentage with two decimals: 5230 → "52.30%".
    static func percent(basisPoints: Int64) -> String {
        "\(basisPoints / 100).\(String(format: "%02d", basisPoints % 100))%"
    }

    /// A yearly rate in millionths as the percentage typed on the product form.
    static func ratePercent(_ ppm: Int64) -> String { (AnnualRate(partsPerMillion: ppm) ?? AnnualRate(partsPerMillion: 0)!).description }

    /// Typed money, allowing zero (obligations, limits); blank is zero. Nil when it is not an amount.
    static func amount(_ text: String) -> Int64? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty { return 0 }
        switch AmountParser.parse(typed) {
        case .success(let value): return value
        case .failure(.zero): return 0
        case .failure: return nil
        }
    }

    /// The reason typed money is refused, or nil when it is blank, zero or an amount.
    static func amountProblem(_ text: String, _ s: Strings) -> String? {
        guard amount(text) == nil else { return nil }
        if case .failure(let problem) = AmountParser.parse(text.trimmingCharacters(in: .whitespaces)) { return AmountEntry.reason(problem, strings: s) }
        return nil
    }

    /// A typed whole number (blank is zero); nil when it is not one.
    static func whole(_ text: String) -> Int? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        return typed.isEmpty ? 0 : Int(typed).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// A field check for whole numbers.
    static var wholeCheck: FieldSpec.Check { { value, _, s in whole(value) == nil ? s(.loanDeskBadWhole) : nil } }
    /// A field check for amounts (blank and zero allowed).
    static var amountCheck: FieldSpec.Check { { value, _, s in amountProblem(value, s) } }
}

extension LoanFigures {
    /// Fen as typed on a form, without grouping: 1200000 → "12000.00".
    static func plain(_ fen: Int64) -> String { "\(fen / 100).\(String(format: "%02d", fen % 100))" }
}
