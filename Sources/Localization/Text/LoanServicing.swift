/// Loan contracts, disbursal, repayment, early repayment and the loan statement (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    // Refusals
    static let loanApplicationNotFound = StringKey1("loanApplicationNotFound",
        en: { "There is no loan application \($0)." }, zh: { "没有编号为 \($0) 的贷款申请。" })
    static let loanApplicationNotApproved = StringKey2("loanApplicationNotApproved",
        en: { "Application \($0) is \($1): only an approved application can be signed." },
        zh: { "申请 \($0) 的状态为 \($1)：只有已批准的申请才能签约。" })
    static let loanAccountMissing = StringKey1("loanAccountMissing",
        en: { "\($0): the loan needs an active CNY account of the borrower to be paid into and repaid from." },
        zh: { "\($0)：贷款需要借款人本人名下正常的人民币账户用于放款和还款。" })
    static let loanProductVersionMissing = StringKey2("loanProductVersionMissing",
        en: { "Loan product \($0) version \($1) is not in the file: the terms cannot be read." },
        zh: { "文件中没有贷款产品 \($0) 第 \($1) 版：无法读取条款。" })
    static let loanContractFileFailed = StringKey3("loanContractFileFailed",
        en: { "Contract \($0) is signed, but its file \($1) could not be written (\($2)). Sign again to write it." },
        zh: { "合同 \($0) 已签订，但合同文件 \($1) 未能写入（\($2)）。再次签约即可重写文件。" })
    static let loanNotFound = StringKey1("loanNotFound", en: { "There is no loan \($0)." }, zh: { "没有编号为 \($0) 的贷款。" })
    static let loanNotSigned = StringKey2("loanNotSigned",
        en: { "Loan \($0) is \($1): only a signed loan not yet paid out can be disbursed." },
        zh: { "贷款 \($0) 的状态为 \($1)：只有已签约未放款的贷款才能放款。" })
    static let loanNotActive = StringKey2("loanNotActive",
        en: { "Loan \($0) is \($1): only a loan paid out and not closed can be repaid." },
        zh: { "贷款 \($0) 的状态为 \($1)：只有已放款且未结清的贷款才能还款。" })
    static let loanRepayAboveDue = StringKey2("loanRepayAboveDue",
        en: { "CNY \($0) is more than the CNY \($1) due now. To repay principal ahead of the schedule, use early repayment." },
        zh: { "\($0) 元超过当前应还的 \($1) 元。如需提前归还本金，请使用提前还款。" })
    static let loanPrepaymentInvalid = StringKey1("loanPrepaymentInvalid",
        en: { "Give the principal to repay ahead: more than 0.00 and at most the CNY \($0) outstanding after what is due now." },
        zh: { "请输入提前归还的本金：大于 0.00，且不超过扣除当前应还后的剩余本金 \($0) 元。" })
    static let loanPrepaymentAboveOutstanding = StringKey2("loanPrepaymentAboveOutstanding",
        en: { "CNY \($0) is more than the CNY \($1) of principal outstanding after what is due now." },
        zh: { "\($0) 元超过扣除当前应还后的剩余本金 \($1) 元。" })

    // Customer texts
    static let loanSMSDisbursedToAccount = StringKey4("loanSMSDisbursedToAccount",
        en: { "Loan \($0): CNY \($1) has been paid into your account \($2). Balance CNY \($3)." },
        zh: { "贷款 \($0)：\($1) 元已发放至您的账户 \($2)，余额 \($3) 元。" })
    static let loanSMSDisbursedInCash = StringKey2("loanSMSDisbursedInCash",
        en: { "Loan \($0): CNY \($1) has been paid out to you in cash at the counter." },
        zh: { "贷款 \($0)：\($1) 元已在柜台以现金发放给您。" })
    static let loanSMSRepaid = StringKey3("loanSMSRepaid",
        en: { "Loan \($0): CNY \($1) received. Principal outstanding CNY \($2)." },
        zh: { "贷款 \($0)：已收到还款 \($1) 元，剩余本金 \($2) 元。" })

    // Contract and voucher labels (printed in both languages)
    static let loanContractTitle = StringKey0("loanContractTitle", en: "LOAN CONTRACT", zh: "借款合同")
    static let loanContractNumber = StringKey0("loanContractNumber", en: "Contract No.", zh: "合同编号")
    static let loanContractApplication = StringKey0("loanContractApplication", en: "Application", zh: "申请编号")
    static let loanContractLender = StringKey0("loanContractLender", en: "Lender", zh: "贷款人")
    static let loanContractBorrower = StringKey0("loanContractBorrower", en: "Borrower", zh: "借款人")
    static let loanContractProduct = StringKey0("loanContractProduct", en: "Product", zh: "贷款产品")
    static let loanContractRate = StringKey0("loanContractRate", en: "Annual rate", zh: "年利率")
    static let loanContractPenaltyRate = StringKey0("loanContractPenaltyRate", en: "Penalty rate", zh: "罚息利率")
    static let loanContractTerm = StringKey0("loanContractTerm", en: "Term in months", zh: "期限（月）")
    static let loanContractMethod = StringKey0("loanContractMethod", en: "Repayment", zh: "还款方式")
    static let loanContractFirstPayment = StringKey0("loanContractFirstPayment", en: "First payment", zh: "首期还款")
    static let loanContractLastPayment = StringKey0("loanContractLastPayment", en: "Last payment", zh: "末期还款")
    static let loanContractTotalInterest = StringKey0("loanContractTotalInterest", en: "Total interest", zh: "利息合计")
    static let loanContractTotalPaid = StringKey0("loanContractTotalPaid", en: "Total to repay", zh: "还款合计")
    static let loanContractCollateral = StringKey0("loanContractCollateral", en: "Collateral", zh: "抵质押物")
    static let loanContractGuarantors = StringKey0("loanContractGuarantors", en: "Guarantors", zh: "保证人")
    static let loanContractScheduleNote = StringKey0("loanContractScheduleNote",
        en: "Schedule (due dates count from the day the loan is paid out)", zh: "还款计划（还款日自放款之日起计算）")
    static let loanVoucherTitleDisbursal = StringKey0("loanVoucherTitleDisbursal", en: "LOAN DISBURSAL", zh: "贷款发放凭证")
    static let loanVoucherTitleRepayment = StringKey0("loanVoucherTitleRepayment", en: "LOAN REPAYMENT", zh: "贷款还款凭证")
    static let loanPartPenalty = StringKey0("loanPartPenalty", en: "Penalty", zh: "罚息")
    static let loanPartInterest = StringKey0("loanPartInterest", en: "Interest", zh: "利息")
    static let loanPartPrincipal = StringKey0("loanPartPrincipal", en: "Principal", zh: "本金")
    static let loanPartPrepayment = StringKey0("loanPartPrepayment", en: "Repaid ahead", zh: "提前还本")
    static let loanOutstandingAfter = StringKey0("loanOutstandingAfter", en: "Principal outstanding", zh: "剩余本金")
    static let loanClosedMark = StringKey0("loanClosedMark", en: "LOAN CLOSED", zh: "贷款已结清")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanServicingKeys: [StringKey] = [
        .loanApplicationNotFound, .loanApplicationNotApproved, .loanAccountMissing, .loanProductVersionMissing, .loanContractFileFailed,
        .loanNotFound, .loanNotSigned, .loanNotActive, .loanRepayAboveDue, .loanPrepaymentInvalid, .loanPrepaymentAboveOutstanding,
        .loanSMSDisbursedToAccount, .loanSMSDisbursedInCash, .loanSMSRepaid,
        .loanContractTitle, .loanContractNumber, .loanContractApplication, .loanContractLender, .loanContractBorrower,
        .loanContractProduct, .loanContractRate, .loanContractPenaltyRate, .loanContractTerm, .loanContractMethod,
        .loanContractFirstPayment, .loanContractLastPayment, .loanContractTotalInterest, .loanContractTotalPaid,
        .loanContractCollateral, .loanContractGuarantors, .loanContractScheduleNote, .loanVoucherTitleDisbursal,
        .loanVoucherTitleRepayment, .loanPartPenalty, .loanPartInterest, .loanPartPrincipal, .loanPartPrepayment,
        .loanOutstandingAfter, .loanClosedMark,
    ]
}
