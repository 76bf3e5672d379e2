/// Loan contracts, disbursal, repayment, early repayment and the loan statement (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let loanPayoutSecondPerson = StringKey0("loanPayoutSecondPerson",
        en: "The system approved this loan and you entered or signed it: a supervisor confirms the payout",
        zh: "该贷款由系统审批且由您录入或签约：放款须由主管确认")
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
    // Screens
    static let loanServicingCustomerTitle = StringKey1("loanServicingCustomerTitle", en: { "Loans of \($0)" }, zh: { "\($0) 的贷款" })
    static let loanServicingNothing = StringKey0("loanServicingNothing",
        en: "No approved application and no loan for this customer.",
        zh: "该客户没有已批准的申请，也没有贷款。")
    static let loanServicingWaiting = StringKey0("loanServicingWaiting", en: "approved, to sign", zh: "已批准，待签约")
    static let loanServicingSigned = StringKey0("loanServicingSigned", en: "signed, to pay out", zh: "已签约，待放款")
    static let loanServicingActive = StringKey0("loanServicingActive", en: "being repaid", zh: "还款中")
    static let loanServicingClosed = StringKey0("loanServicingClosed", en: "closed", zh: "已结清")
    static let loanServicingColumnNumber = StringKey0("loanServicingColumnNumber", en: "Number", zh: "编号")
    static let loanServicingColumnStatus = StringKey0("loanServicingColumnStatus", en: "Status", zh: "状态")
    static let loanServicingColumnAmount = StringKey0("loanServicingColumnAmount", en: "Amount", zh: "金额")
    static let loanServicingColumnOutstanding = StringKey0("loanServicingColumnOutstanding", en: "Outstanding", zh: "剩余本金")
    static let loanServicingColumnTerms = StringKey0("loanServicingColumnTerms", en: "Terms", zh: "条款")
    static let loanServicingKeySign = StringKey0("loanServicingKeySign", en: "Sign", zh: "签约")
    static let loanServicingKeySignLong = StringKey0("loanServicingKeySignLong",
        en: "Sign the contract of the approved application chosen",
        zh: "为所选已批准申请签订合同")
    static let loanServicingKeyDisburse = StringKey0("loanServicingKeyDisburse", en: "Pay out", zh: "放款")
    static let loanServicingKeyDisburseLong = StringKey0("loanServicingKeyDisburseLong",
        en: "Pay the signed loan chosen into the account or in cash",
        zh: "将所选已签约贷款发放至账户或以现金发放")
    static let loanServicingKeyRepay = StringKey0("loanServicingKeyRepay", en: "Repay", zh: "还款")
    static let loanServicingKeyRepayLong = StringKey0("loanServicingKeyRepayLong",
        en: "Take a repayment, regular or early, on the loan chosen",
        zh: "为所选贷款办理还款（正常或提前）")
    static let loanServicingKeyStatement = StringKey0("loanServicingKeyStatement", en: "Statement", zh: "对账单")
    static let loanServicingKeyStatementLong = StringKey0("loanServicingKeyStatementLong",
        en: "Show every instalment and repayment of the loan chosen",
        zh: "查看所选贷款的每期还款计划和每笔还款")
    static let loanServicingChooseRow = StringKey0("loanServicingChooseRow", en: "Choose a row this works on first.", zh: "请先选择适用此操作的一行。")
    static let loanContractScreenTitle = StringKey1("loanContractScreenTitle", en: { "Loan contract for \($0)" }, zh: { "\($0) 的借款合同" })
    static let loanContractConfirmHeading = StringKey0("loanContractConfirmHeading",
        en: "Read the terms to the customer, then sign",
        zh: "向客户宣读条款后签约")
    static let loanContractKeySignLong = StringKey0("loanContractKeySignLong",
        en: "Verify the customer (PIN or one-time code) and sign the contract",
        zh: "验证客户身份（密码或动态码）后签订合同")
    static let loanContractSigned = StringKey2("loanContractSigned",
        en: { "Contract \($0) signed; its file is \($1)." },
        zh: { "合同 \($0) 已签订，合同文件为 \($1)。" })
    static let loanContractSignedHeading = StringKey0("loanContractSignedHeading", en: "Contract signed", zh: "合同已签订")
    static let loanContractFile = StringKey0("loanContractFile", en: "Contract file", zh: "合同文件")
    static let loanDisbursalTitle = StringKey1("loanDisbursalTitle", en: { "Pay out loan \($0)" }, zh: { "发放贷款 \($0)" })
    static let loanFieldPayout = StringKey0("loanFieldPayout", en: "Pay out", zh: "放款方式")
    static let loanFieldSource = StringKey0("loanFieldSource", en: "Paid from", zh: "还款来源")
    static let loanSideAccount = StringKey0("loanSideAccount", en: "customer account", zh: "客户账户")
    static let loanSideCash = StringKey0("loanSideCash", en: "cash", zh: "现金")
    static let loanRepaymentTitle = StringKey1("loanRepaymentTitle", en: { "Repay loan \($0)" }, zh: { "偿还贷款 \($0)" })
    static let loanFieldKind = StringKey0("loanFieldKind", en: "Repayment", zh: "还款类型")
    static let loanKindRegular = StringKey0("loanKindRegular", en: "what is due", zh: "正常还款")
    static let loanKindEarlyPart = StringKey0("loanKindEarlyPart", en: "early, in part", zh: "部分提前还款")
    static let loanKindEarlyFull = StringKey0("loanKindEarlyFull", en: "early, in full", zh: "全部提前还款")
    static let loanFieldAmount = StringKey0("loanFieldAmount", en: "Amount", zh: "金额")
    static let loanFieldAmountHint = StringKey0("loanFieldAmountHint",
        en: "what is due: the amount paid; early in part: the principal repaid ahead",
        zh: "正常还款填还款金额；部分提前还款填提前归还的本金")
    static let loanFieldChoice = StringKey0("loanFieldChoice", en: "Afterwards", zh: "提前还款后")
    static let loanChoiceShorten = StringKey0("loanChoiceShorten", en: "shorter term", zh: "缩短期限")
    static let loanChoiceLower = StringKey0("loanChoiceLower", en: "lower instalment", zh: "减少月供")
    static let loanRepaymentDueLine = StringKey3("loanRepaymentDueLine",
        en: { "Due now CNY \($0) · overdue CNY \($1) · payoff CNY \($2)" },
        zh: { "当前应还 \($0) 元 · 逾期 \($1) 元 · 全部结清 \($2) 元" })
    static let loanRepaymentToPay = StringKey1("loanRepaymentToPay", en: { "To pay: CNY \($0)" }, zh: { "应付：\($0) 元" })
    static let loanNewSchedule = StringKey0("loanNewSchedule", en: "New schedule", zh: "新还款计划")
    static let loanNewScheduleSummary = StringKey3("loanNewScheduleSummary",
        en: { "\($0) months, first \($1), last \($2)" },
        zh: { "共 \($0) 期，首期 \($1)，末期 \($2)" })
    static let loanStatementTitle = StringKey1("loanStatementTitle", en: { "Statement of loan \($0)" }, zh: { "贷款 \($0) 对账单" })
    static let loanStatementHeader = StringKey4("loanStatementHeader",
        en: { "Lent \($0) · outstanding \($1) · penalty accrued \($2), paid \($3)" },
        zh: { "贷款 \($0) 元 · 剩余本金 \($1) 元 · 罚息计 \($2)，已付 \($3)" })
    static let loanStatementPaid = StringKey0("loanStatementPaid", en: "Paid", zh: "已还")
    static let loanStatementPaidOn = StringKey0("loanStatementPaidOn", en: "Paid on", zh: "还款日期")
    static let loanStatementRepayments = StringKey0("loanStatementRepayments", en: "Repayments", zh: "还款记录")
    static let loanStatementDate = StringKey0("loanStatementDate", en: "Date", zh: "日期")
    static let loanStatementEntry = StringKey0("loanStatementEntry", en: "Entry", zh: "分录")
    static let loanStatementNoRepayments = StringKey0("loanStatementNoRepayments", en: "No repayment yet.", zh: "尚无还款。")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanServicingKeys: [StringKey] = [
        .loanPayoutSecondPerson,
        .loanApplicationNotFound, .loanApplicationNotApproved, .loanAccountMissing, .loanProductVersionMissing,
        .loanContractFileFailed, .loanNotFound, .loanNotSigned, .loanNotActive, .loanRepayAboveDue, .loanPrepaymentInvalid,
        .loanPrepaymentAboveOutstanding, .loanSMSDisbursedToAccount, .loanSMSDisbursedInCash, .loanSMSRepaid, .loanContractTitle,
        .loanContractNumber, .loanContractApplication, .loanContractLender, .loanContractBorrower, .loanContractProduct,
        .loanContractRate, .loanContractPenaltyRate, .loanContractTerm, .loanContractMethod, .loanContractFirstPayment,
        .loanContractLastPayment, .loanContractTotalInterest, .loanContractTotalPaid, .loanContractCollateral,
        .loanContractGuarantors, .loanContractScheduleNote, .loanVoucherTitleDisbursal, .loanVoucherTitleRepayment,
        .loanPartPenalty, .loanPartInterest, .loanPartPrincipal, .loanPartPrepayment, .loanOutstandingAfter, .loanClosedMark,
        .loanServicingCustomerTitle, .loanServicingNothing, .loanServicingWaiting, .loanServicingSigned, .loanServicingActive,
        .loanServicingClosed, .loanServicingColumnNumber, .loanServicingColumnStatus, .loanServicingColumnAmount,
        .loanServicingColumnOutstanding, .loanServicingColumnTerms, .loanServicingKeySign, .loanServicingKeySignLong,
        .loanServicingKeyDisburse, .loanServicingKeyDisburseLong, .loanServicingKeyRepay, .loanServicingKeyRepayLong,
        .loanServicingKeyStatement, .loanServicingKeyStatementLong, .loanServicingChooseRow, .loanContractScreenTitle,
        .loanContractConfirmHeading, .loanContractKeySignLong, .loanContractSigned, .loanContractSignedHeading, .loanContractFile,
        .loanDisbursalTitle, .loanFieldPayout, .loanFieldSource, .loanSideAccount, .loanSideCash, .loanRepaymentTitle,
        .loanFieldKind, .loanKindRegular, .loanKindEarlyPart, .loanKindEarlyFull, .loanFieldAmount, .loanFieldAmountHint,
        .loanFieldChoice, .loanChoiceShorten, .loanChoiceLower, .loanRepaymentDueLine, .loanRepaymentToPay, .loanNewSchedule,
        .loanNewScheduleSummary, .loanStatementTitle, .loanStatementHeader, .loanStatementPaid, .loanStatementPaidOn,
        .loanStatementRepayments, .loanStatementDate, .loanStatementEntry, .loanStatementNoRepayments,
    ]
}
