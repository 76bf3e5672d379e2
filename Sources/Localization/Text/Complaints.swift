/// Complaints: the list, intake, the fields and the detail screen.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let complaintListOpen = StringKey0("complaintListOpen", en: "Open", zh: "未结")
    static let complaintListDueSoon = StringKey0("complaintListDueSoon", en: "Due soon", zh: "即将到期")
    static let complaintListOverdue = StringKey0("complaintListOverdue", en: "Overdue", zh: "已逾期")
    static let complaintListRecent = StringKey0("complaintListRecent", en: "Recent", zh: "最近")
    static let complaintListKeyLong = StringKey1("complaintListKeyLong", en: { "Show the list: \($0)" }, zh: { "显示列表：\($0)" })
    static let complaintListEmpty = StringKey0("complaintListEmpty", en: "No complaints in this list.", zh: "此列表中没有投诉。")
    static let complaintOpenKey = StringKey0("complaintOpenKey", en: "Open", zh: "打开")
    static let complaintOpenKeyLong = StringKey0("complaintOpenKeyLong",
        en: "Open the selected complaint: details, history and handling",
        zh: "打开所选投诉：详情、处理记录与处理操作")
    static let complaintNewKey = StringKey0("complaintNewKey", en: "New complaint", zh: "登记投诉")
    static let complaintNewKeyLong = StringKey0("complaintNewKeyLong",
        en: "Take down a new complaint and print the receipt for the customer",
        zh: "登记新投诉并为客户打印回执")
    static let complaintCycleKey = StringKey0("complaintCycleKey", en: "Next list", zh: "切换列表")
    static let complaintCycleKeyLong = StringKey0("complaintCycleKeyLong", en: "Show the next or previous complaint list", zh: "显示下一个或上一个投诉列表")
    static let complaintColumnNumber = StringKey0("complaintColumnNumber", en: "Number", zh: "登记号")
    static let complaintColumnReceived = StringKey0("complaintColumnReceived", en: "Opened", zh: "受理")
    static let complaintColumnCategory = StringKey0("complaintColumnCategory", en: "Category", zh: "类别")
    static let complaintColumnSeverity = StringKey0("complaintColumnSeverity", en: "Severity", zh: "严重程度")
    static let complaintColumnStatus = StringKey0("complaintColumnStatus", en: "Status", zh: "状态")
    static let complaintColumnHandler = StringKey0("complaintColumnHandler", en: "Handler", zh: "处理人")
    static let complaintColumnDue = StringKey0("complaintColumnDue", en: "Due", zh: "期限")
    static let complaintColumnWhen = StringKey0("complaintColumnWhen", en: "When", zh: "时间")
    static let complaintColumnWho = StringKey0("complaintColumnWho", en: "Who", zh: "操作员")
    static let complaintColumnStep = StringKey0("complaintColumnStep", en: "Step", zh: "步骤")
    static let complaintColumnDetail = StringKey0("complaintColumnDetail", en: "Detail", zh: "说明")
    static let complaintIntakeTitle = StringKey0("complaintIntakeTitle", en: "New complaint", zh: "登记投诉")
    static let complaintIntakeHint = StringKey0("complaintIntakeHint", en: "Leave the customer blank for an anonymous complaint.", zh: "匿名投诉时客户一栏留空。")
    static let complaintIntakeFor = StringKey1("complaintIntakeFor", en: { "Complaint from \($0)" }, zh: { "投诉人：\($0)" })
    static let complaintFieldChannel = StringKey0("complaintFieldChannel", en: "Channel", zh: "渠道")
    static let complaintFieldCustomer = StringKey0("complaintFieldCustomer", en: "Customer", zh: "客户")
    static let complaintFieldContact = StringKey0("complaintFieldContact", en: "Contact", zh: "联系方式")
    static let complaintFieldCategory = StringKey0("complaintFieldCategory", en: "Category", zh: "类别")
    static let complaintFieldSeverity = StringKey0("complaintFieldSeverity", en: "Severity", zh: "严重程度")
    static let complaintFieldDescription = StringKey0("complaintFieldDescription", en: "Description", zh: "投诉内容")
    static let complaintFieldRemedyWanted = StringKey0("complaintFieldRemedyWanted", en: "Remedy wanted", zh: "客户诉求")
    static let complaintFieldAbout = StringKey0("complaintFieldAbout", en: "Staff involved", zh: "涉及员工")
    static let complaintFieldStatus = StringKey0("complaintFieldStatus", en: "Status", zh: "状态")
    static let complaintFieldTrack = StringKey0("complaintFieldTrack", en: "Deadline track", zh: "时限类型")
    static let complaintFieldTeam = StringKey0("complaintFieldTeam", en: "Team", zh: "处理团队")
    static let complaintFieldReceived = StringKey0("complaintFieldReceived", en: "Received", zh: "受理时间")
    static let complaintFieldDue = StringKey0("complaintFieldDue", en: "Respond by", zh: "答复期限")
    static let complaintFieldHandler = StringKey0("complaintFieldHandler", en: "Handler", zh: "处理人")
    static let complaintFieldSatisfaction = StringKey0("complaintFieldSatisfaction", en: "Satisfaction (1–5)", zh: "满意度（1–5）")
    static let complaintFieldResponse = StringKey0("complaintFieldResponse", en: "Response", zh: "答复")
    static let complaintFieldNote = StringKey0("complaintFieldNote", en: "Note", zh: "备注")
    static let complaintFieldReason = StringKey0("complaintFieldReason", en: "Reason", zh: "原因")
    static let complaintFieldExplanation = StringKey0("complaintFieldExplanation", en: "Explanation", zh: "答复说明")
    static let complaintFieldMonetary = StringKey0("complaintFieldMonetary", en: "Compensation (CNY)", zh: "经济补偿（元）")
    static let complaintFieldAccount = StringKey0("complaintFieldAccount", en: "Credit to account", zh: "入账账户")
    static let complaintFieldNonMonetary = StringKey0("complaintFieldNonMonetary", en: "Other remedy", zh: "其他补救措施")
    static let complaintCustomerHint = StringKey0("complaintCustomerHint",
        en: "ID number, phone, account number or name; blank for anonymous",
        zh: "证件号码、手机号、账号或姓名；匿名则留空")
    static let complaintContactHint = StringKey0("complaintContactHint", en: "How to reach an anonymous complainant (optional)", zh: "匿名投诉人的联系方式（可选）")
    static let complaintDescriptionHint = StringKey0("complaintDescriptionHint",
        en: "What happened, in Chinese or English (at least 5 characters)",
        zh: "事情经过，中文或英文均可（至少 5 个字）")
    static let complaintAboutHint = StringKey0("complaintAboutHint",
        en: "Operator ID of the staff member it is about (optional)",
        zh: "被投诉员工的操作员编号（可选）")
    static let complaintCustomerNotFound = StringKey0("complaintCustomerNotFound",
        en: "No customer matches. Check what you typed, or leave it blank for an anonymous complaint.",
        zh: "没有找到匹配的客户。请检查输入，匿名投诉请留空。")
    static let complaintCustomerAmbiguous = StringKey1("complaintCustomerAmbiguous",
        en: { "\($0) customers match. Type the ID number or phone number instead." },
        zh: { "有 \($0) 位客户匹配，请改为输入证件号码或手机号。" })
    static let complaintAboutUnknown = StringKey0("complaintAboutUnknown",
        en: "No operator has this ID. Leave it blank if the complaint is not about a member of staff.",
        zh: "没有此编号的操作员。如投诉不涉及员工，请留空。")
    static let complaintRegistered = StringKey2("complaintRegistered",
        en: { "Complaint \($0) registered. Press \($1) to print the receipt." },
        zh: { "投诉 \($0) 已登记。按 \($1) 打印回执。" })
    static let complaintSlipTitle = StringKey1("complaintSlipTitle", en: { "Complaint \($0)" }, zh: { "投诉 \($0)" })
    static let complaintSlipHint = StringKey2("complaintSlipHint",
        en: { "\($0) prints the receipt for the customer · \($1) opens the complaint" },
        zh: { "\($0) 打印客户回执 · \($1) 打开投诉" })
    static let complaintSlipPrintLong = StringKey0("complaintSlipPrintLong",
        en: "Print the complaint receipt for the customer (also saved as a text file)",
        zh: "打印客户投诉回执（同时保存为文本文件）")
    static let complaintAnonymous = StringKey0("complaintAnonymous", en: "Anonymous", zh: "匿名")
    static let complaintDetailTitle = StringKey1("complaintDetailTitle", en: { "Complaint \($0)" }, zh: { "投诉 \($0)" })
    static let complaintReadOnly = StringKey0("complaintReadOnly", en: "Read only: complaints are handled by supervisors.", zh: "只读：投诉由主管处理。")
    static let complaintOverdueMark = StringKey0("complaintOverdueMark", en: "OVERDUE", zh: "已逾期")
    static let complaintDueSoonMark = StringKey0("complaintDueSoonMark", en: "due soon", zh: "即将到期")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let complaintsKeys: [StringKey] = [
        .complaintListOpen, .complaintListDueSoon, .complaintListOverdue, .complaintListRecent, .complaintListKeyLong,
        .complaintListEmpty, .complaintOpenKey, .complaintOpenKeyLong, .complaintNewKey, .complaintNewKeyLong,
        .complaintCycleKey, .complaintCycleKeyLong, .complaintColumnNumber, .complaintColumnReceived,
        .complaintColumnCategory, .complaintColumnSeverity, .complaintColumnStatus, .complaintColumnHandler,
        .complaintColumnDue, .complaintColumnWhen, .complaintColumnWho, .complaintColumnStep, .complaintColumnDetail,
        .complaintIntakeTitle, .complaintIntakeHint, .complaintIntakeFor, .complaintFieldChannel,
        .complaintFieldCustomer, .complaintFieldContact, .complaintFieldCategory, .complaintFieldSeverity,
        .complaintFieldDescription, .complaintFieldRemedyWanted, .complaintFieldAbout, .complaintFieldStatus,
        .complaintFieldTrack, .complaintFieldTeam, .complaintFieldReceived, .complaintFieldDue, .complaintFieldHandler,
        .complaintFieldSatisfaction, .complaintFieldResponse, .complaintFieldNote, .complaintFieldReason,
        .complaintFieldExplanation, .complaintFieldMonetary, .complaintFieldAccount, .complaintFieldNonMonetary,
        .complaintCustomerHint, .complaintContactHint, .complaintDescriptionHint, .complaintAboutHint,
        .complaintCustomerNotFound, .complaintCustomerAmbiguous, .complaintAboutUnknown, .complaintRegistered,
        .complaintSlipTitle, .complaintSlipHint, .complaintSlipPrintLong, .complaintAnonymous, .complaintDetailTitle,
        .complaintReadOnly, .complaintOverdueMark, .complaintDueSoonMark,
    ]
}
