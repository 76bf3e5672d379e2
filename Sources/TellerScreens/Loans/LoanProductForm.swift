import BankCore
import BranchServices
import Localization
import TerminalUI

/// The product form's fields, declared once (every `LoanProduct` field
/// except the methods and documents, which are ticked on a checklist), and
/// the product they make. Collateral rules are typed as `kind:LTV%` entries.
enum LoanProductForm {
    static func spec(_ product: LoanProduct?) -> FormSpec {
        let p = product
        func money(_ fen: Int64?) -> String { fen.map(LoanFigures.plain) ?? "" }
        func choice(_ pairs: [(String, StringKey0)]) -> FieldSpec.Kind { .choice { s in pairs.map { ($0.0, s.strings($0.1)) } } }
        let rules = p?.collateral.map { "\($0.kind.rawValue):\(LoanFigures.percentText(basisPoints: $0.maximumLoanToValue))" }.joined(separator: " ")
        let fields = [
            FieldSpec("code", .loanDeskFieldCode, .text(maxLength: 12, filter: .asciiPrintable), initial: p?.code ?? ""),
            FieldSpec("nameEnglish", .loanDeskFieldNameEnglish, .text(maxLength: 40), initial: p?.nameEnglish ?? ""),
            FieldSpec("nameChinese", .loanDeskFieldNameChinese, .text(maxLength: 20), initial: p?.nameChinese ?? ""),
            FieldSpec("purpose", .loanDeskFieldPurpose, .text(maxLength: 60), required: false, initial: p?.purpose ?? ""),
            FieldSpec("minimum", .loanDeskFieldMinimum, .text(maxLength: 16, filter: .amount), initial: money(p?.minimumAmount), check: LoanFigures.amountCheck),
            FieldSpec("maximum", .loanDeskFieldMaximum, .text(maxLength: 16, filter: .amount), initial: money(p?.maximumAmount), check: LoanFigures.amountCheck),
            FieldSpec("minimumMonths", .loanDeskFieldMinimumMonths, .text(maxLength: 3, filter: .digits), initial: p.map { String($0.minimumMonths) } ?? "",
                      check: LoanFigures.wholeCheck),
            FieldSpec("maximumMonths", .loanDeskFieldMaximumMonths, .text(maxLength: 3, filter: .digits), initial: p.map { String($0.maximumMonths) } ?? "",
                      check: LoanFigures.wholeCheck),
            FieldSpec("rate", .loanDeskFieldRate, .text(maxLength: 8), initial: p.map { LoanFigures.ratePercent($0.ratePPM) } ?? "", check: rateCheck),
            FieldSpec("basis", .loanDeskFieldRateBasis, choice([(RateBasis.fixed.rawValue, .loanDeskBasisFixed),
                                                                  (RateBasis.primeRatePlusMargin.rawValue, .loanDeskBasisPrime)]),
                      initial: p?.rateBasis.rawValue ?? RateBasis.fixed.rawValue),
            FieldSpec("penalty", .loanDeskFieldPenaltyRate, .text(maxLength: 8), initial: p.map { LoanFigures.ratePercent($0.penaltyRatePPM) } ?? "",
                      check: rateCheck),
            FieldSpec("secured", .loanDeskFieldSecured, choice([("no", .loanDeskUnsecured), ("yes", .loanDeskSecured)]),
                      initial: p?.secured == true ? "yes" : "no"),
            FieldSpec("collateral", .loanDeskFieldCollateralRules, .text(maxLength: 80, filter: .asciiPrintable), hint: .loanDeskCollateralRulesHint,
                      required: false, initial: rules ?? "") { value, _, s in collateralRules(value, s).failure?.text },
            FieldSpec("appraisalAge", .loanDeskFieldAppraisalAge, .text(maxLength: 4, filter: .digits),
                      initial: String(p?.appraisalMaximumAgeDays ?? 180), check: LoanFigures.wholeCheck),
            FieldSpec("autoLimit", .loanDeskFieldAutoLimit, .text(maxLength: 16, filter: .amount), initial: money(p?.automaticApprovalLimit),
                      check: LoanFigures.amountCheck),
            FieldSpec("committee", .loanDeskFieldCommittee, .text(maxLength: 16, filter: .amount), initial: money(p?.committeeThreshold),
                      check: LoanFigures.amountCheck),
            FieldSpec("active", .loanDeskFieldActive, choice([("yes", .yes), ("no", .no)]), initial: p?.active == false ? "no" : "yes"),
        ]
        let title = p.map { LocalizedMessage(.loanDeskProductFormTitle, $0.code) } ?? LocalizedMessage(.loanDeskProductNewTitle)
        return FormSpec(title: title, labelWidth: 22, fields: fields, submitKeys: [.control("s")], submit: { _, _ in .handled })
    }

