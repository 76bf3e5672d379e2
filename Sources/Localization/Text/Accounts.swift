/// Account opening, review, status changes, freezes and closing.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let reviewReasonMissing = StringKey0("reviewReasonMissing",
        en: "Give a reason for the decision (at least 3 characters).",
        zh: "请填写决定理由（至少 3 个字符）。")
    static let applicationNotFound = StringKey0("applicationNotFound", en: "No such application.", zh: "找不到该申请。")
    static let applicationNotPending = StringKey0("applicationNotPending", en: "This application is not waiting for review.", zh: "该申请不在待复核状态。")
    static let applicationNotConfirmed = StringKey0("applicationNotConfirmed", en: "The customer has not confirmed the summary.", zh: "客户尚未确认申请摘要。")
    static let applicationNotApproved = StringKey0("applicationNotApproved",
        en: "This application is not approved (it may be waiting for review or rejected).",
        zh: "该申请未获批准（可能待复核或已拒绝）。")
    static let applicationNotVerified = StringKey0("applicationNotVerified",
        en: "Verify the customer for this application first (PIN, one-time code or attested check).",
        zh: "请先为本次开户核验客户身份（密码、动态码或人工核验）。")
    static let openTitle = StringKey1("openTitle", en: { "Open account — \($0)" }, zh: { "开户 — \($0)" })
    static let openSubmit = StringKey0("openSubmit", en: "Submit", zh: "提交")
    static let openSubmitLong = StringKey0("openSubmitLong",
        en: "Submit the application: risk rating and watch-list screening run now",
        zh: "提交申请：立即进行风险评级和名单筛查")
    static let openConfirm = StringKey0("openConfirm", en: "Customer confirms", zh: "客户确认")
    static let openConfirmLong = StringKey0("openConfirmLong",
        en: "Show the summary for the customer to confirm, then verify and open",
        zh: "向客户展示摘要确认，然后核验身份并开户")
    static let openConfirmPrompt = StringKey0("openConfirmPrompt",
        en: "Enter: show the summary to the customer for confirmation.",
        zh: "回车：向客户展示摘要以供确认。")
    static let openType = StringKey0("openType", en: "Account type", zh: "账户类型")
    static let openCurrency = StringKey0("openCurrency", en: "Currency", zh: "币种")
    static let openDocuments = StringKey0("openDocuments", en: "Documents seen", zh: "已核验材料")
    static let openRisk = StringKey2("openRisk", en: { "Risk level: \($0) (score \($1))" }, zh: { "风险等级：\($0)（评分 \($1)）" })
    static let openNoRiskFactors = StringKey0("openNoRiskFactors", en: "No risk factors.", zh: "无风险因素。")
    static let openScreeningClear = StringKey0("openScreeningClear", en: "Watch-list screening: clear.", zh: "名单筛查：未命中。")
    static let openScreeningHit = StringKey0("openScreeningHit",
        en: "Watch-list screening: HIT — the application stops for supervisor review.",
        zh: "名单筛查：命中 — 申请已暂停，等待主管复核。")
    static let openStoppedForReview = StringKey1("openStoppedForReview",
        en: { "Application \($0) waits for a supervisor's review (Reviews screen)." },
        zh: { "申请 \($0) 等待主管复核（复核屏幕）。" })
    static let openClear = StringKey0("openClear", en: "Screening clear; show the summary to the customer.", zh: "筛查未命中，请向客户展示摘要。")
    static let openSummary = StringKey5("openSummary",
        en: { "\($0), \($1): open a \($2) account in \($3). Risk level \($4). Do you confirm?" },
        zh: { "\($0)，\($1)：开立\($3)\($2)账户。风险等级：\($4)。是否确认？" })
    static let openDone = StringKey2("openDone", en: { "Account \($0) opened; voucher written to \($1)." }, zh: { "账户 \($0) 已开立，凭证已写入 \($1)。" })
    static let openAccountNumber = StringKey0("openAccountNumber", en: "Account number", zh: "账号")
    static let openVoucher = StringKey0("openVoucher", en: "Voucher", zh: "凭证号")
    static let accountType_current = StringKey0("accountType_current", en: "Current", zh: "活期结算")
    static let accountType_savings = StringKey0("accountType_savings", en: "Savings", zh: "储蓄")
    static let accountType_time_deposit = StringKey0("accountType_time_deposit", en: "Time deposit", zh: "定期存款")
    static let reviewTitle = StringKey0("reviewTitle", en: "Reviews", zh: "复核")
    static let reviewApprove = StringKey0("reviewApprove", en: "Approve", zh: "批准")
    static let reviewApproveLong = StringKey0("reviewApproveLong",
        en: "Approve the highlighted application despite the hit (reason required)",
        zh: "批准选中的申请（须填写理由）")
    static let reviewReject = StringKey0("reviewReject", en: "Reject", zh: "拒绝")
    static let reviewRejectLong = StringKey0("reviewRejectLong", en: "Reject the highlighted application (reason required)", zh: "拒绝选中的申请（须填写理由）")
    static let reviewReason = StringKey0("reviewReason", en: "reason", zh: "理由")
    static let reviewReasonHint = StringKey0("reviewReasonHint", en: "Type the reason and press Enter; Esc cancels.", zh: "输入理由后回车；Esc 取消。")
    static let reviewApproved = StringKey1("reviewApproved", en: { "Application \($0) approved." }, zh: { "申请 \($0) 已批准。" })
    static let reviewRejected = StringKey1("reviewRejected", en: { "Application \($0) rejected." }, zh: { "申请 \($0) 已拒绝。" })
    static let reviewColumnID = StringKey0("reviewColumnID", en: "No.", zh: "编号")
    static let reviewColumnHit = StringKey0("reviewColumnHit", en: "Watch-list hit", zh: "名单命中")
    static let reviewNone = StringKey0("reviewNone", en: "No applications wait for review.", zh: "没有待复核的申请。")
    static let accountStatus_active = StringKey0("accountStatus_active", en: "active", zh: "正常")
    static let accountStatus_frozen = StringKey0("accountStatus_frozen", en: "frozen", zh: "冻结")
    static let accountStatus_dormant = StringKey0("accountStatus_dormant", en: "dormant", zh: "久悬")
    static let accountStatus_closed = StringKey0("accountStatus_closed", en: "closed", zh: "已销户")
    static let openReviewedHit = StringKey1("openReviewedHit", en: { "Watch-list hit approved by a supervisor: \($0)" }, zh: { "名单命中已由主管批准：\($0)" })
    static let accountNotFound = StringKey1("accountNotFound",
        en: { "No account \($0). Check the number (18 digits) or find the customer first." },
        zh: { "没有账号 \($0)。请核对账号（18 位）或先查找客户。" })
    static let accountFrozen = StringKey1("accountFrozen",
        en: { "Account \($0) is frozen: no money can move. A supervisor must lift the freeze first (customer panel, key z)." },
        zh: { "账户 \($0) 已冻结，不能动账。需主管先解除冻结（客户页面，按 z）。" })
    static let accountDormant = StringKey1("accountDormant",
        en: { "Account \($0) is dormant. Verify the customer and reactivate it first (customer panel, key a)." },
        zh: { "账户 \($0) 为久悬户。请先核实客户身份并激活账户（客户页面，按 a），再办理业务。" })
    static let accountClosed = StringKey1("accountClosed",
        en: { "Account \($0) is closed; nothing can be posted to it. Use another account of the customer." },
        zh: { "账户 \($0) 已销户，不能记账。请使用客户的其他账户。" })
    static let accountStatusChangeRefused = StringKey2("accountStatusChangeRefused",
        en: { "Account \($0) is \($1); this change does not apply." },
        zh: { "账户 \($0) 状态为 \($1)，不适用此变更。" })
    static let openingDuplicateApplication = StringKey1("openingDuplicateApplication",
        en: { "Application \($0) for this product is still open for this customer: resume it with o on the customer panel, or cancel it first." },
        zh: { "该客户此产品的申请 \($0) 仍未办结：请在客户面板按 o 继续办理，或先将其取消。" })
    static let openingGuardianNotNeeded = StringKey0("openingGuardianNotNeeded",
        en: "The customer is an adult: an account is opened without a guardian.",
        zh: "该客户已成年：开户无需监护人。")
    static let openingGuardianMissing = StringKey1("openingGuardianMissing",
        en: { "The customer is under \($0): name a guardian who is a customer of the bank (ID number, phone or name)." },
        zh: { "该客户未满 \($0) 周岁：请填写监护人（须为本行客户，可填证件号码、手机号或姓名）。" })
    static let openingGuardianNotCustomer = StringKey0("openingGuardianNotCustomer",
        en: "The guardian must be another customer of the bank: register them first.",
        zh: "监护人须为本行的其他客户：请先为其登记。")
    static let openingGuardianMinor = StringKey2("openingGuardianMinor",
        en: { "\($0) is under \($1) and cannot be a guardian." },
        zh: { "\($0) 未满 \($1) 周岁，不能担任监护人。" })
    static let openingGuardianNotVerified = StringKey1("openingGuardianNotVerified",
        en: { "Verify the guardian \($0) for this opening first (PIN, one-time code or photo check)." },
        zh: { "请先为本次开户核验监护人 \($0) 的身份（密码、动态码或照片核对）。" })
    static let openingGuardian = StringKey0("openingGuardian", en: "Guardian (under 18)", zh: "监护人（未满18岁）")
    static let openingGuardianHint = StringKey0("openingGuardianHint",
        en: "ID number, phone or name of the guardian, a customer of the bank",
        zh: "监护人的证件号码、手机号或姓名（须为本行客户）")
    static let openingApplicationClosed = StringKey1("openingApplicationClosed",
        en: { "Application \($0) is no longer open (reviewed and rejected, opened, declined or cancelled)." },
        zh: { "申请 \($0) 已办结（已拒绝、已开户、客户拒绝或已取消）。" })
    static let openingCustomerDeclined = StringKey1("openingCustomerDeclined",
        en: { "The customer said no: application \($0) is recorded as declined. Nothing was opened." },
        zh: { "客户不同意：申请 \($0) 已记录为客户拒绝，未开户。" })
    static let openingCancel = StringKey0("openingCancel", en: "Cancel application", zh: "取消申请")
    static let openingCancelLong = StringKey0("openingCancelLong",
        en: "Cancel this application with a reason (audited); nothing is opened",
        zh: "填写原因后取消本申请（留有审计记录），不开户")
    static let openingCancelReason = StringKey0("openingCancelReason", en: "Why is the application cancelled?", zh: "取消申请的原因？")
    static let openingCancelled = StringKey1("openingCancelled", en: { "Application \($0) is cancelled." }, zh: { "申请 \($0) 已取消。" })
    static let openingHighRisk = StringKey1("openingHighRisk",
        en: { "High risk: a supervisor must review application \($0) before the account is opened." },
        zh: { "高风险：须由主管复核申请 \($0) 后方可开户。" })
    static let openingAddressUpdated = StringKey0("openingAddressUpdated",
        en: "The customer's address was updated to the one on this form.",
        zh: "客户地址已更新为本表所填地址。")
    static let openingPanelApplications = StringKey0("openingPanelApplications", en: "Applications", zh: "开户申请")
    static let openingStatus_pending_review = StringKey0("openingStatus_pending_review", en: "waiting for review", zh: "待复核")
    static let openingStatus_approved = StringKey0("openingStatus_approved", en: "approved, not opened", zh: "已批准，未开户")
    static let openingStatus_rejected = StringKey0("openingStatus_rejected", en: "rejected", zh: "已拒绝")
    static let openingStatus_opened = StringKey0("openingStatus_opened", en: "opened", zh: "已开户")
    static let openingStatus_declined = StringKey0("openingStatus_declined", en: "declined by the customer", zh: "客户拒绝")
    static let openingStatus_cancelled = StringKey0("openingStatus_cancelled", en: "cancelled", zh: "已取消")
    static let reviewYouEnteredIt = StringKey1("reviewYouEnteredIt",
        en: { "You entered application \($0) yourself, so another supervisor must decide it (the maker cannot be the checker)." },
        zh: { "申请 \($0) 由您本人录入，须由另一位主管决定（录入人与复核人不能为同一人）。" })
    static let reviewOpen = StringKey0("reviewOpen", en: "Open", zh: "查看")
    static let reviewOpenLong = StringKey0("reviewOpenLong",
        en: "Show the whole application: who entered it, the customer, the KYC answers and the full watch-list hit",
        zh: "查看完整申请：录入人、客户、KYC 答案及完整的名单命中信息")
    static let reviewDetailTitle = StringKey1("reviewDetailTitle", en: { "Application \($0)" }, zh: { "申请 \($0)" })
    static let reviewEnteredBy = StringKey0("reviewEnteredBy", en: "Entered by", zh: "录入人")
    static let reviewEnteredAt = StringKey0("reviewEnteredAt", en: "Entered at", zh: "录入时间")
    static let reviewProduct = StringKey0("reviewProduct", en: "Product", zh: "产品")
    static let reviewHitLabel = StringKey0("reviewHitLabel", en: "Watch-list hit", zh: "名单命中")
    static let reviewNoHit = StringKey0("reviewNoHit", en: "none (high risk rating)", zh: "无（风险评级为高）")
    static let reviewDocuments = StringKey0("reviewDocuments", en: "Documents seen", zh: "已查验证件")
    static let openingOccupationRule = StringKey0("openingOccupationRule", en: "The occupation must have 2 to 40 characters.", zh: "职业须为 2 至 40 个字符。")
    static let openingEmployerRule = StringKey0("openingEmployerRule",
        en: "Give the employer, at most 60 characters (empty only if not employed).",
        zh: "请填写工作单位，最多 60 个字符（无工作者方可不填）。")
    static let openingGuardianService = StringKey1("openingGuardianService",
        en: { "guardian for an account opening (applicant: customer \($0))" },
        zh: { "开户监护人（申请人：客户 \($0)）" })
    static let freezeDocumentMissing = StringKey0("freezeDocumentMissing", en: "Enter the ordering document's number.", zh: "请输入冻结依据文书编号。")
    static let freezeExpiryPast = StringKey1("freezeExpiryPast",
        en: { "A freeze's expiry must be after today's business date (\($0)); leave it empty for a freeze until lifted." },
        zh: { "冻结到期日须晚于当前营业日（\($0)）；留空表示直至解冻。" })
    static let freezeNotFound = StringKey1("freezeNotFound", en: { "Freeze \($0) is not in force on this account." }, zh: { "冻结 \($0) 不存在或已解除。" })
    static let freezeTypeLabel = StringKey0("freezeTypeLabel", en: "Ordered by", zh: "冻结类型")
    static let freezeTypeJudicial = StringKey0("freezeTypeJudicial", en: "Judicial (court order)", zh: "司法冻结")
    static let freezeTypeBank = StringKey0("freezeTypeBank", en: "The bank", zh: "银行冻结")
    static let freezeTypeCustomer = StringKey0("freezeTypeCustomer", en: "Customer request", zh: "客户申请冻结")
    static let freezeAmountLabel = StringKey0("freezeAmountLabel", en: "Amount (or all)", zh: "冻结金额(空=全额)")
    static let freezeExpiryLabel = StringKey0("freezeExpiryLabel", en: "Expires (date)", zh: "到期日(可空)")
    static let freezeDocumentLabel = StringKey0("freezeDocumentLabel", en: "Document number", zh: "文书编号")
    static let closingBalanceLeft = StringKey1("closingBalanceLeft",
        en: { "The account still holds \($0): pay it out in cash or transfer it to close the account." },
        zh: { "账户尚有余额 \($0)：请以现金支取或转账后再销户。" })
    static let closingFrozen = StringKey1("closingFrozen",
        en: { "Account \($0) has a freeze in force; it cannot close until the freeze is lifted." },
        zh: { "账户 \($0) 存在有效冻结，解冻前不能销户。" })
    static let closingOverdrawn = StringKey1("closingOverdrawn",
        en: { "The account is overdrawn by \($0); the customer repays it before the account can close." },
        zh: { "账户透支 \($0)，须先归还后方可销户。" })
    static let closingWholeBalance = StringKey1("closingWholeBalance",
        en: { "Closing pays out the whole balance, \($0), in one operation." },
        zh: { "销户须一次支取或转出全部余额 \($0)。" })
    static let closingAction = StringKey0("closingAction", en: "Close the account", zh: "销户")
    static let closingTargetLabel = StringKey0("closingTargetLabel", en: "Balance to account", zh: "余额转入账号")
    static let closingDone = StringKey1("closingDone",
        en: { "Account \($0) is closed; its history stays on file." },
        zh: { "账户 \($0) 已销户，历史记录予以保留。" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let accountsKeys: [StringKey] = [
        .reviewReasonMissing, .applicationNotFound, .applicationNotPending, .applicationNotConfirmed,
        .applicationNotApproved, .applicationNotVerified, .openTitle, .openSubmit, .openSubmitLong, .openConfirm,
        .openConfirmLong, .openConfirmPrompt, .openType, .openCurrency, .openDocuments, .openRisk, .openNoRiskFactors,
        .openScreeningClear, .openScreeningHit, .openStoppedForReview, .openClear, .openSummary, .openDone,
        .openAccountNumber, .openVoucher, .accountType_current, .accountType_savings, .accountType_time_deposit,
        .reviewTitle, .reviewApprove, .reviewApproveLong, .reviewReject, .reviewRejectLong, .reviewReason,
        .reviewReasonHint, .reviewApproved, .reviewRejected, .reviewColumnID, .reviewColumnHit, .reviewNone,
        .accountStatus_active, .accountStatus_frozen, .accountStatus_dormant, .accountStatus_closed, .openReviewedHit,
        .accountNotFound, .accountFrozen, .accountDormant, .accountClosed, .accountStatusChangeRefused,
        .openingDuplicateApplication, .openingGuardianNotNeeded, .openingGuardianMissing, .openingGuardianNotCustomer,
        .openingGuardianMinor, .openingGuardianNotVerified, .openingGuardian, .openingGuardianHint,
        .openingApplicationClosed, .openingCustomerDeclined, .openingCancel, .openingCancelLong, .openingCancelReason,
        .openingCancelled, .openingHighRisk, .openingAddressUpdated, .openingPanelApplications,
        .openingStatus_pending_review, .openingStatus_approved, .openingStatus_rejected, .openingStatus_opened,
        .openingStatus_declined, .openingStatus_cancelled, .reviewYouEnteredIt, .reviewOpen, .reviewOpenLong,
        .reviewDetailTitle, .reviewEnteredBy, .reviewEnteredAt, .reviewProduct, .reviewHitLabel, .reviewNoHit,
        .reviewDocuments, .openingOccupationRule, .openingEmployerRule, .openingGuardianService, .freezeDocumentMissing,
        .freezeExpiryPast, .freezeNotFound, .freezeTypeLabel, .freezeTypeJudicial, .freezeTypeBank, .freezeTypeCustomer,
        .freezeAmountLabel, .freezeExpiryLabel, .freezeDocumentLabel, .closingBalanceLeft, .closingFrozen,
        .closingOverdrawn, .closingWholeBalance, .closingAction, .closingTargetLabel, .closingDone,
    ]
}
