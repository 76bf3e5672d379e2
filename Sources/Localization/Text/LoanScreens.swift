/// The loan desk's screens: titles, keys, column heads and hints (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let menuLoans = StringKey0("menuLoans", en: "Loan desk", zh: "贷款业务")
    static let menuLoanProducts = StringKey0("menuLoanProducts", en: "Loan products", zh: "贷款产品")
    static let loanDeskHubNew = StringKey0("loanDeskHubNew", en: "New loan application", zh: "新建贷款申请")
    static let loanDeskHubDrafts = StringKey0("loanDeskHubDrafts", en: "Continue a draft", zh: "继续草稿")
    static let loanDeskHubInbox = StringKey0("loanDeskHubInbox", en: "Approvers' inbox", zh: "审批待办")
    static let loanDeskHubCustomerLoans = StringKey0("loanDeskHubCustomerLoans", en: "A customer's loans (sign, pay out, repay)",
        zh: "客户贷款（签约、放款、还款）")
    static let loanDeskHubMonitoring = StringKey0("loanDeskHubMonitoring", en: "Loan monitoring (due, overdue, grades)",
        zh: "贷款监测（到期、逾期、五级分类）")
    static let loanDeskPickLoansTitle = StringKey0("loanDeskPickLoansTitle", en: "A customer's loans: the customer", zh: "客户贷款：选择客户")
    static let loanDeskPickTitle = StringKey0("loanDeskPickTitle", en: "New loan application: the customer", zh: "新建贷款申请：选择客户")
    static let loanDeskPickCustomer = StringKey0("loanDeskPickCustomer", en: "Customer", zh: "客户")
    static let loanDeskPickCustomerHint = StringKey0("loanDeskPickCustomerHint", en: "ID number, phone, account number or name", zh: "证件号码、手机号、账号或姓名")
    static let loanDeskDraftsTitle = StringKey0("loanDeskDraftsTitle", en: "Loan application drafts", zh: "贷款申请草稿")
    static let loanDeskColApplication = StringKey0("loanDeskColApplication", en: "Application", zh: "申请编号")
    static let loanDeskColCustomer = StringKey0("loanDeskColCustomer", en: "Customer", zh: "客户")
    static let loanDeskColProduct = StringKey0("loanDeskColProduct", en: "Product", zh: "产品")
    static let loanDeskColAmount = StringKey0("loanDeskColAmount", en: "Amount", zh: "金额")
    static let loanDeskColMonths = StringKey0("loanDeskColMonths", en: "Months", zh: "期限")
    static let loanDeskDraftsEmpty = StringKey0("loanDeskDraftsEmpty", en: "No drafts wait to be continued.", zh: "没有待继续的草稿。")
    static let loanDeskKeyContinue = StringKey0("loanDeskKeyContinue", en: "Continue", zh: "继续")
    static let loanDeskKeyContinueLong = StringKey0("loanDeskKeyContinueLong", en: "Continue the highlighted draft", zh: "继续所选草稿")
    static let loanDeskAppTitle = StringKey1("loanDeskAppTitle", en: { "Loan application: \($0)" }, zh: { "贷款申请：\($0)" })
    static let loanDeskFieldProduct = StringKey0("loanDeskFieldProduct", en: "Product", zh: "贷款产品")
    static let loanDeskFieldAmount = StringKey0("loanDeskFieldAmount", en: "Amount, CNY", zh: "金额（元）")
    static let loanDeskFieldMonths = StringKey0("loanDeskFieldMonths", en: "Term, months", zh: "期限（月）")
    static let loanDeskFieldMethod = StringKey0("loanDeskFieldMethod", en: "Repayment method", zh: "还款方式")
    static let loanDeskFieldPurpose = StringKey0("loanDeskFieldPurpose", en: "Purpose", zh: "用途")
    static let loanDeskFieldIncome = StringKey0("loanDeskFieldIncome", en: "Monthly income", zh: "月收入")
    static let loanDeskFieldObligations = StringKey0("loanDeskFieldObligations", en: "Monthly obligations", zh: "月负债支出")
    static let loanDeskFieldEmployer = StringKey0("loanDeskFieldEmployer", en: "Employer", zh: "工作单位")
    static let loanDeskFieldAccount = StringKey0("loanDeskFieldAccount", en: "Account", zh: "放款及还款账户")
    static let loanDeskBadWhole = StringKey0("loanDeskBadWhole", en: "Give a whole number.", zh: "请输入整数。")
    static let loanDeskNoProducts = StringKey0("loanDeskNoProducts", en: "No loan product is offered yet: an administrator defines them under Loan products.", zh: "尚无可办理的贷款产品：请管理员在“贷款产品”中设置。")
    static let loanDeskAppCollateralLine = StringKey2("loanDeskAppCollateralLine", en: { "Collateral: \($0), appraised at \($1)" }, zh: { "抵押物：\($0) 项，评估值 \($1)" })
    static let loanDeskAppGuarantorsLine = StringKey1("loanDeskAppGuarantorsLine", en: { "Guarantors: \($0)" }, zh: { "担保人：\($0) 人" })
    static let loanDeskAppDocumentsLine = StringKey2("loanDeskAppDocumentsLine", en: { "Documents seen: \($0) of \($1)" }, zh: { "已核验材料：\($0)/\($1)" })
    static let loanDeskAppDraftNumber = StringKey1("loanDeskAppDraftNumber", en: { "Draft \($0)" }, zh: { "草稿 \($0)" })
    static let loanDeskAppNotSaved = StringKey0("loanDeskAppNotSaved", en: "Not saved yet", zh: "尚未保存")
    static let loanDeskAppTicket = StringKey1("loanDeskAppTicket", en: { "Ticket \($0)" }, zh: { "票号 \($0)" })
    static let loanDeskKeySaveDraft = StringKey0("loanDeskKeySaveDraft", en: "Save draft", zh: "存草稿")
    static let loanDeskKeySaveDraftLong = StringKey0("loanDeskKeySaveDraftLong", en: "Save the application as a draft to continue later", zh: "将申请保存为草稿，稍后继续")
    static let loanDeskKeyCollateral = StringKey0("loanDeskKeyCollateral", en: "Collateral", zh: "抵押物")
    static let loanDeskKeyCollateralLong = StringKey0("loanDeskKeyCollateralLong", en: "List, add and remove the collateral", zh: "查看、添加、删除抵押物")
    static let loanDeskKeyGuarantors = StringKey0("loanDeskKeyGuarantors", en: "Guarantors", zh: "担保人")
    static let loanDeskKeyGuarantorsLong = StringKey0("loanDeskKeyGuarantorsLong", en: "List, add and remove the guarantors", zh: "查看、添加、删除担保人")
    static let loanDeskKeyDocuments = StringKey0("loanDeskKeyDocuments", en: "Documents", zh: "材料")
    static let loanDeskKeyDocumentsLong = StringKey0("loanDeskKeyDocumentsLong", en: "Tick the product's documents as each is seen", zh: "逐项勾选已核验的材料")
    static let loanDeskKeySchedule = StringKey0("loanDeskKeySchedule", en: "Schedule", zh: "还款计划")
    static let loanDeskKeyScheduleLong = StringKey0("loanDeskKeyScheduleLong", en: "Preview every instalment before anything is submitted", zh: "提交前预览每期还款")
    static let loanDeskKeyAssessment = StringKey0("loanDeskKeyAssessment", en: "Assessment", zh: "信用评估")
    static let loanDeskKeyAssessmentLong = StringKey0("loanDeskKeyAssessmentLong", en: "The credit assessment, rule by rule", zh: "逐条查看信用评估")
    static let loanDeskKeySubmit = StringKey0("loanDeskKeySubmit", en: "Submit", zh: "提交")
    static let loanDeskKeySubmitLong = StringKey0("loanDeskKeySubmitLong", en: "Check the application, show the schedule, then submit it", zh: "检查申请并预览还款计划，然后提交")
    static let loanDeskDraftSaved = StringKey1("loanDeskDraftSaved", en: { "Draft \($0) saved: continue it later from the loan desk." }, zh: { "草稿 \($0) 已保存，可稍后在贷款业务中继续。" })
    static let loanDeskCollateralTitle = StringKey1("loanDeskCollateralTitle", en: { "Collateral: \($0)" }, zh: { "抵押物：\($0)" })
    static let loanDeskColKind = StringKey0("loanDeskColKind", en: "Kind", zh: "类别")
    static let loanDeskColDescription = StringKey0("loanDeskColDescription", en: "Description", zh: "说明")
    static let loanDeskColValue = StringKey0("loanDeskColValue", en: "Appraised value", zh: "评估值")
    static let loanDeskColAppraised = StringKey0("loanDeskColAppraised", en: "Appraised on", zh: "评估日期")
    static let loanDeskCollateralEmpty = StringKey0("loanDeskCollateralEmpty", en: "No collateral yet.", zh: "尚无抵押物。")
    static let loanDeskKeyAdd = StringKey0("loanDeskKeyAdd", en: "Add", zh: "添加")
    static let loanDeskKeyAddCollateralLong = StringKey0("loanDeskKeyAddCollateralLong", en: "Add a piece of collateral", zh: "添加一项抵押物")
    static let loanDeskKeyAddGuarantorLong = StringKey0("loanDeskKeyAddGuarantorLong", en: "Add a guarantor found by customer lookup", zh: "查找客户并添加为担保人")
    static let loanDeskKeyRemove = StringKey0("loanDeskKeyRemove", en: "Remove", zh: "删除")
    static let loanDeskKeyRemoveLong = StringKey0("loanDeskKeyRemoveLong", en: "Remove the highlighted line", zh: "删除所选一行")
    static let loanDeskCollateralFormTitle = StringKey0("loanDeskCollateralFormTitle", en: "Add collateral", zh: "添加抵押物")
    static let loanDeskFieldKind = StringKey0("loanDeskFieldKind", en: "Kind", zh: "抵押物类别")
    static let loanDeskFieldDescription = StringKey0("loanDeskFieldDescription", en: "Description", zh: "说明")
    static let loanDeskFieldValue = StringKey0("loanDeskFieldValue", en: "Appraised value", zh: "评估价值")
    static let loanDeskFieldAppraisalDate = StringKey0("loanDeskFieldAppraisalDate", en: "Appraisal date", zh: "评估日期")
    static let loanDeskDateHint = StringKey0("loanDeskDateHint", en: "YYYY-MM-DD", zh: "格式 YYYY-MM-DD")
    static let loanDeskBadDate = StringKey0("loanDeskBadDate", en: "Give a date as YYYY-MM-DD.", zh: "请按 YYYY-MM-DD 输入日期。")
    static let loanDeskNoCollateralKinds = StringKey0("loanDeskNoCollateralKinds", en: "This product takes no collateral.", zh: "该产品不接受抵押物。")
    static let loanDeskGuarantorsTitle = StringKey1("loanDeskGuarantorsTitle", en: { "Guarantors: \($0)" }, zh: { "担保人：\($0)" })
    static let loanDeskColName = StringKey0("loanDeskColName", en: "Name", zh: "姓名")
    static let loanDeskGuarantorsEmpty = StringKey0("loanDeskGuarantorsEmpty", en: "No guarantors.", zh: "尚无担保人。")
    static let loanDeskGuarantorFormTitle = StringKey0("loanDeskGuarantorFormTitle", en: "Add a guarantor", zh: "添加担保人")
    static let loanDeskGuarantorIsApplicant = StringKey0("loanDeskGuarantorIsApplicant", en: "The applicant cannot guarantee their own loan.", zh: "申请人不能为自己的贷款担保。")
    static let loanDeskGuarantorTwice = StringKey0("loanDeskGuarantorTwice", en: "This customer already guarantees the loan.", zh: "该客户已是本笔贷款的担保人。")
    static let loanDeskDocumentsTitle = StringKey1("loanDeskDocumentsTitle", en: { "Documents checklist: \($0)" }, zh: { "材料清单：\($0)" })
    static let loanDeskKeyTick = StringKey0("loanDeskKeyTick", en: "Tick", zh: "勾选")
    static let loanDeskKeyTickLong = StringKey0("loanDeskKeyTickLong", en: "Tick or untick the highlighted item", zh: "勾选或取消勾选所选一项")
    static let loanDeskDocumentsNone = StringKey0("loanDeskDocumentsNone", en: "This product requires no documents.", zh: "该产品无需材料。")
    static let loanDeskScheduleTitle = StringKey0("loanDeskScheduleTitle", en: "Schedule preview", zh: "还款计划预览")
    static let loanDeskKeyConfirmSubmit = StringKey0("loanDeskKeyConfirmSubmit", en: "Submit", zh: "确认提交")
    static let loanDeskKeyConfirmSubmitLong = StringKey0("loanDeskKeyConfirmSubmitLong", en: "Submit the application with this schedule", zh: "按此还款计划提交申请")
    static let loanDeskAssessmentTitle = StringKey1("loanDeskAssessmentTitle", en: { "Credit assessment: \($0)" }, zh: { "信用评估：\($0)" })
    static let loanDeskColRule = StringKey0("loanDeskColRule", en: "Rule", zh: "规则")
    static let loanDeskColThreshold = StringKey0("loanDeskColThreshold", en: "Refer / decline above", zh: "转人工/拒绝阈值")
    static let loanDeskColFigure = StringKey0("loanDeskColFigure", en: "Applicant", zh: "申请人")
    static let loanDeskColOutcome = StringKey0("loanDeskColOutcome", en: "Outcome", zh: "结果")
    static let loanDeskRuleDebtToIncome = StringKey0("loanDeskRuleDebtToIncome", en: "Debt-to-income after this loan", zh: "贷后负债收入比")
    static let loanDeskRuleLoanToValue = StringKey0("loanDeskRuleLoanToValue", en: "Loan-to-value", zh: "抵押率")
    static let loanDeskRuleOverdue = StringKey0("loanDeskRuleOverdue", en: "Days overdue at this bank", zh: "本行贷款逾期天数")
    static let loanDeskRuleFrozen = StringKey0("loanDeskRuleFrozen", en: "Frozen accounts", zh: "冻结账户数")
    static let loanDeskRuleWatchList = StringKey0("loanDeskRuleWatchList", en: "On the watch list", zh: "是否在关注名单")
    static let loanDeskRuleAge = StringKey0("loanDeskRuleAge", en: "Age at maturity", zh: "到期时年龄")
    static let loanDeskOutcomeApprove = StringKey0("loanDeskOutcomeApprove", en: "approve", zh: "通过")
    static let loanDeskOutcomeRefer = StringKey0("loanDeskOutcomeRefer", en: "refer", zh: "转人工")
    static let loanDeskOutcomeDecline = StringKey0("loanDeskOutcomeDecline", en: "decline", zh: "拒绝")
    static let loanDeskRecommendation = StringKey1("loanDeskRecommendation", en: { "Recommendation: \($0)" }, zh: { "建议：\($0)" })
    static let loanDeskProblemsTitle = StringKey0("loanDeskProblemsTitle", en: "The application is not complete", zh: "申请尚不完整")
    static let loanDeskProblemsLead = StringKey0("loanDeskProblemsLead", en: "Put these right, then submit again:", zh: "请先改正以下各项，再提交：")
    static let loanDeskOutcomeTitle = StringKey0("loanDeskOutcomeTitle", en: "Application submitted", zh: "申请已提交")
    static let loanDeskOutcomeApproved = StringKey1("loanDeskOutcomeApproved", en: { "Application \($0) is approved by the system." }, zh: { "申请 \($0) 已由系统自动批准。" })
    static let loanDeskOutcomeReferred = StringKey1("loanDeskOutcomeReferred", en: { "Application \($0) goes to a supervisor for a decision." }, zh: { "申请 \($0) 已转主管审批。" })
    static let loanDeskOutcomeCommittee = StringKey1("loanDeskOutcomeCommittee", en: { "Application \($0) goes to the committee: two approvers must decide." }, zh: { "申请 \($0) 已提交审批委员会，须两位审批人决定。" })
    static let loanDeskOutcomeDeclined = StringKey1("loanDeskOutcomeDeclined", en: { "Application \($0) is declined." }, zh: { "申请 \($0) 已被拒绝。" })
    static let loanDeskOutcomeStatus = StringKey2("loanDeskOutcomeStatus", en: { "Application \($0): \($1)." }, zh: { "申请 \($0)：\($1)。" })
    static let loanDeskRulesFired = StringKey0("loanDeskRulesFired", en: "The rules that fired:", zh: "触发的规则：")
    static let loanDeskNoRulesFired = StringKey0("loanDeskNoRulesFired", en: "No rule fired.", zh: "未触发任何规则。")
    static let loanDeskStatusDraft = StringKey0("loanDeskStatusDraft", en: "draft", zh: "草稿")
    static let loanDeskStatusSubmitted = StringKey0("loanDeskStatusSubmitted", en: "submitted", zh: "已提交")
    static let loanDeskStatusReferred = StringKey0("loanDeskStatusReferred", en: "with a supervisor", zh: "待主管审批")
    static let loanDeskStatusCommittee = StringKey0("loanDeskStatusCommittee", en: "with the committee", zh: "待委员会审批")
    static let loanDeskStatusApproved = StringKey0("loanDeskStatusApproved", en: "approved", zh: "已批准")
    static let loanDeskStatusDeclined = StringKey0("loanDeskStatusDeclined", en: "declined", zh: "已拒绝")
    static let loanDeskStatusContracted = StringKey0("loanDeskStatusContracted", en: "contracted", zh: "已签约")
    static let loanDeskStatusWithdrawn = StringKey0("loanDeskStatusWithdrawn", en: "withdrawn", zh: "已撤回")
    static let loanDeskColRecommendation = StringKey0("loanDeskColRecommendation", en: "Advice", zh: "建议")
    static let loanDeskColApprovals = StringKey0("loanDeskColApprovals", en: "Approvals", zh: "审批")
    static let loanDeskInboxEmpty = StringKey0("loanDeskInboxEmpty", en: "Nothing waits for a decision.", zh: "没有待审批的申请。")
    static let loanDeskKeyOpen = StringKey0("loanDeskKeyOpen", en: "Open", zh: "打开")
    static let loanDeskKeyOpenLong = StringKey0("loanDeskKeyOpenLong", en: "Open the highlighted application", zh: "打开所选申请")
    static let loanDeskDecisionTitle = StringKey1("loanDeskDecisionTitle", en: { "Decide application \($0)" }, zh: { "审批申请 \($0)" })
    static let loanDeskDecisionApplicant = StringKey2("loanDeskDecisionApplicant", en: { "\($0), \($1)" }, zh: { "\($0)，\($1)" })
    static let loanDeskDecisionTerms = StringKey4("loanDeskDecisionTerms", en: { "CNY \($0) over \($1) months, \($2), entered by \($3)" }, zh: { "金额 \($0) 元，期限 \($1) 个月，\($2)，录入人 \($3)" })
    static let loanDeskFieldReason = StringKey0("loanDeskFieldReason", en: "Reason", zh: "理由")
    static let loanDeskKeyApprove = StringKey0("loanDeskKeyApprove", en: "Approve", zh: "批准")
    static let loanDeskKeyApproveLong = StringKey0("loanDeskKeyApproveLong", en: "Approve with the reason typed", zh: "按所填理由批准")
    static let loanDeskKeyDecline = StringKey0("loanDeskKeyDecline", en: "Decline", zh: "拒绝")
    static let loanDeskKeyDeclineLong = StringKey0("loanDeskKeyDeclineLong", en: "Decline with the reason typed", zh: "按所填理由拒绝")
    static let loanDeskDecided = StringKey2("loanDeskDecided", en: { "Application \($0) is now \($1)." }, zh: { "申请 \($0) 现为：\($1)。" })
    static let loanDeskDecisionsHead = StringKey0("loanDeskDecisionsHead", en: "Decisions so far", zh: "已有审批意见")
    static let loanDeskDecisionsNone = StringKey0("loanDeskDecisionsNone", en: "No decision yet.", zh: "尚无审批意见。")
    static let loanDeskDecisionSystem = StringKey0("loanDeskDecisionSystem", en: "system", zh: "系统")
    static let loanDeskDecisionApproved = StringKey0("loanDeskDecisionApproved", en: "approved", zh: "批准")
    static let loanDeskDecisionDeclined = StringKey0("loanDeskDecisionDeclined", en: "declined", zh: "拒绝")
    static let loanDeskDecisionAutomatic = StringKey0("loanDeskDecisionAutomatic", en: "approved automatically", zh: "自动批准")
    static let loanDeskReasonRequired = StringKey0("loanDeskReasonRequired", en: "Type the reason for the decision first.", zh: "请先填写审批理由。")
    static let loanDeskColCode = StringKey0("loanDeskColCode", en: "Code", zh: "代码")
    static let loanDeskColRange = StringKey0("loanDeskColRange", en: "Amount range", zh: "金额范围")
    static let loanDeskColRate = StringKey0("loanDeskColRate", en: "Rate", zh: "年利率")
    static let loanDeskColActive = StringKey0("loanDeskColActive", en: "Offered", zh: "启用")
    static let loanDeskProductsEmpty = StringKey0("loanDeskProductsEmpty", en: "No loan products yet.", zh: "尚无贷款产品。")
    static let loanDeskKeyNew = StringKey0("loanDeskKeyNew", en: "New", zh: "新建")
    static let loanDeskKeyNewLong = StringKey0("loanDeskKeyNewLong", en: "Define a new loan product", zh: "新建贷款产品")
    static let loanDeskKeyEdit = StringKey0("loanDeskKeyEdit", en: "Edit", zh: "修改")
    static let loanDeskKeyEditLong = StringKey0("loanDeskKeyEditLong", en: "Change the highlighted product (saved as a new version)", zh: "修改所选产品（另存为新版本）")
    static let loanDeskProductFormTitle = StringKey1("loanDeskProductFormTitle", en: { "Loan product \($0)" }, zh: { "贷款产品 \($0)" })
    static let loanDeskProductNewTitle = StringKey0("loanDeskProductNewTitle", en: "New loan product", zh: "新建贷款产品")
    static let loanDeskFieldCode = StringKey0("loanDeskFieldCode", en: "Code", zh: "产品代码")
    static let loanDeskFieldNameEnglish = StringKey0("loanDeskFieldNameEnglish", en: "Name in English", zh: "英文名称")
    static let loanDeskFieldNameChinese = StringKey0("loanDeskFieldNameChinese", en: "Name in Chinese", zh: "中文名称")
    static let loanDeskFieldMinimum = StringKey0("loanDeskFieldMinimum", en: "Smallest amount", zh: "最低金额")
    static let loanDeskFieldMaximum = StringKey0("loanDeskFieldMaximum", en: "Largest amount", zh: "最高金额")
    static let loanDeskFieldMinimumMonths = StringKey0("loanDeskFieldMinimumMonths", en: "Shortest term, months", zh: "最短期限（月）")
    static let loanDeskFieldMaximumMonths = StringKey0("loanDeskFieldMaximumMonths", en: "Longest term, months", zh: "最长期限（月）")
    static let loanDeskFieldRate = StringKey0("loanDeskFieldRate", en: "Yearly rate, %", zh: "年利率 %")
    static let loanDeskFieldRateBasis = StringKey0("loanDeskFieldRateBasis", en: "Rate basis", zh: "定价方式")
    static let loanDeskBasisFixed = StringKey0("loanDeskBasisFixed", en: "fixed", zh: "固定利率")
    static let loanDeskBasisPrime = StringKey0("loanDeskBasisPrime", en: "prime rate plus margin", zh: "LPR 加点")
    static let loanDeskFieldSecured = StringKey0("loanDeskFieldSecured", en: "Security", zh: "担保方式")
    static let loanDeskSecured = StringKey0("loanDeskSecured", en: "secured", zh: "抵押")
    static let loanDeskUnsecured = StringKey0("loanDeskUnsecured", en: "unsecured", zh: "信用")
    static let loanDeskFieldCollateralRules = StringKey0("loanDeskFieldCollateralRules", en: "Collateral kind:LTV%", zh: "抵押物 类别:抵押率%")
    static let loanDeskCollateralRulesHint = StringKey0("loanDeskCollateralRulesHint", en: "e.g. real_estate:70 vehicle:50", zh: "例如 real_estate:70 vehicle:50")
    static let loanDeskBadCollateralRule = StringKey2("loanDeskBadCollateralRule", en: { "'\($0)' is not kind:LTV%; the kinds are \($1)." }, zh: { "“\($0)”不是 类别:抵押率% 格式；类别有 \($1)。" })
    static let loanDeskFieldAppraisalAge = StringKey0("loanDeskFieldAppraisalAge", en: "Appraisal valid, days", zh: "评估有效期（天）")
    static let loanDeskFieldPenaltyRate = StringKey0("loanDeskFieldPenaltyRate", en: "Penalty rate, %", zh: "罚息年利率 %")
    static let loanDeskFieldAutoLimit = StringKey0("loanDeskFieldAutoLimit", en: "System approves up to", zh: "系统自动审批上限")
    static let loanDeskFieldCommittee = StringKey0("loanDeskFieldCommittee", en: "Committee above", zh: "委员会审批起点")
    static let loanDeskFieldActive = StringKey0("loanDeskFieldActive", en: "Offered", zh: "是否启用")
    static let loanDeskBadRateField = StringKey0("loanDeskBadRateField", en: "Give a percentage with at most four decimals, e.g. 4.35.", zh: "请输入最多四位小数的百分数，例如 4.35。")
    static let loanDeskKeyChecklist = StringKey0("loanDeskKeyChecklist", en: "Methods, documents", zh: "还款方式与材料")
    static let loanDeskKeyChecklistLong = StringKey0("loanDeskKeyChecklistLong", en: "Tick the repayment methods offered and the documents required", zh: "勾选提供的还款方式和所需材料")
    static let loanDeskChecklistCount = StringKey2("loanDeskChecklistCount", en: { "\($0) methods offered, \($1) documents required" }, zh: { "提供 \($0) 种还款方式，需 \($1) 项材料" })
    static let loanDeskChecklistTitle = StringKey0("loanDeskChecklistTitle", en: "Repayment methods and documents", zh: "还款方式与所需材料")
    static let loanDeskChecklistMethods = StringKey0("loanDeskChecklistMethods", en: "Repayment methods offered", zh: "提供的还款方式")
    static let loanDeskChecklistDocuments = StringKey0("loanDeskChecklistDocuments", en: "Documents required", zh: "所需材料")
    static let loanDeskKeySave = StringKey0("loanDeskKeySave", en: "Save", zh: "保存")
    static let loanDeskKeySaveLong = StringKey0("loanDeskKeySaveLong", en: "Save the product as a new version", zh: "将产品另存为新版本")
    static let loanDeskProductSaved = StringKey2("loanDeskProductSaved", en: { "Product \($0) saved as version \($1)." }, zh: { "产品 \($0) 已保存为第 \($1) 版。" })
    static let loanDeskProductProblems = StringKey0("loanDeskProductProblems", en: "The product cannot be saved:", zh: "产品无法保存：")
    static let loanDeskCounterKey = StringKey0("loanDeskCounterKey", en: "Loan application", zh: "贷款申请")
    static let loanDeskCounterHint = StringKey0("loanDeskCounterHint", en: "Loan", zh: "贷款")
    static let loanDeskCounterKeyLong = StringKey0("loanDeskCounterKeyLong", en: "Open a loan application for the customer being served", zh: "为当前客户办理贷款申请")
    static let loanDeskPanelKeyLong = StringKey0("loanDeskPanelKeyLong", en: "Open a loan application for this customer", zh: "为该客户办理贷款申请")
    static let loanDeskYears = StringKey1("loanDeskYears", en: { "\($0) years" }, zh: { "\($0) 岁" })
    static let loanDeskDays = StringKey1("loanDeskDays", en: { "\($0) days" }, zh: { "\($0) 天" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanScreensKeys: [StringKey] = [
        .menuLoans, .menuLoanProducts, .loanDeskHubNew, .loanDeskHubDrafts, .loanDeskHubInbox, .loanDeskPickTitle, .loanDeskHubCustomerLoans, .loanDeskHubMonitoring,
        .loanDeskPickLoansTitle,
        .loanDeskPickCustomer, .loanDeskPickCustomerHint, .loanDeskDraftsTitle, .loanDeskColApplication,
        .loanDeskColCustomer, .loanDeskColProduct, .loanDeskColAmount, .loanDeskColMonths, .loanDeskDraftsEmpty,
        .loanDeskKeyContinue, .loanDeskKeyContinueLong, .loanDeskAppTitle, .loanDeskFieldProduct, .loanDeskFieldAmount,
        .loanDeskFieldMonths, .loanDeskFieldMethod, .loanDeskFieldPurpose, .loanDeskFieldIncome, .loanDeskFieldObligations,
        .loanDeskFieldEmployer, .loanDeskFieldAccount, .loanDeskBadWhole, .loanDeskNoProducts, .loanDeskAppCollateralLine,
        .loanDeskAppGuarantorsLine, .loanDeskAppDocumentsLine, .loanDeskAppDraftNumber, .loanDeskAppNotSaved,
        .loanDeskAppTicket, .loanDeskKeySaveDraft, .loanDeskKeySaveDraftLong, .loanDeskKeyCollateral,
        .loanDeskKeyCollateralLong, .loanDeskKeyGuarantors, .loanDeskKeyGuarantorsLong, .loanDeskKeyDocuments,
        .loanDeskKeyDocumentsLong, .loanDeskKeySchedule, .loanDeskKeyScheduleLong, .loanDeskKeyAssessment,
        .loanDeskKeyAssessmentLong, .loanDeskKeySubmit, .loanDeskKeySubmitLong, .loanDeskDraftSaved,
        .loanDeskCollateralTitle, .loanDeskColKind, .loanDeskColDescription, .loanDeskColValue, .loanDeskColAppraised,
        .loanDeskCollateralEmpty, .loanDeskKeyAdd, .loanDeskKeyAddCollateralLong, .loanDeskKeyAddGuarantorLong,
        .loanDeskKeyRemove, .loanDeskKeyRemoveLong, .loanDeskCollateralFormTitle, .loanDeskFieldKind,
        .loanDeskFieldDescription, .loanDeskFieldValue, .loanDeskFieldAppraisalDate, .loanDeskDateHint, .loanDeskBadDate,
        .loanDeskNoCollateralKinds, .loanDeskGuarantorsTitle, .loanDeskColName, .loanDeskGuarantorsEmpty,
        .loanDeskGuarantorFormTitle, .loanDeskGuarantorIsApplicant, .loanDeskGuarantorTwice, .loanDeskDocumentsTitle,
        .loanDeskKeyTick, .loanDeskKeyTickLong, .loanDeskDocumentsNone, .loanDeskScheduleTitle, .loanDeskKeyConfirmSubmit,
        .loanDeskKeyConfirmSubmitLong, .loanDeskAssessmentTitle, .loanDeskColRule, .loanDeskColThreshold,
        .loanDeskColFigure, .loanDeskColOutcome, .loanDeskRuleDebtToIncome, .loanDeskRuleLoanToValue, .loanDeskRuleOverdue,
        .loanDeskRuleFrozen, .loanDeskRuleWatchList, .loanDeskRuleAge, .loanDeskOutcomeApprove, .loanDeskOutcomeRefer,
        .loanDeskOutcomeDecline, .loanDeskRecommendation, .loanDeskProblemsTitle, .loanDeskProblemsLead,
        .loanDeskOutcomeTitle, .loanDeskOutcomeApproved, .loanDeskOutcomeReferred, .loanDeskOutcomeCommittee,
        .loanDeskOutcomeDeclined, .loanDeskOutcomeStatus, .loanDeskRulesFired, .loanDeskNoRulesFired, .loanDeskStatusDraft,
        .loanDeskStatusSubmitted, .loanDeskStatusReferred, .loanDeskStatusCommittee, .loanDeskStatusApproved,
        .loanDeskStatusDeclined, .loanDeskStatusContracted, .loanDeskStatusWithdrawn, .loanDeskColRecommendation,
        .loanDeskColApprovals, .loanDeskInboxEmpty, .loanDeskKeyOpen, .loanDeskKeyOpenLong, .loanDeskDecisionTitle,
        .loanDeskDecisionApplicant, .loanDeskDecisionTerms, .loanDeskFieldReason, .loanDeskKeyApprove,
        .loanDeskKeyApproveLong, .loanDeskKeyDecline, .loanDeskKeyDeclineLong, .loanDeskDecided, .loanDeskDecisionsHead,
        .loanDeskDecisionsNone, .loanDeskDecisionSystem, .loanDeskDecisionApproved, .loanDeskDecisionDeclined,
        .loanDeskDecisionAutomatic, .loanDeskReasonRequired, .loanDeskColCode, .loanDeskColRange, .loanDeskColRate,
        .loanDeskColActive, .loanDeskProductsEmpty, .loanDeskKeyNew, .loanDeskKeyNewLong, .loanDeskKeyEdit,
        .loanDeskKeyEditLong, .loanDeskProductFormTitle, .loanDeskProductNewTitle, .loanDeskFieldCode,
        .loanDeskFieldNameEnglish, .loanDeskFieldNameChinese, .loanDeskFieldMinimum, .loanDeskFieldMaximum,
        .loanDeskFieldMinimumMonths, .loanDeskFieldMaximumMonths, .loanDeskFieldRate, .loanDeskFieldRateBasis,
        .loanDeskBasisFixed, .loanDeskBasisPrime, .loanDeskFieldSecured, .loanDeskSecured, .loanDeskUnsecured,
        .loanDeskFieldCollateralRules, .loanDeskCollateralRulesHint, .loanDeskBadCollateralRule, .loanDeskFieldAppraisalAge,
        .loanDeskFieldPenaltyRate, .loanDeskFieldAutoLimit, .loanDeskFieldCommittee, .loanDeskFieldActive,
        .loanDeskBadRateField, .loanDeskKeyChecklist, .loanDeskKeyChecklistLong, .loanDeskChecklistCount,
        .loanDeskChecklistTitle, .loanDeskChecklistMethods, .loanDeskChecklistDocuments, .loanDeskKeySave,
        .loanDeskKeySaveLong, .loanDeskProductSaved, .loanDeskProductProblems, .loanDeskCounterKey, .loanDeskCounterHint,
        .loanDeskCounterKeyLong, .loanDeskPanelKeyLong, .loanDeskYears, .loanDeskDays,
    ]
}
