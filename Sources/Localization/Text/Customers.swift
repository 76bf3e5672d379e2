/// Customer search, registration, the customer panel, KYC and risk.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let customerNotFound = StringKey0("customerNotFound",
        en: "No such customer. Search again or register the customer.",
        zh: "找不到该客户。请重新查找或登记新客户。")
    static let customerBadName = StringKey0("customerBadName",
        en: "Enter the name as on the ID document (1 to 60 characters).",
        zh: "请按证件填写姓名（1 到 60 个字符）。")
    static let customerBadBirthDate = StringKey0("customerBadBirthDate",
        en: "The date of birth cannot be in the future or before 1900.",
        zh: "出生日期不能晚于今天或早于 1900 年。")
    static let customerBirthDateMismatch = StringKey2("customerBirthDateMismatch",
        en: { "The ID number gives the date of birth \($0), but \($1) was typed: correct the number or the date." },
        zh: { "证件号码中的出生日期为 \($0)，而填写的是 \($1)：请更正号码或日期。" })
    static let customerBadAddress = StringKey0("customerBadAddress",
        en: "The address must have 5 to 120 characters (street and number, city).",
        zh: "地址须为 5 至 120 个字符（街道门牌号、城市）。")
    static let customerAlreadyRegistered = StringKey1("customerAlreadyRegistered",
        en: { "This document is already registered to \($0). Search for the customer instead." },
        zh: { "该证件已登记给 \($0)，请直接查找该客户。" })
    static let risk_unrated = StringKey0("risk_unrated", en: "not rated", zh: "未评级")
    static let risk_low = StringKey0("risk_low", en: "low", zh: "低")
    static let risk_medium = StringKey0("risk_medium", en: "medium", zh: "中")
    static let risk_high = StringKey0("risk_high", en: "high", zh: "高")
    static let customersTitle = StringKey0("customersTitle", en: "Customers", zh: "客户查询")
    static let customersSearch = StringKey0("customersSearch", en: "Find", zh: "查找")
    static let customersSearchHint = StringKey0("customersSearchHint",
        en: "Name (or part), ID number, phone, or the last 4 of either; Enter searches.",
        zh: "姓名（可部分）、证件号、手机号或其后四位；回车查找。")
    static let customersColumnName = StringKey0("customersColumnName", en: "Name", zh: "姓名")
    static let customersColumnID = StringKey0("customersColumnID", en: "ID number", zh: "证件号")
    static let customersColumnPhone = StringKey0("customersColumnPhone", en: "Phone", zh: "手机")
    static let customersColumnBirth = StringKey0("customersColumnBirth", en: "Born", zh: "出生日期")
    static let customersColumnNeeds = StringKey0("customersColumnNeeds", en: "Assistance", zh: "协助需求")
    static let customersNone = StringKey1("customersNone",
        en: { "No customer found. \($0) registers a new one." },
        zh: { "未找到客户。按 \($0) 登记新客户。" })
    static let customersTypeToSearch = StringKey0("customersTypeToSearch",
        en: "Type a name, ID number or phone and press Enter.",
        zh: "请输入姓名、证件号或手机号后回车。")
    static let customersRegister = StringKey0("customersRegister", en: "Register", zh: "登记")
    static let customersRegisterLong = StringKey0("customersRegisterLong", en: "Register a new customer", zh: "登记新客户")
    static let customersOpen = StringKey0("customersOpen", en: "Open", zh: "查看")
    static let customersOpenLong = StringKey0("customersOpenLong", en: "Open the highlighted customer's panel", zh: "查看选中客户的详情")
    static let registerTitle = StringKey0("registerTitle", en: "Register customer", zh: "登记客户")
    static let customerRegistered = StringKey1("customerRegistered", en: { "Customer \($0) registered." }, zh: { "已登记客户 \($0)。" })
    static let phoneInvalid = StringKey0("phoneInvalid",
        en: "Enter a mobile number (11 digits starting 13–19), a landline with area code, or + and country code.",
        zh: "请输入手机号（1 开头 11 位）、带区号的座机号，或以 + 开头的国际号码。")
    static let panelTitle = StringKey1("panelTitle", en: { "Customer: \($0)" }, zh: { "客户：\($0)" })
    static let panelRisk = StringKey0("panelRisk", en: "Risk level", zh: "风险等级")
    static let panelManager = StringKey0("panelManager", en: "Account manager", zh: "客户经理")
    static let panelAccounts = StringKey0("panelAccounts", en: "Accounts", zh: "账户")
    static let panelNoAccounts = StringKey0("panelNoAccounts", en: "No accounts yet.", zh: "暂无账户。")
    static let panelVisits = StringKey0("panelVisits", en: "Recent visits", zh: "最近到访")
    static let panelNoVisits = StringKey0("panelNoVisits", en: "No visits yet.", zh: "暂无到访记录。")
    static let panelComplaints = StringKey0("panelComplaints", en: "Open complaints", zh: "未结投诉")
    static let panelReveal = StringKey0("panelReveal", en: "Reveal", zh: "显示全文")
    static let panelRevealLong = StringKey0("panelRevealLong",
        en: "Show the full ID number and phone (the reveal is audited)",
        zh: "显示完整证件号和手机号（将记入审计）")
    static let panelRevealed = StringKey0("panelRevealed", en: "Full details shown; this was recorded in the audit trail.", zh: "已显示完整信息，并已记入审计日志。")
    static let panelTicket = StringKey0("panelTicket", en: "Ticket", zh: "取号")
    static let panelTicketLong = StringKey0("panelTicketLong", en: "Record needs and issue a queue ticket for this customer", zh: "登记需求并为该客户取号")
    static let panelManagerKey = StringKey0("panelManagerKey", en: "Manager", zh: "客户经理")
    static let panelManagerKeyLong = StringKey0("panelManagerKeyLong",
        en: "Assign the next account manager in turn (for customers with special needs)",
        zh: "依次指定客户经理（适用于有特殊需求的客户）")
    static let panelBook = StringKey0("panelBook", en: "Book", zh: "预约")
    static let panelBookLong = StringKey0("panelBookLong", en: "Book an appointment for this customer", zh: "为该客户预约")
    static let panelManagerSet = StringKey1("panelManagerSet", en: { "Account manager: \($0)." }, zh: { "客户经理：\($0)。" })
    static let panelNone = StringKey0("panelNone", en: "none", zh: "无")
    static let customerPINLength = StringKey0("customerPINLength", en: "A card PIN has exactly 6 digits.", zh: "银行卡密码为 6 位数字。")
    static let customerPINBlocked = StringKey0("customerPINBlocked",
        en: "The customer's PIN is blocked after too many wrong entries; a supervisor must reset it.",
        zh: "客户密码输错次数过多已被锁定，须由主管重置。")
    static let customerPINNowBlocked = StringKey0("customerPINNowBlocked",
        en: "Wrong PIN: the customer's PIN is now blocked. A supervisor must reset it.",
        zh: "密码错误：客户密码已被锁定，须由主管重置。")
    static let customerPINWrong = StringKey1("customerPINWrong",
        en: { "Wrong PIN. \($0) \(plural($0, "attempt", "attempts")) left before it is blocked." },
        zh: { "密码错误。再错 \($0) 次将被锁定。" })
    static let customerNoPIN = StringKey0("customerNoPIN",
        en: "This customer has no PIN yet; set one first or verify another way.",
        zh: "该客户尚未设置密码，请先设置或改用其他方式核验。")
    static let customerNoOTP = StringKey0("customerNoOTP", en: "This customer is not enrolled for one-time codes.", zh: "该客户未开通动态验证码。")
    static let customerOTPReplayed = StringKey0("customerOTPReplayed",
        en: "This code was already used; ask for the next one.",
        zh: "该验证码已使用过，请客户提供新的验证码。")
    static let customerOTPMalformed = StringKey0("customerOTPMalformed", en: "A one-time code has 6 digits.", zh: "动态验证码为 6 位数字。")
    static let customerOTPWrong = StringKey0("customerOTPWrong", en: "The one-time code is wrong or too old.", zh: "动态验证码错误或已过期。")
    static let kycFieldProblem = StringKey1("kycFieldProblem", en: { "Check the application field \"\($0)\"." }, zh: { "请检查申请表中的“\($0)”一项。" })
    static let kycDocumentsMissing = StringKey0("kycDocumentsMissing", en: "Record at least one document seen.", zh: "请至少记录一项已核验的证件材料。")
    static let watchListUnreadable = StringKey1("watchListUnreadable",
        en: { "teller: cannot read \($0) (missing, a folder, or not UTF-8 text). The watch list was not changed." },
        zh: { "teller：无法读取 \($0)（文件不存在、是文件夹或不是 UTF-8 文本）。名单未作更改。" })
    static let watchListBadLine = StringKey3("watchListBadLine",
        en: { "\($0), line \($1): \($2). The watch list was not changed." },
        zh: { "\($0) 第 \($1) 行：\($2)。名单未作更改。" })
    static let kycOccupation = StringKey0("kycOccupation", en: "Occupation", zh: "职业")
    static let kycEmployer = StringKey0("kycEmployer", en: "Employer", zh: "工作单位")
    static let kycEmployerHint = StringKey0("kycEmployerHint",
        en: "May be empty for retired, student, unemployed, homemaker or self-employed.",
        zh: "退休、学生、无业、家庭主妇或个体户可不填。")
    static let kycIncome = StringKey0("kycIncome", en: "Annual income", zh: "年收入")
    static let kycPurpose = StringKey0("kycPurpose", en: "Purpose of account", zh: "开户用途")
    static let kycTax = StringKey0("kycTax", en: "Tax residency", zh: "税收居民身份")
    static let kycPEP = StringKey0("kycPEP", en: "Politically exposed person", zh: "政治公众人物")
    static let kycFieldHint = StringKey0("kycFieldHint",
        en: "Check this answer: occupation 2–40 characters, address 5–120, employer unless not employed.",
        zh: "请检查此项：职业 2–40 字，地址 5–120 字，除非无工作单位须填写单位。")
    static let income_under_50k = StringKey0("income_under_50k", en: "Under 50,000", zh: "5 万以下")
    static let income_50k_200k = StringKey0("income_50k_200k", en: "50,000 – 200,000", zh: "5 万至 20 万")
    static let income_200k_1m = StringKey0("income_200k_1m", en: "200,000 – 1,000,000", zh: "20 万至 100 万")
    static let income_over_1m = StringKey0("income_over_1m", en: "over 1,000,000", zh: "100 万以上")
    static let purpose_salary = StringKey0("purpose_salary", en: "Salary", zh: "工资")
    static let purpose_savings = StringKey0("purpose_savings", en: "Savings", zh: "储蓄")
    static let purpose_investment = StringKey0("purpose_investment", en: "Investment", zh: "投资")
    static let purpose_business = StringKey0("purpose_business", en: "Business", zh: "经营")
    static let purpose_other = StringKey0("purpose_other", en: "Other", zh: "其他")
    static let tax_china = StringKey0("tax_china", en: "China only", zh: "仅中国")
    static let tax_other = StringKey0("tax_other", en: "Other country", zh: "其他国家")
    static let tax_both = StringKey0("tax_both", en: "China and another", zh: "中国及其他国家")
    static let riskReason_politicallyExposed = StringKey0("riskReason_politicallyExposed", en: "politically exposed", zh: "政治公众人物")
    static let riskReason_foreignTaxResidency = StringKey0("riskReason_foreignTaxResidency", en: "foreign tax residency", zh: "境外税收居民")
    static let riskReason_highRiskOccupation = StringKey0("riskReason_highRiskOccupation", en: "high-risk occupation", zh: "高风险职业")
    static let riskReason_highIncome = StringKey0("riskReason_highIncome", en: "high income", zh: "高收入")
    static let riskReason_businessPurpose = StringKey0("riskReason_businessPurpose", en: "business purpose", zh: "经营用途")
    static let riskReason_foreignDocument = StringKey0("riskReason_foreignDocument", en: "foreign document", zh: "境外证件")
    static let riskReason_minor = StringKey0("riskReason_minor", en: "minor", zh: "未成年")
    static let riskReason_elderly = StringKey0("riskReason_elderly", en: "aged 80 or over", zh: "80 岁及以上")
    static let panelOpenAccount = StringKey0("panelOpenAccount", en: "Open account", zh: "开户")
    static let panelOpenAccountLong = StringKey0("panelOpenAccountLong",
        en: "Open an account for this customer (or continue an approved application)",
        zh: "为该客户开户（或继续已批准的申请）")
    static let panelVerify = StringKey0("panelVerify", en: "Verify", zh: "核验")
    static let panelVerifyLong = StringKey0("panelVerifyLong",
        en: "Verify the customer by PIN, one-time code or an attested check",
        zh: "通过密码、动态码或人工核验客户身份")
    static let panelSetPIN = StringKey0("panelSetPIN", en: "Set PIN", zh: "设置密码")
    static let panelSetPINLong = StringKey0("panelSetPINLong",
        en: "The customer sets or changes their 6-digit PIN (a blocked PIN needs a supervisor)",
        zh: "客户设置或修改 6 位密码（已锁定的密码须主管操作）")
    static let panelEnrolOTP = StringKey0("panelEnrolOTP", en: "One-time codes", zh: "动态码")
    static let panelEnrolOTPLong = StringKey0("panelEnrolOTPLong",
        en: "Enrol the customer for one-time codes and show the otpauth:// link",
        zh: "为客户开通动态验证码并显示 otpauth:// 链接")
    static let panelOTPEnrolled = StringKey0("panelOTPEnrolled",
        en: "Scan or type this link into the customer's authenticator app:",
        zh: "请让客户在验证器应用中扫描或输入以下链接：")
    static let panelPINSet = StringKey0("panelPINSet", en: "PIN set.", zh: "密码已设置。")
    static let setPINTitle = StringKey1("setPINTitle", en: { "Set PIN for \($0)" }, zh: { "为 \($0) 设置密码" })
    static let panelOTPSecret = StringKey1("panelOTPSecret", en: { "Secret (to type by hand): \($0)" }, zh: { "密钥（手动输入用）：\($0)" })
    static let matchKind_idNumber = StringKey0("matchKind_idNumber", en: "ID number match", zh: "证件号码命中")
    static let matchKind_nameAndBirthDate = StringKey0("matchKind_nameAndBirthDate", en: "name and date of birth match", zh: "姓名及出生日期命中")
    static let matchKind_nameOnly = StringKey0("matchKind_nameOnly", en: "name match", zh: "姓名命中")
    static let watchListEmpty = StringKey1("watchListEmpty",
        en: { "\($0) has no entries; an empty watch list is not loaded. The watch list was not changed." },
        zh: { "\($0) 中没有任何记录，不载入空名单。名单未作更改。" })
    static let customerNotVerified = StringKey0("customerNotVerified",
        en: "Verify the customer's identity first (PIN or one-time code) for this operation.",
        zh: "请先为此业务核实客户身份（密码或动态码）。")
    static let panelReactivate = StringKey0("panelReactivate", en: "Reactivate dormant account", zh: "激活久悬户")
    static let panelReactivateLong = StringKey0("panelReactivateLong",
        en: "Verify the customer's identity for the dormant account, then reactivate it so money can move again.",
        zh: "为久悬账户核实客户身份后将其激活，恢复动账。")
    static let panelReactivated = StringKey1("panelReactivated", en: { "Account \($0) reactivated." }, zh: { "账户 \($0) 已激活。" })
    static let panelReactivationService = StringKey1("panelReactivationService", en: { "reactivation of \($0)" }, zh: { "激活账户 \($0)" })
    static let panelCheckDocument = StringKey0("panelCheckDocument", en: "Check ID", zh: "核验证件")
    static let panelCheckDocumentLong = StringKey0("panelCheckDocumentLong",
        en: "Check this customer's identity document (needed in this visit before a PIN or one-time code is set)",
        zh: "核验该客户的身份证件（本次办理中设置密码或动态口令前必须核验）")
    static let customerOTPBlocked = StringKey0("customerOTPBlocked",
        en: "One-time codes are blocked for this customer after too many wrong codes; a supervisor must unblock them.",
        zh: "该客户动态码输错次数过多，已被锁定；须由主管解除锁定。")
    static let customerOTPNotBlocked = StringKey0("customerOTPNotBlocked",
        en: "One-time codes are not blocked for this customer.",
        zh: "该客户的动态码未被锁定。")
    static let panelUnblockOTP = StringKey0("panelUnblockOTP", en: "Unblock codes", zh: "解除动态码锁定")
    static let panelUnblockOTPLong = StringKey0("panelUnblockOTPLong",
        en: "Unblock the customer's one-time codes after too many wrong codes (supervisor; audited)",
        zh: "客户动态码错误次数过多被锁定后予以解除（主管；留有审计记录）")
    static let panelOTPUnblocked = StringKey0("panelOTPUnblocked",
        en: "One-time codes unblocked. The customer can verify with a code again.",
        zh: "已解除动态码锁定，客户可再次用动态码核验。")
    static let uiKYCField_occupation = StringKey0("uiKYCField_occupation", en: "Occupation", zh: "职业")
    static let uiKYCField_employer = StringKey0("uiKYCField_employer", en: "Employer", zh: "工作单位")
    static let uiKYCField_address = StringKey0("uiKYCField_address", en: "Address", zh: "地址")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let customersKeys: [StringKey] = [
        .customerNotFound, .customerBadName, .customerBadBirthDate, .customerBirthDateMismatch, .customerBadAddress,
        .customerAlreadyRegistered, .risk_unrated, .risk_low, .risk_medium, .risk_high, .customersTitle,
        .customersSearch, .customersSearchHint, .customersColumnName, .customersColumnID, .customersColumnPhone,
        .customersColumnBirth, .customersColumnNeeds, .customersNone, .customersTypeToSearch, .customersRegister,
        .customersRegisterLong, .customersOpen, .customersOpenLong, .registerTitle, .customerRegistered, .phoneInvalid,
        .panelTitle, .panelRisk, .panelManager, .panelAccounts, .panelNoAccounts, .panelVisits, .panelNoVisits,
        .panelComplaints, .panelReveal, .panelRevealLong, .panelRevealed, .panelTicket, .panelTicketLong,
        .panelManagerKey, .panelManagerKeyLong, .panelBook, .panelBookLong, .panelManagerSet, .panelNone,
        .customerPINLength, .customerPINBlocked, .customerPINNowBlocked, .customerPINWrong, .customerNoPIN,
        .customerNoOTP, .customerOTPReplayed, .customerOTPMalformed, .customerOTPWrong, .kycFieldProblem,
        .kycDocumentsMissing, .watchListUnreadable, .watchListBadLine, .kycOccupation, .kycEmployer, .kycEmployerHint,
        .kycIncome, .kycPurpose, .kycTax, .kycPEP, .kycFieldHint, .income_under_50k, .income_50k_200k, .income_200k_1m,
        .income_over_1m, .purpose_salary, .purpose_savings, .purpose_investment, .purpose_business, .purpose_other,
        .tax_china, .tax_other, .tax_both, .riskReason_politicallyExposed, .riskReason_foreignTaxResidency,
        .riskReason_highRiskOccupation, .riskReason_highIncome, .riskReason_businessPurpose,
        .riskReason_foreignDocument, .riskReason_minor, .riskReason_elderly, .panelOpenAccount, .panelOpenAccountLong,
        .panelVerify, .panelVerifyLong, .panelSetPIN, .panelSetPINLong, .panelEnrolOTP, .panelEnrolOTPLong,
        .panelOTPEnrolled, .panelPINSet, .setPINTitle, .panelOTPSecret, .matchKind_idNumber,
        .matchKind_nameAndBirthDate, .matchKind_nameOnly, .watchListEmpty, .customerNotVerified, .panelReactivate,
        .panelReactivateLong, .panelReactivated, .panelReactivationService, .panelCheckDocument,
        .panelCheckDocumentLong, .customerOTPBlocked, .customerOTPNotBlocked, .panelUnblockOTP, .panelUnblockOTPLong,
        .panelOTPUnblocked, .uiKYCField_occupation, .uiKYCField_employer, .uiKYCField_address,
    ]
}
