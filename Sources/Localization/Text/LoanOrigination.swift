/// Loan products, applications, the documents checklist, the credit assessment and the approvers' inbox (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    // Names of the checklist's documents and of collateral kinds (shown inside other messages and on screens).
    static let loanDocument_identity_document = StringKey0("loanDocument_identity_document", en: "identity document", zh: "身份证件")
    static let loanDocument_proof_of_income = StringKey0("loanDocument_proof_of_income", en: "proof of income", zh: "收入证明")
    static let loanDocument_employment_letter = StringKey0("loanDocument_employment_letter", en: "employment letter", zh: "在职证明")
    static let loanDocument_bank_statements = StringKey0("loanDocument_bank_statements", en: "bank statements", zh: "银行流水")
    static let loanDocument_collateral_title = StringKey0("loanDocument_collateral_title", en: "collateral title", zh: "抵押物权属证明")
    static let loanDocument_appraisal_report = StringKey0("loanDocument_appraisal_report", en: "appraisal report", zh: "评估报告")
    static let loanDocument_business_licence = StringKey0("loanDocument_business_licence", en: "business licence", zh: "营业执照")
    static let loanDocument_purchase_contract = StringKey0("loanDocument_purchase_contract", en: "purchase contract", zh: "购房合同")
    static let loanCollateral_real_estate = StringKey0("loanCollateral_real_estate", en: "real estate", zh: "房产")
    static let loanCollateral_vehicle = StringKey0("loanCollateral_vehicle", en: "vehicle", zh: "车辆")
    static let loanCollateral_time_deposit = StringKey0("loanCollateral_time_deposit", en: "time deposit", zh: "定期存单")
    static let loanCollateral_securities = StringKey0("loanCollateral_securities", en: "securities", zh: "有价证券")
    static let loanCollateral_equipment = StringKey0("loanCollateral_equipment", en: "equipment", zh: "机器设备")
    static let loanFieldPurpose = StringKey0("loanFieldPurpose", en: "Purpose", zh: "贷款用途")
    static let loanFieldEmployer = StringKey0("loanFieldEmployer", en: "Employer", zh: "工作单位")
    static let loanFieldCollateral = StringKey0("loanFieldCollateral", en: "Collateral description", zh: "抵押物描述")
    static let loanFieldAccount = StringKey0("loanFieldAccount", en: "Account", zh: "账户")
    static let loanFieldProductName = StringKey0("loanFieldProductName", en: "Product name", zh: "产品名称")

    // A product definition that cannot be saved: the rule and the figure.
    static let loanProductBadCode = StringKey1("loanProductBadCode",
        en: { "Product code '\($0)' is not valid: use 2 to 16 letters or digits." },
        zh: { "产品代码“\($0)”无效：请使用 2 至 16 位字母或数字。" })
    static let loanProductNameMissing = StringKey0("loanProductNameMissing",
        en: "A loan product needs a name in English and a name in Chinese.", zh: "贷款产品须有英文名称和中文名称。")
    static let loanProductBadAmounts = StringKey2("loanProductBadAmounts",
        en: { "Amount range CNY \($0) to \($1) is not valid: the minimum must be above 0 and not above the maximum." },
        zh: { "金额范围 \($0) 元至 \($1) 元无效：最低金额须大于 0 且不高于最高金额。" })
    static let loanProductAmountTooLarge = StringKey2("loanProductAmountTooLarge",
        en: { "Maximum amount CNY \($0) is above the largest amount the system takes, CNY \($1)." },
        zh: { "最高金额 \($0) 元超过系统可受理的最大金额 \($1) 元。" })
    static let loanProductBadMonths = StringKey2("loanProductBadMonths",
        en: { "Term range \($0) to \($1) months is not valid: terms run from 1 to 480 months, the minimum not above the maximum." },
        zh: { "期限范围 \($0) 至 \($1) 个月无效：期限须在 1 至 480 个月之间，且最短不长于最长。" })
    static let loanProductBadRate = StringKey1("loanProductBadRate",
        en: { "Contract rate \($0)% a year is not allowed: it must be from 0% to 36%." },
        zh: { "合同年利率 \($0)% 不允许：须在 0% 至 36% 之间。" })
    static let loanProductBadPenalty = StringKey3("loanProductBadPenalty",
        en: { "Penalty rate \($0)% a year is not allowed: it must be at least the contract rate \($1)% and at most \($2)%." },
        zh: { "罚息年利率 \($0)% 不允许：须不低于合同利率 \($1)%，且不高于 \($2)%。" })
    static let loanProductNoMethods = StringKey0("loanProductNoMethods",
        en: "A loan product must offer at least one repayment method.", zh: "贷款产品须至少提供一种还款方式。")
    static let loanProductNoCollateral = StringKey0("loanProductNoCollateral",
        en: "A secured product must accept at least one kind of collateral.", zh: "抵押类产品须至少接受一种抵押物。")
    static let loanProductBadLoanToValue = StringKey2("loanProductBadLoanToValue",
        en: { "Loan-to-value \($0)% is not allowed for \($1): it must be from 1% to 100%." },
        zh: { "\($1)的抵押率 \($0)% 不允许：须在 1% 至 100% 之间。" })
    static let loanProductBadLimits = StringKey2("loanProductBadLimits",
        en: { "Committee threshold CNY \($0) is not allowed: it must not be below the automatic approval limit CNY \($1), and neither may be negative." },
        zh: { "贷审会门槛 \($0) 元不允许：不得低于自动审批限额 \($1) 元，且两者均不得为负数。" })
    static let loanProductBadAppraisalAge = StringKey1("loanProductBadAppraisalAge",
        en: { "Appraisal age limit \($0) days is not allowed: it must be from 1 to 730 days." },
        zh: { "评估报告有效期 \($0) 天不允许：须在 1 至 730 天之间。" })
    static let loanProductUnknown = StringKey1("loanProductUnknown",
        en: { "There is no loan product '\($0)'." }, zh: { "没有代码为“\($0)”的贷款产品。" })
    static let loanProductInactive = StringKey1("loanProductInactive",
        en: { "Loan product \($0) is not offered any more." }, zh: { "贷款产品 \($0) 已停办。" })

    // Applications: drafts, the checklist, and what stops submission.
    static let loanAppNotFound = StringKey0("loanAppNotFound", en: "There is no such loan application.", zh: "没有该贷款申请。")
    static let loanAppNegative = StringKey0("loanAppNegative",
        en: "Amounts, terms, income and obligations may not be negative.", zh: "金额、期限、收入和负债均不得为负数。")
    static let loanAppTextTooLong = StringKey2("loanAppTextTooLong",
        en: { "At most \($0) characters: \($1)." }, zh: { "最多 \($0) 个字符：\($1)。" })
    static let loanAppNotDraft = StringKey2("loanAppNotDraft",
        en: { "Application \($0) is \($1) and can no longer be changed." }, zh: { "贷款申请 \($0) 状态为 \($1)，不能再修改。" })
    static let loanAppAccountUnknown = StringKey1("loanAppAccountUnknown",
        en: { "There is no account \($0)." }, zh: { "没有账户 \($0)。" })
    static let loanAppAccountNotCustomers = StringKey1("loanAppAccountNotCustomers",
        en: { "Account \($0) does not belong to the applicant." }, zh: { "账户 \($0) 不属于申请人。" })
    static let loanAppDocumentNotListed = StringKey2("loanAppDocumentNotListed",
        en: { "Product \($0) does not ask for this document: \($1)." }, zh: { "产品 \($0) 不要求此材料：\($1)。" })
    static let loanAppCollateralBad = StringKey0("loanAppCollateralBad",
        en: "Each collateral needs a description of at least 2 characters and an appraised value above 0.",
        zh: "每项抵押物须有至少 2 个字符的描述，且评估价值大于 0。")
    static let loanAppAmountOutside = StringKey3("loanAppAmountOutside",
        en: { "Amount CNY \($0) is outside the product's range, CNY \($1) to \($2)." },
        zh: { "申请金额 \($0) 元不在产品范围 \($1) 元至 \($2) 元之内。" })
    static let loanAppMonthsOutside = StringKey3("loanAppMonthsOutside",
        en: { "A term of \($0) months is not offered: the product lends for \($1) to \($2) months." },
        zh: { "期限 \($0) 个月不在产品期限 \($1) 至 \($2) 个月之内。" })
    static let loanAppMethodNotOffered = StringKey2("loanAppMethodNotOffered",
        en: { "Product \($0) does not offer this repayment method: \($1)." }, zh: { "产品 \($0) 不提供此还款方式：\($1)。" })
    static let loanAppIncomeMissing = StringKey0("loanAppIncomeMissing",
        en: "The applicant's monthly income is not given.", zh: "未填写申请人月收入。")
    static let loanAppAccountMissing = StringKey0("loanAppAccountMissing",
        en: "Give the applicant's own account the loan is paid into.", zh: "请填写申请人用于放款和还款的本人账户。")
    static let loanAppAccountNotUsable = StringKey3("loanAppAccountNotUsable",
        en: { "Account \($0) cannot take the loan: it must be an active CNY account, and it is \($1) in \($2)." },
        zh: { "账户 \($0) 不能用于放款：须为正常状态的人民币账户，该账户状态为 \($1)，币种 \($2)。" })
    static let loanAppCollateralMissing = StringKey1("loanAppCollateralMissing",
        en: { "Product \($0) is secured: the application needs collateral." }, zh: { "产品 \($0) 为抵押贷款：申请须提供抵押物。" })
    static let loanAppCollateralKindRefused = StringKey2("loanAppCollateralKindRefused",
        en: { "Product \($0) does not accept this collateral: \($1)." }, zh: { "产品 \($0) 不接受此类抵押物：\($1)。" })
    static let loanAppAppraisalFuture = StringKey2("loanAppAppraisalFuture",
        en: { "Appraisal date \($0) is after today, \($1)." }, zh: { "评估日期 \($0) 晚于今天 \($1)。" })
    static let loanAppAppraisalTooOld = StringKey3("loanAppAppraisalTooOld",
        en: { "The appraisal of \($0) is \($1) days old; the product accepts at most \($2) days." },
        zh: { "\($0) 的评估已过去 \($1) 天；产品最多接受 \($2) 天。" })
    static let loanAppCollateralShort = StringKey3("loanAppCollateralShort",
        en: { "Collateral worth CNY \($0) supports a loan of at most CNY \($1); CNY \($2) is asked for." },
        zh: { "价值 \($0) 元的抵押物最多可贷 \($1) 元；申请金额为 \($2) 元。" })
    static let loanAppGuarantorIsApplicant = StringKey0("loanAppGuarantorIsApplicant",
        en: "The applicant cannot be their own guarantor.", zh: "申请人不能为自己担保。")
    static let loanAppGuarantorUnknown = StringKey1("loanAppGuarantorUnknown",
        en: { "Guarantor \($0) is not a customer of the bank." }, zh: { "担保人 \($0) 不是本行客户。" })
    static let loanAppDocumentMissing = StringKey1("loanAppDocumentMissing",
        en: { "Document not yet seen: \($0)." }, zh: { "尚未查验材料：\($0)。" })
    static let loanAppCannotSubmit = StringKey1("loanAppCannotSubmit",
        en: { "The application cannot be submitted yet; problems to clear: \($0)." }, zh: { "申请尚不能提交；待解决问题：\($0) 项。" })
    static let loanAppCannotWithdraw = StringKey2("loanAppCannotWithdraw",
        en: { "Application \($0) is \($1) and cannot be withdrawn." }, zh: { "贷款申请 \($0) 状态为 \($1)，不能撤回。" })

    // The approvers' inbox and the proof the contract asks for.
    static let loanDecisionOwnApplication = StringKey0("loanDecisionOwnApplication",
        en: "You entered this application: another supervisor must decide it.", zh: "此申请由您录入：须由其他主管审批。")
    static let loanDecisionAlreadyDecided = StringKey0("loanDecisionAlreadyDecided",
        en: "You have already decided on this application.", zh: "您已审批过此申请。")
    static let loanDecisionNotAwaiting = StringKey2("loanDecisionNotAwaiting",
        en: { "Application \($0) is \($1) and is not waiting for a decision." }, zh: { "贷款申请 \($0) 状态为 \($1)，不在待审批中。" })
    static let loanApprovalMissing = StringKey3("loanApprovalMissing",
        en: { "Application \($0) is not approved as it stands: \($1) valid approvals of \($2) needed." },
        zh: { "贷款申请 \($0) 当前未获批准：有效审批 \($1) 个，需要 \($2) 个。" })
    static let loanApprovalChanged = StringKey1("loanApprovalChanged",
        en: { "The figures of application \($0) changed after it was approved: it must be approved again." },
        zh: { "贷款申请 \($0) 在批准后要素发生变化：须重新审批。" })
    static let loanApprovalExpired = StringKey2("loanApprovalExpired",
        en: { "The approval is \($0) days old; an approval may be used for \($1) days." },
        zh: { "该审批已过去 \($0) 天；审批有效期为 \($1) 天。" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanOriginationKeys: [StringKey] = [
        .loanDocument_identity_document, .loanDocument_proof_of_income, .loanDocument_employment_letter, .loanDocument_bank_statements,
        .loanDocument_collateral_title, .loanDocument_appraisal_report, .loanDocument_business_licence,
        .loanDocument_purchase_contract, .loanCollateral_real_estate, .loanCollateral_vehicle, .loanCollateral_time_deposit,
        .loanCollateral_securities, .loanCollateral_equipment, .loanFieldPurpose, .loanFieldEmployer, .loanFieldCollateral,
        .loanFieldAccount, .loanFieldProductName, .loanProductBadCode, .loanProductNameMissing, .loanProductBadAmounts, .loanProductAmountTooLarge,
        .loanProductBadMonths, .loanProductBadRate, .loanProductBadPenalty, .loanProductNoMethods, .loanProductNoCollateral,
        .loanProductBadLoanToValue, .loanProductBadLimits, .loanProductBadAppraisalAge, .loanProductUnknown, .loanProductInactive,
        .loanAppNotFound, .loanAppNegative, .loanAppTextTooLong, .loanAppNotDraft, .loanAppAccountUnknown,
        .loanAppAccountNotCustomers, .loanAppDocumentNotListed, .loanAppCollateralBad, .loanAppAmountOutside, .loanAppMonthsOutside,
        .loanAppMethodNotOffered, .loanAppIncomeMissing, .loanAppAccountMissing, .loanAppAccountNotUsable, .loanAppCollateralMissing,
        .loanAppCollateralKindRefused, .loanAppAppraisalFuture, .loanAppAppraisalTooOld, .loanAppCollateralShort,
        .loanAppGuarantorIsApplicant, .loanAppGuarantorUnknown, .loanAppDocumentMissing, .loanAppCannotSubmit,
        .loanAppCannotWithdraw, .loanDecisionOwnApplication, .loanDecisionAlreadyDecided, .loanDecisionNotAwaiting,
        .loanApprovalMissing, .loanApprovalChanged, .loanApprovalExpired,
    ]
}
