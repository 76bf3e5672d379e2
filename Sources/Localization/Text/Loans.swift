/// The loan desk and the loan officer's calculator (`teller loan-calc`).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let loanMethodEqualInstalment = StringKey0("loanMethodEqualInstalment", en: "equal instalments", zh: "等额本息")
    static let loanMethodEqualPrincipal = StringKey0("loanMethodEqualPrincipal", en: "equal principal", zh: "等额本金")
    static let loanMethodInterestOnly = StringKey0("loanMethodInterestOnly", en: "interest only, principal at the end", zh: "先息后本")
    static let loanColumnNumber = StringKey0("loanColumnNumber", en: "No.", zh: "期次")
    static let loanColumnDue = StringKey0("loanColumnDue", en: "Due", zh: "还款日")
    static let loanColumnPayment = StringKey0("loanColumnPayment", en: "Payment", zh: "月供")
    static let loanColumnPrincipal = StringKey0("loanColumnPrincipal", en: "Principal", zh: "本金")
    static let loanColumnInterest = StringKey0("loanColumnInterest", en: "Interest", zh: "利息")
    static let loanColumnRemaining = StringKey0("loanColumnRemaining", en: "Remaining", zh: "剩余本金")
    static let loanSummary = StringKey4("loanSummary",
        en: { "CNY \($0) at \($1)% a year over \($2) months, \($3)" },
        zh: { "贷款 \($0) 元，年利率 \($1)%，期限 \($2) 个月，\($3)" })
    static let loanTotals = StringKey3("loanTotals",
        en: { "Total paid \($0) = principal \($1) + interest \($2)" },
        zh: { "还款合计 \($0) = 本金 \($1) + 利息 \($2)" })
    static let loanCalcMissing = StringKey1("loanCalcMissing",
        en: { "teller loan-calc: \($0) is required. Try 'teller --help'." },
        zh: { "teller loan-calc：缺少 \($0)。请运行 teller --help 查看用法。" })
    static let loanBadPrincipal = StringKey1("loanBadPrincipal",
        en: { "teller loan-calc: --principal '\($0)' is not an amount: give yuan with at most two decimals, from 0.01 to 100,000,000.00." },
        zh: { "teller loan-calc：--principal “\($0)” 不是有效金额：请以元为单位、最多两位小数，范围 0.01 至 100,000,000.00。" })
    static let loanBadRate = StringKey1("loanBadRate",
        en: { "teller loan-calc: --rate '\($0)' is not a yearly rate: give a percentage from 0 to 100 with at most four decimals, e.g. 4.35." },
        zh: { "teller loan-calc：--rate “\($0)” 不是有效年利率：请给出 0 至 100 的百分数，最多四位小数，例如 4.35。" })
    static let loanBadMonths = StringKey1("loanBadMonths",
        en: { "teller loan-calc: --months '\($0)' is not a term: give a whole number of months from 1 to 480." },
        zh: { "teller loan-calc：--months “\($0)” 不是有效期限：请给出 1 至 480 的整月数。" })
    static let loanBadMethod = StringKey1("loanBadMethod",
        en: { "teller loan-calc: --method '\($0)' is not a repayment method: use equal-instalment, equal-principal or interest-only." },
        zh: { "teller loan-calc：--method “\($0)” 不是有效还款方式：请使用 equal-instalment（等额本息）、equal-principal（等额本金）或 interest-only（先息后本）。" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loansKeys: [StringKey] = [
        .loanMethodEqualInstalment, .loanMethodEqualPrincipal, .loanMethodInterestOnly, .loanColumnNumber, .loanColumnDue,
        .loanColumnPayment, .loanColumnPrincipal, .loanColumnInterest, .loanColumnRemaining, .loanSummary, .loanTotals,
        .loanCalcMissing, .loanBadPrincipal, .loanBadRate, .loanBadMonths, .loanBadMethod,
    ]
}
