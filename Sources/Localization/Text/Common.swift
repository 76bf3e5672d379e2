/// Words every desk uses: answers, roles, validation, field names, permissions and business types.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let appName = StringKey0("appName", en: "Teller workstation", zh: "柜员工作站")
    static let appVersion = StringKey1("appVersion", en: { "teller \($0)" }, zh: { "teller \($0)" })
    static let trainingMarker = StringKey0("trainingMarker", en: "TRAINING", zh: "培训模式")
    static let yes = StringKey0("yes", en: "Yes", zh: "是")
    static let no = StringKey0("no", en: "No", zh: "否")
    static let ok = StringKey0("ok", en: "OK", zh: "确定")
    static let save = StringKey0("save", en: "Save", zh: "保存")
    static let cancel = StringKey0("cancel", en: "Cancel", zh: "取消")
    static let back = StringKey0("back", en: "Back", zh: "返回")
    static let open = StringKey0("open", en: "Open", zh: "打开")
    static let required = StringKey0("required", en: "This field is required.", zh: "此项必填。")
    static let saved = StringKey0("saved", en: "Saved.", zh: "已保存。")
    static let unexpectedError = StringKey1("unexpectedError",
        en: { "Something went wrong: \($0). Nothing was saved." },
        zh: { "发生错误：\($0)。未保存任何内容。" })
    static let enlargeTerminal = StringKey4("enlargeTerminal",
        en: { "Please enlarge the terminal to at least \($0)×\($1) (now \($2)×\($3))." },
        zh: { "请将终端窗口放大到至少 \($0)×\($1)（当前 \($2)×\($3)）。" })
    static let roleGuide = StringKey0("roleGuide", en: "Guide", zh: "大堂引导")
    static let roleTeller = StringKey0("roleTeller", en: "Teller", zh: "柜员")
    static let roleSupervisor = StringKey0("roleSupervisor", en: "Supervisor", zh: "主管")
    static let roleTrainer = StringKey0("roleTrainer", en: "Trainer", zh: "培训师")
    static let roleAdministrator = StringKey0("roleAdministrator", en: "Administrator", zh: "系统管理员")
    static let statusBusinessDate = StringKey1("statusBusinessDate", en: { "Business date \($0)" }, zh: { "营业日 \($0)" })
    static let statusNotSignedIn = StringKey0("statusNotSignedIn", en: "Not signed in", zh: "未登录")
    static let validBranchCode = StringKey0("validBranchCode", en: "Use 1 to 12 letters or digits.", zh: "请使用 1 到 12 位字母或数字。")
    static let validName = StringKey0("validName", en: "Use 1 to 40 characters.", zh: "请输入 1 到 40 个字符。")
    static let validUsername = StringKey0("validUsername",
        en: "Use 3 to 20 letters, digits, dots, dashes or underscores, starting with a letter.",
        zh: "请使用 3 到 20 位字母、数字、点、短横线或下划线，并以字母开头。")
    static let validUsernameTaken = StringKey1("validUsernameTaken", en: { "The operator ID \($0) is already taken." }, zh: { "操作员号 \($0) 已被占用。" })
    static let validPINLength = StringKey0("validPINLength", en: "A PIN has 6 to 12 digits.", zh: "密码为 6 到 12 位数字。")
    static let validPINDigits = StringKey0("validPINDigits", en: "A PIN has digits only.", zh: "密码只能包含数字。")
    static let validPINWeak = StringKey0("validPINWeak",
        en: "This PIN is too easy to guess (repeated or consecutive digits, a repeated pair or triple, or a common PIN). Choose another.",
        zh: "该密码过于简单（重复或连续数字、重复的两位或三位组合，或常见密码），请重新设置。")
    static let validPINMismatch = StringKey0("validPINMismatch",
        en: "The two PINs are different. Type the same PIN twice.",
        zh: "两次输入的密码不一致，请输入相同的密码。")
    static let validDate = StringKey0("validDate", en: "Use a real date written as YYYY-MM-DD.", zh: "请输入有效日期，格式为 YYYY-MM-DD。")
    static let validNumberRange = StringKey2("validNumberRange",
        en: { "Enter a whole number from \($0) to \($1)." },
        zh: { "请输入 \($0) 到 \($1) 之间的整数。" })
    static let errorForbidden = StringKey1("errorForbidden", en: { "Your role may not do this (\($0))." }, zh: { "您的角色无权执行此操作（\($0)）。" })
    static let errorSelfDeactivate = StringKey0("errorSelfDeactivate", en: "You cannot deactivate yourself.", zh: "不能停用自己。")
    static let errorLastAdministrator = StringKey0("errorLastAdministrator",
        en: "This is the last active administrator; add another first.",
        zh: "这是最后一位在用的系统管理员，请先新增另一位。")
    static let errorOperatorNotFound = StringKey1("errorOperatorNotFound", en: { "No operator \($0)." }, zh: { "找不到操作员 \($0)。" })
    static let errorBusy = StringKey0("errorBusy", en: "The branch file is busy; try again in a moment.", zh: "网点数据正忙，请稍后再试。")
    static let validTime = StringKey0("validTime", en: "Use a time written as HH:MM, from 00:00 to 23:59.", zh: "请按 HH:MM 格式输入 00:00 到 23:59 之间的时间。")
    static let validSatisfaction = StringKey0("validSatisfaction", en: "Satisfaction is a score from 1 to 5.", zh: "满意度为 1 到 5 分。")
    static let typeCash = StringKey0("typeCash", en: "Cash & transfers", zh: "现金与转账")
    static let typeAccounts = StringKey0("typeAccounts", en: "Accounts", zh: "开户与账户")
    static let typeLoans = StringKey0("typeLoans", en: "Loans", zh: "贷款")
    static let typeWealth = StringKey0("typeWealth", en: "Wealth", zh: "理财")
    static let typeComplaints = StringKey0("typeComplaints", en: "Complaints", zh: "投诉")
    static let fieldName = StringKey0("fieldName", en: "Name", zh: "姓名")
    static let fieldIDType = StringKey0("fieldIDType", en: "ID type", zh: "证件类型")
    static let fieldIDNumber = StringKey0("fieldIDNumber", en: "ID number", zh: "证件号码")
    static let fieldPhone = StringKey0("fieldPhone", en: "Phone", zh: "手机号")
    static let fieldAddress = StringKey0("fieldAddress", en: "Address", zh: "地址")
    static let fieldBirthDate = StringKey0("fieldBirthDate", en: "Date of birth", zh: "出生日期")
    static let fieldLanguage = StringKey0("fieldLanguage", en: "Preferred language", zh: "首选语言")
    static let fieldAssistance = StringKey0("fieldAssistance", en: "Special assistance", zh: "特殊协助")
    static let fieldIDExpiry = StringKey0("fieldIDExpiry", en: "Document expiry", zh: "证件有效期至")
    static let serviceGeneral = StringKey0("serviceGeneral", en: "identity check at the counter", zh: "柜台身份核验")
    static let serviceAccountOpening = StringKey1("serviceAccountOpening", en: { "account opening (application \($0))" }, zh: { "开户（申请 \($0)）" })
    static let idempotencyKeyInvalid = StringKey0("idempotencyKeyInvalid",
        en: "This request has no valid request number; start the operation again.",
        zh: "此请求没有有效的请求编号，请重新开始业务。")
    static let idempotencyConflict = StringKey1("idempotencyConflict",
        en: { "This request number was already used for a different operation (entry \($0)); nothing was posted. Start again." },
        zh: { "此请求编号已用于另一笔业务（流水 \($0)），本次未记账。请重新开始。" })
    static let validPINBirthDate = StringKey0("validPINBirthDate",
        en: "A PIN must not be the date of birth (in any order of day, month and year). Choose another.",
        zh: "密码不能是出生日期（无论日、月、年的顺序）。请另选一个。")
    static let validTextInvisible = StringKey1("validTextInvisible",
        en: { "\($0) contains an invisible or control character (such as a text-direction mark, a zero-width space or a control code). Retype it without them." },
        zh: { "\($0)包含不可见字符或控制字符（如文字方向标记、零宽空格或控制码）。请删去后重新输入。" })
    static let fieldComplaintText = StringKey0("fieldComplaintText", en: "Complaint text", zh: "投诉内容")
    static let fieldNote = StringKey0("fieldNote", en: "Note", zh: "备注")
    static let fieldReason = StringKey0("fieldReason", en: "Reason", zh: "原因")
    static let fieldPayeeName = StringKey0("fieldPayeeName", en: "Payee name", zh: "收款人姓名")
    static let fieldPurpose = StringKey0("fieldPurpose", en: "Purpose", zh: "事由")
    static let fieldOutcome = StringKey0("fieldOutcome", en: "Outcome", zh: "结果")
    static let fieldWatchListRow = StringKey1("fieldWatchListRow", en: { "Watch-list row \($0)" }, zh: { "关注名单第 \($0) 行" })
    static let fieldMemo = StringKey0("fieldMemo", en: "Memo", zh: "附言")
    static let fieldContact = StringKey0("fieldContact", en: "Contact", zh: "联系方式")
    static let fieldPayeeBank = StringKey0("fieldPayeeBank", en: "Payee bank", zh: "收款行")
    static let fieldRemedy = StringKey0("fieldRemedy", en: "Remedy wanted", zh: "诉求")
    static let fieldAnswer = StringKey0("fieldAnswer", en: "Answer", zh: "回答")
    static let fieldExplanation = StringKey0("fieldExplanation", en: "Explanation", zh: "说明")
    static let uiFieldLimit = StringKey1("uiFieldLimit",
        en: { "At most \($0) \(plural($0, "character", "characters")): the rest was not taken." },
        zh: { "最多 \($0) 个字符，超出部分未录入。" })
    static let uiPercentPoints = StringKey0("uiPercentPoints", en: "pp", zh: "个百分点")
    static let uiApprovedBy = StringKey1("uiApprovedBy", en: { "approved by \($0)" }, zh: { "由 \($0) 批准" })
    static let uiPermission_reception = StringKey0("uiPermission_reception", en: "reception work", zh: "大堂接待")
    static let uiPermission_counter = StringKey0("uiPermission_counter", en: "counter service", zh: "柜台服务")
    static let uiPermission_viewLobbyBoard = StringKey0("uiPermission_viewLobbyBoard", en: "viewing the lobby board", zh: "查看叫号显示屏")
    static let uiPermission_customerLookup = StringKey0("uiPermission_customerLookup", en: "customer lookup", zh: "查询客户")
    static let uiPermission_cash = StringKey0("uiPermission_cash", en: "cash and transfers", zh: "现金与转账")
    static let uiPermission_approve = StringKey0("uiPermission_approve", en: "supervisor approval", zh: "主管授权")
    static let uiPermission_viewDashboard = StringKey0("uiPermission_viewDashboard", en: "viewing the KPI dashboard", zh: "查看运营指标")
    static let uiPermission_runTraining = StringKey0("uiPermission_runTraining", en: "running training", zh: "开展培训")
    static let uiPermission_manageOperators = StringKey0("uiPermission_manageOperators", en: "managing operators", zh: "管理操作员")
    static let uiPermission_unlockOperators = StringKey0("uiPermission_unlockOperators", en: "unlocking operators", zh: "解锁操作员")
    static let uiPermission_branchSettings = StringKey0("uiPermission_branchSettings", en: "branch settings", zh: "网点设置")
    static let uiPermission_viewAudit = StringKey0("uiPermission_viewAudit", en: "viewing the audit trail", zh: "查看审计日志")
    static let uiPermission_handleComplaints = StringKey0("uiPermission_handleComplaints", en: "handling complaints", zh: "处理投诉")
    static let uiPermission_loans = StringKey0("uiPermission_loans", en: "the loan desk", zh: "贷款业务")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let commonKeys: [StringKey] = [
        .appName, .appVersion, .trainingMarker, .yes, .no, .ok, .save, .cancel, .back, .open, .required, .saved,
        .unexpectedError, .enlargeTerminal, .roleGuide, .roleTeller, .roleSupervisor, .roleTrainer, .roleAdministrator,
        .statusBusinessDate, .statusNotSignedIn, .validBranchCode, .validName, .validUsername, .validUsernameTaken,
        .validPINLength, .validPINDigits, .validPINWeak, .validPINMismatch, .validDate, .validNumberRange,
        .errorForbidden, .errorSelfDeactivate, .errorLastAdministrator, .errorOperatorNotFound, .errorBusy, .validTime,
        .validSatisfaction, .typeCash, .typeAccounts, .typeLoans, .typeWealth, .typeComplaints, .fieldName,
        .fieldIDType, .fieldIDNumber, .fieldPhone, .fieldAddress, .fieldBirthDate, .fieldLanguage, .fieldAssistance,
        .fieldIDExpiry, .serviceGeneral, .serviceAccountOpening, .idempotencyKeyInvalid, .idempotencyConflict,
        .validPINBirthDate, .validTextInvisible, .fieldComplaintText, .fieldNote, .fieldReason, .fieldPayeeName,
        .fieldPurpose, .fieldOutcome, .fieldWatchListRow, .fieldMemo, .fieldContact, .fieldPayeeBank, .fieldRemedy,
        .fieldAnswer, .fieldExplanation, .uiFieldLimit, .uiPercentPoints, .uiApprovedBy, .uiPermission_reception,
        .uiPermission_counter, .uiPermission_viewLobbyBoard, .uiPermission_customerLookup, .uiPermission_cash, .uiPermission_loans,
        .uiPermission_approve, .uiPermission_viewDashboard, .uiPermission_runTraining, .uiPermission_manageOperators,
        .uiPermission_unlockOperators, .uiPermission_branchSettings, .uiPermission_viewAudit,
        .uiPermission_handleComplaints,
    ]
}