    private static var rateCheck: FieldSpec.Check {
        { value, _, s in AnnualRate(percent: value.trimmingCharacters(in: .whitespaces)) == nil ? s(.loanDeskBadRateField) : nil }
    }

    /// `real_estate:70 vehicle:50` as rules (LTV in basis points), or why an entry is not `kind:LTV%`.
    static func collateralRules(_ text: String, _ s: Strings) -> Result<[CollateralRule], LoanTextProblem> {
        var rules: [CollateralRule] = []
        for entry in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
            let percent = parts.count == 2 ? parts[1].replacingOccurrences(of: "%", with: "") : ""
            guard parts.count == 2, let kind = CollateralKind(rawValue: parts[0]),
                  case .success(let basisPoints) = AmountParser.parse(percent, minorUnits: 2), basisPoints <= 10_000 else {
                let kinds = CollateralKind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(LoanTextProblem(text: s(.loanDeskBadCollateralRule, String(entry), kinds)))
            }
            rules.append(CollateralRule(kind: kind, maximumLoanToValue: basisPoints))
        }
        return .success(rules)
    }

    /// The product the form and the checklist describe (every field already checked by its own check).
    static func product(_ form: Form, methods: [RepaymentMethod], documents: [LoanDocument]) -> LoanProduct {
        func fen(_ id: String) -> Int64 { LoanFigures.amount(form.value(id)) ?? 0 }
        func months(_ id: String) -> Int { LoanFigures.whole(form.value(id)) ?? 0 }
        func ppm(_ id: String) -> Int64 { AnnualRate(percent: form.value(id).trimmingCharacters(in: .whitespaces))?.partsPerMillion ?? 0 }
        let rules = (try? collateralRules(form.value("collateral"), Strings(.english)).get()) ?? []
        return LoanProduct(code: form.value("code").trimmingCharacters(in: .whitespaces), nameEnglish: form.value("nameEnglish"),
                           nameChinese: form.value("nameChinese"), purpose: form.value("purpose"),
                           minimumAmount: fen("minimum"), maximumAmount: fen("maximum"),
                           minimumMonths: months("minimumMonths"), maximumMonths: months("maximumMonths"), ratePPM: ppm("rate"),
                           rateBasis: RateBasis(rawValue: form.value("basis")) ?? .fixed, methods: methods,
                           secured: form.value("secured") == "yes", collateral: rules,
                           appraisalMaximumAgeDays: months("appraisalAge"), documents: documents, penaltyRatePPM: ppm("penalty"),
                           automaticApprovalLimit: fen("autoLimit"), committeeThreshold: fen("committee"),
                           active: form.value("active") == "yes")
    }
}

/// Why typed text was refused, in the operator's language.
struct LoanTextProblem: Error {
    var text: String
}

extension LoanFigures {
    /// Basis points as a typed percentage without trailing zeros: 7000 → "70", 6550 → "65.5".
    static func percentText(basisPoints: Int64) -> String {
        var text = plain(basisPoints)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
