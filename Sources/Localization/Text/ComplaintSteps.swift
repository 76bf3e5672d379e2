/// Complaint steps (acknowledge, investigate, respond, close, reopen …), their codes and deadline settings.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let complaintAcknowledgeKey = StringKey0("complaintAcknowledgeKey", en: "Acknowledge", zh: "确认受理")
    static let complaintAcknowledgeKeyLong = StringKey0("complaintAcknowledgeKeyLong",
        en: "Acknowledge the complaint (tell the customer it is being handled)",
        zh: "确认受理投诉（告知客户正在处理）")
    static let complaintInvestigateKey = StringKey0("complaintInvestigateKey", en: "Investigate", zh: "调查")
    static let complaintInvestigateKeyLong = StringKey0("complaintInvestigateKeyLong",
        en: "Start (or resume) the investigation, with a note",
        zh: "开始（或继续）调查，可附备注")
    static let complaintRespondKey = StringKey0("complaintRespondKey", en: "Respond", zh: "答复")
    static let complaintRespondKeyLong = StringKey0("complaintRespondKeyLong",
        en: "Record and send the response: explanation, compensation, other remedy",
        zh: "记录并发送答复：说明、经济补偿、其他补救措施")
    static let complaintCloseKey = StringKey0("complaintCloseKey", en: "Close", zh: "结案")
    static let complaintCloseKeyLong = StringKey0("complaintCloseKeyLong",
        en: "Close the complaint with the customer's satisfaction (after the response)",
        zh: "以客户满意度结案（答复之后）")
    static let complaintReopenKey = StringKey0("complaintReopenKey", en: "Reopen", zh: "重新打开")
    static let complaintReopenKeyLong = StringKey0("complaintReopenKeyLong",
        en: "Reopen a responded or closed complaint, with a reason",
        zh: "以说明原因重新打开已答复或已结案的投诉")
    static let complaintNoteKey = StringKey0("complaintNoteKey", en: "Note", zh: "备注")
    static let complaintNoteKeyLong = StringKey0("complaintNoteKeyLong",
        en: "Add a note to the history without changing the status",
        zh: "在处理记录中添加备注，不改变状态")
    static let complaintAssignKey = StringKey0("complaintAssignKey", en: "Assign", zh: "转交")
    static let complaintAssignKeyLong = StringKey0("complaintAssignKeyLong",
        en: "Give the complaint to another handler (never the person it is about)",
        zh: "将投诉转交给其他处理人（不能是被投诉人）")
    static let complaintExtendKey = StringKey0("complaintExtendKey", en: "Extend", zh: "延期")
    static let complaintExtendKeyLong = StringKey0("complaintExtendKeyLong",
        en: "Move the deadline: extended with a reason, exceptional also with a supervisor's approval",
        zh: "延长答复期限：延长需说明原因，特殊延期还需主管批准")
    static let complaintAcknowledged = StringKey1("complaintAcknowledged", en: { "Complaint \($0) acknowledged." }, zh: { "投诉 \($0) 已确认受理。" })
    static let complaintInvestigateTitle = StringKey0("complaintInvestigateTitle", en: "Investigate", zh: "调查")
    static let complaintInvestigateHint = StringKey0("complaintInvestigateHint", en: "What will be looked into (optional)", zh: "调查内容（可选）")
    static let complaintInvestigating = StringKey1("complaintInvestigating",
        en: { "Complaint \($0) is being investigated." },
        zh: { "投诉 \($0) 正在调查。" })
    static let complaintNoteTitle = StringKey0("complaintNoteTitle", en: "Add a note", zh: "添加备注")
    static let complaintNoted = StringKey1("complaintNoted", en: { "Note added to complaint \($0)." }, zh: { "已为投诉 \($0) 添加备注。" })
    static let complaintReasonMissing = StringKey0("complaintReasonMissing", en: "Enter at least 3 characters.", zh: "请至少输入 3 个字。")
    static let complaintAssignTitle = StringKey0("complaintAssignTitle", en: "Assign to a handler", zh: "转交处理人")
    static let complaintAssigned = StringKey2("complaintAssigned",
        en: { "Complaint \($0) is now handled by \($1)." },
        zh: { "投诉 \($0) 现由 \($1) 处理。" })
    static let complaintExtendTitle = StringKey0("complaintExtendTitle", en: "Extend the deadline", zh: "延长答复期限")
    static let complaintExtended = StringKey2("complaintExtended",
        en: { "Deadline of complaint \($0) moved: \($1)." },
        zh: { "投诉 \($0) 的答复期限已调整：\($1)。" })
    static let complaintExceptionalWhy = StringKey1("complaintExceptionalWhy",
        en: { "Complaint \($0): an exceptional deadline needs approval." },
        zh: { "投诉 \($0)：特殊延期需主管批准。" })
    static let complaintCloseTitle = StringKey0("complaintCloseTitle", en: "Close the complaint", zh: "结案")
    static let complaintSatisfactionHint = StringKey0("complaintSatisfactionHint",
        en: "How satisfied the customer is with the handling: 1 (not at all) to 5 (very)",
        zh: "客户对处理的满意度：1（很不满意）至 5（非常满意）")
    static let complaintClosed = StringKey1("complaintClosed",
        en: { "Complaint \($0) closed. A call back is scheduled in a week." },
        zh: { "投诉 \($0) 已结案，已安排一周后回访。" })
    static let complaintReopenTitle = StringKey0("complaintReopenTitle", en: "Reopen the complaint", zh: "重新打开投诉")
    static let complaintReopened = StringKey1("complaintReopened", en: { "Complaint \($0) reopened." }, zh: { "投诉 \($0) 已重新打开。" })
    static let complaintRespondTitle = StringKey1("complaintRespondTitle", en: { "Respond to complaint \($0)" }, zh: { "答复投诉 \($0)" })
    static let complaintRespondAbout = StringKey1("complaintRespondAbout", en: { "Category: \($0)" }, zh: { "类别：\($0)" })
    static let complaintExplanationHint = StringKey0("complaintExplanationHint",
        en: "What the branch found and what it will do (at least 5 characters)",
        zh: "网点的调查结论及处理措施（至少 5 个字）")
    static let complaintMonetaryHint = StringKey0("complaintMonetaryHint",
        en: "Blank or an amount such as 50.00; credited through the ledger",
        zh: "留空或输入金额，如 50.00；通过账务入账")
    static let complaintRemedyAccountMissing = StringKey0("complaintRemedyAccountMissing",
        en: "Choose the customer's account to credit the compensation to.",
        zh: "请选择接收补偿的客户账户。")
    static let complaintRespondQuestion = StringKey1("complaintRespondQuestion",
        en: { "Send the response to complaint \($0)?" },
        zh: { "发送投诉 \($0) 的答复？" })
    static let complaintRespondQuestionPaid = StringKey3("complaintRespondQuestionPaid",
        en: { "Send the response to complaint \($0) and credit CNY \($1) to \($2)?" },
        zh: { "发送投诉 \($0) 的答复，并向 \($2) 入账 \($1) 元？" })
    static let complaintResponded = StringKey1("complaintResponded",
        en: { "Response to complaint \($0) recorded and sent to the customer." },
        zh: { "投诉 \($0) 的答复已记录并发送给客户。" })
    static let complaintRespondedPaid = StringKey2("complaintRespondedPaid",
        en: { "Response to complaint \($0) sent; CNY \($1) credited." },
        zh: { "投诉 \($0) 的答复已发送，已入账 \($1) 元。" })
    static let complaintCounterKey = StringKey0("complaintCounterKey", en: "Complaint", zh: "投诉")
    static let complaintCounterKeyLong = StringKey0("complaintCounterKeyLong",
        en: "Take down a complaint from the customer being served",
        zh: "登记正在办理业务客户的投诉")
    static let complaintPanelKey = StringKey0("complaintPanelKey", en: "Complaint", zh: "投诉")
    static let complaintPanelKeyLong = StringKey0("complaintPanelKeyLong", en: "Take down a complaint from this customer", zh: "登记该客户的投诉")
    static let complaintCategory_service_attitude = StringKey0("complaintCategory_service_attitude", en: "Service attitude", zh: "服务态度")
    static let complaintCategory_waiting_time = StringKey0("complaintCategory_waiting_time", en: "Waiting time", zh: "等候时间")
    static let complaintCategory_fees = StringKey0("complaintCategory_fees", en: "Fees and charges", zh: "收费")
    static let complaintCategory_transaction_error = StringKey0("complaintCategory_transaction_error", en: "Transaction error", zh: "交易差错")
    static let complaintCategory_card = StringKey0("complaintCategory_card", en: "Bank card", zh: "银行卡")
    static let complaintCategory_loan = StringKey0("complaintCategory_loan", en: "Loan", zh: "贷款")
    static let complaintCategory_wealth_mis_selling = StringKey0("complaintCategory_wealth_mis_selling",
        en: "Wealth product mis-selling",
        zh: "理财产品误导销售")
    static let complaintCategory_fraud = StringKey0("complaintCategory_fraud", en: "Fraud", zh: "欺诈")
    static let complaintCategory_privacy = StringKey0("complaintCategory_privacy", en: "Privacy", zh: "个人信息保护")
    static let complaintCategory_other = StringKey0("complaintCategory_other", en: "Other", zh: "其他")
    static let complaintChannel_counter = StringKey0("complaintChannel_counter", en: "Counter", zh: "柜台")
    static let complaintChannel_phone = StringKey0("complaintChannel_phone", en: "Phone", zh: "电话")
    static let complaintChannel_online = StringKey0("complaintChannel_online", en: "Online", zh: "网上")
    static let complaintChannel_suggestion_box = StringKey0("complaintChannel_suggestion_box", en: "Suggestion box", zh: "意见箱")
    static let complaintChannel_letter = StringKey0("complaintChannel_letter", en: "Letter", zh: "信函")
    static let complaintSeverity_low = StringKey0("complaintSeverity_low", en: "Low", zh: "低")
    static let complaintSeverity_medium = StringKey0("complaintSeverity_medium", en: "Medium", zh: "中")
    static let complaintSeverity_high = StringKey0("complaintSeverity_high", en: "High", zh: "高")
    static let complaintSeverity_critical = StringKey0("complaintSeverity_critical", en: "Critical", zh: "紧急")
    static let complaintStatus_received = StringKey0("complaintStatus_received", en: "Received", zh: "已受理")
    static let complaintStatus_acknowledged = StringKey0("complaintStatus_acknowledged", en: "Acknowledged", zh: "已确认")
    static let complaintStatus_investigating = StringKey0("complaintStatus_investigating", en: "Investigating", zh: "调查中")
    static let complaintStatus_responded = StringKey0("complaintStatus_responded", en: "Responded", zh: "已答复")
    static let complaintStatus_closed = StringKey0("complaintStatus_closed", en: "Closed", zh: "已结案")
    static let complaintStatus_reopened = StringKey0("complaintStatus_reopened", en: "Reopened", zh: "重新打开")
    static let complaintTrack_simple = StringKey0("complaintTrack_simple", en: "Simple (15 days)", zh: "一般（15 天）")
    static let complaintTrack_extended = StringKey0("complaintTrack_extended", en: "Extended (30 days)", zh: "延长（30 天）")
    static let complaintTrack_exceptional = StringKey0("complaintTrack_exceptional", en: "Exceptional (60 days)", zh: "特殊（60 天）")
    static let complaintTeam_branch_service = StringKey0("complaintTeam_branch_service", en: "Branch service", zh: "网点服务组")
    static let complaintTeam_operations = StringKey0("complaintTeam_operations", en: "Operations", zh: "运营组")
    static let complaintTeam_credit = StringKey0("complaintTeam_credit", en: "Credit", zh: "信贷组")
    static let complaintTeam_wealth_compliance = StringKey0("complaintTeam_wealth_compliance", en: "Wealth compliance", zh: "理财合规组")
    static let complaintTeam_risk_compliance = StringKey0("complaintTeam_risk_compliance", en: "Risk and compliance", zh: "风险合规组")
    static let complaintEvent_received = StringKey0("complaintEvent_received", en: "Received", zh: "受理")
    static let complaintEvent_assigned = StringKey0("complaintEvent_assigned", en: "Assigned", zh: "分派")
    static let complaintEvent_acknowledged = StringKey0("complaintEvent_acknowledged", en: "Acknowledged", zh: "确认受理")
    static let complaintEvent_investigating = StringKey0("complaintEvent_investigating", en: "Investigating", zh: "调查")
    static let complaintEvent_note = StringKey0("complaintEvent_note", en: "Note", zh: "备注")
    static let complaintEvent_extended = StringKey0("complaintEvent_extended", en: "Extended", zh: "延期")
    static let complaintEvent_responded = StringKey0("complaintEvent_responded", en: "Responded", zh: "答复")
    static let complaintEvent_closed = StringKey0("complaintEvent_closed", en: "Closed", zh: "结案")
    static let complaintEvent_reopened = StringKey0("complaintEvent_reopened", en: "Reopened", zh: "重新打开")
    static let complaintSlipPrinted = StringKey1("complaintSlipPrinted", en: { "Complaint receipt written to \($0)" }, zh: { "投诉回执已保存至 \($0)" })
    static let complaintSatisfactionShort = StringKey0("complaintSatisfactionShort", en: "Satisfaction", zh: "满意度")
    static let complaintDescriptionMissing = StringKey0("complaintDescriptionMissing",
        en: "Describe the complaint (at least 5 characters).",
        zh: "请填写投诉内容（至少 5 个字符）。")
    static let complaintDescriptionTooLong = StringKey0("complaintDescriptionTooLong",
        en: "The text is too long (description up to 2,000 characters, remedy 500, contact 100).",
        zh: "内容过长（投诉内容最多 2000 字，诉求 500 字，联系方式 100 字）。")
    static let complaintUnknownOperator = StringKey0("complaintUnknownOperator",
        en: "No such member of staff. Leave the field empty if the complaint is not about a person.",
        zh: "没有该员工。若投诉不针对个人，请留空。")
    static let complaintNotFound = StringKey0("complaintNotFound",
        en: "No such complaint. Check the registration number (e.g. C20261123-0001).",
        zh: "没有该投诉，请核对登记号（如 C20261123-0001）。")
    static let complaintHandlerNotAllowed = StringKey0("complaintHandlerNotAllowed",
        en: "That operator cannot handle complaints (inactive, or not a supervisor).",
        zh: "该操作员不能处理投诉（已停用或非主管）。")
    static let complaintConflictOfInterest = StringKey0("complaintConflictOfInterest",
        en: "The person a complaint is about cannot handle it. Give it to someone else.",
        zh: "被投诉人不能处理该投诉，请交由他人处理。")
    static let complaintNotAwaitingResponse = StringKey0("complaintNotAwaitingResponse",
        en: "This complaint has been responded to; its deadline no longer applies.",
        zh: "该投诉已答复，期限不再适用。")
    static let complaintDeadlineNotLater = StringKey0("complaintDeadlineNotLater",
        en: "The new deadline must be later than the current one.",
        zh: "新的期限必须晚于当前期限。")
    static let complaintDeadlineInPast = StringKey0("complaintDeadlineInPast",
        en: "That deadline is already in the past; choose a longer track.",
        zh: "该期限已过，请选择更长的期限。")
    static let complaintExceptionalNeedsApproval = StringKey0("complaintExceptionalNeedsApproval",
        en: "An exceptional extension (up to 60 days) needs a supervisor's approval.",
        zh: "特殊延期（最长 60 天）须主管授权。")
    static let complaintResponseMissing = StringKey0("complaintResponseMissing",
        en: "Write the explanation given to the customer (at least 5 characters).",
        zh: "请填写给客户的答复说明（至少 5 个字符）。")
    static let complaintWrongStatus = StringKey1("complaintWrongStatus",
        en: { "Not possible while the complaint is \($0)." },
        zh: { "投诉当前状态为 \($0)，不能进行此操作。" })
    static let complaintRemedyNeedsCustomer = StringKey0("complaintRemedyNeedsCustomer",
        en: "An anonymous complaint cannot receive a monetary remedy; link the customer first.",
        zh: "匿名投诉不能给予经济补偿，请先关联客户。")
    static let complaintRemedyWrongAccount = StringKey0("complaintRemedyWrongAccount",
        en: "The remedy must be paid into an account of the complaining customer.",
        zh: "补偿须存入投诉客户本人的账户。")
    static let complaintSatisfactionRange = StringKey0("complaintSatisfactionRange",
        en: "Satisfaction is 1 (very unhappy) to 5 (very happy).",
        zh: "满意度为 1（很不满意）至 5（很满意）。")
    static let complaintCloseWithoutResponse = StringKey0("complaintCloseWithoutResponse",
        en: "A complaint can be closed only after the response has been recorded and sent.",
        zh: "只有在答复记录并发送后才能结案。")
    static let complaintDeadlinesInvalid = StringKey0("complaintDeadlinesInvalid",
        en: "Days must grow: simple ≤ extended ≤ exceptional ≤ 365, and due soon < simple.",
        zh: "天数须递增：一般 ≤ 延长 ≤ 特殊 ≤ 365，且临近到期天数小于一般天数。")
    static let complaintNotYourCase = StringKey0("complaintNotYourCase",
        en: "Only the handler this complaint is assigned to may respond. Ask a supervisor to reassign it if needed.",
        zh: "只有被指派的处理人可以答复此投诉。如需要，请主管重新指派。")
    static let complaintRemedyCapReached = StringKey2("complaintRemedyCapReached",
        en: { "Compensation on one complaint is limited to \($0) in total and \($1) has been paid already. Pay less, or refer the case to head office." },
        zh: { "单笔投诉的补偿总额上限为 \($0)，已支付 \($1)。请减少金额，或提交总行处理。" })
    static let complaintRemedyNeedsApproval = StringKey1("complaintRemedyNeedsApproval",
        en: { "Compensation above \($0) needs a second supervisor's approval (not the handler)." },
        zh: { "补偿超过 \($0) 需要另一位主管（非处理人）批准。" })
    static let complaintNoSelfAssign = StringKey0("complaintNoSelfAssign",
        en: "You cannot give a complaint to yourself: another supervisor gives it to you, or choose another handler.",
        zh: "不能把投诉转给自己：请由另一位主管转给您，或选择其他处理人。")
    static let complaintStepNotYourCase = StringKey0("complaintStepNotYourCase",
        en: "This complaint is assigned to another handler: only they or a supervisor may work on it. Ask a supervisor to reassign it if needed.",
        zh: "此投诉已分配给其他处理人，只有该处理人或主管可以处理；如需接手，请主管重新分配。")
    static let complaintListMine = StringKey0("complaintListMine", en: "Mine", zh: "我的")
    static let complaintColumnCustomer = StringKey0("complaintColumnCustomer", en: "Customer", zh: "客户")
    static let complaintSettingSimpleDays = StringKey0("complaintSettingSimpleDays", en: "Complaint days: simple", zh: "投诉答复天数：一般")
    static let complaintSettingExtendedDays = StringKey0("complaintSettingExtendedDays", en: "Complaint days: extended", zh: "投诉答复天数：延长")
    static let complaintSettingExceptionalDays = StringKey0("complaintSettingExceptionalDays", en: "Complaint days: exceptional", zh: "投诉答复天数：特殊")
    static let complaintSettingDueSoonDays = StringKey0("complaintSettingDueSoonDays", en: "Complaint due soon (days)", zh: "投诉临近到期（天）")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let complaintStepsKeys: [StringKey] = [
        .complaintAcknowledgeKey, .complaintAcknowledgeKeyLong, .complaintInvestigateKey, .complaintInvestigateKeyLong,
        .complaintRespondKey, .complaintRespondKeyLong, .complaintCloseKey, .complaintCloseKeyLong, .complaintReopenKey,
        .complaintReopenKeyLong, .complaintNoteKey, .complaintNoteKeyLong, .complaintAssignKey, .complaintAssignKeyLong,
        .complaintExtendKey, .complaintExtendKeyLong, .complaintAcknowledged, .complaintInvestigateTitle,
        .complaintInvestigateHint, .complaintInvestigating, .complaintNoteTitle, .complaintNoted,
        .complaintReasonMissing, .complaintAssignTitle, .complaintAssigned, .complaintExtendTitle, .complaintExtended,
        .complaintExceptionalWhy, .complaintCloseTitle, .complaintSatisfactionHint, .complaintClosed,
        .complaintReopenTitle, .complaintReopened, .complaintRespondTitle, .complaintRespondAbout,
        .complaintExplanationHint, .complaintMonetaryHint, .complaintRemedyAccountMissing, .complaintRespondQuestion,
        .complaintRespondQuestionPaid, .complaintResponded, .complaintRespondedPaid, .complaintCounterKey,
        .complaintCounterKeyLong, .complaintPanelKey, .complaintPanelKeyLong, .complaintCategory_service_attitude,
        .complaintCategory_waiting_time, .complaintCategory_fees, .complaintCategory_transaction_error,
        .complaintCategory_card, .complaintCategory_loan, .complaintCategory_wealth_mis_selling,
        .complaintCategory_fraud, .complaintCategory_privacy, .complaintCategory_other, .complaintChannel_counter,
        .complaintChannel_phone, .complaintChannel_online, .complaintChannel_suggestion_box, .complaintChannel_letter,
        .complaintSeverity_low, .complaintSeverity_medium, .complaintSeverity_high, .complaintSeverity_critical,
        .complaintStatus_received, .complaintStatus_acknowledged, .complaintStatus_investigating,
        .complaintStatus_responded, .complaintStatus_closed, .complaintStatus_reopened, .complaintTrack_simple,
        .complaintTrack_extended, .complaintTrack_exceptional, .complaintTeam_branch_service, .complaintTeam_operations,
        .complaintTeam_credit, .complaintTeam_wealth_compliance, .complaintTeam_risk_compliance,
        .complaintEvent_received, .complaintEvent_assigned, .complaintEvent_acknowledged, .complaintEvent_investigating,
        .complaintEvent_note, .complaintEvent_extended, .complaintEvent_responded, .complaintEvent_closed,
        .complaintEvent_reopened, .complaintSlipPrinted, .complaintSatisfactionShort, .complaintDescriptionMissing,
        .complaintDescriptionTooLong, .complaintUnknownOperator, .complaintNotFound, .complaintHandlerNotAllowed,
        .complaintConflictOfInterest, .complaintNotAwaitingResponse, .complaintDeadlineNotLater,
        .complaintDeadlineInPast, .complaintExceptionalNeedsApproval, .complaintResponseMissing, .complaintWrongStatus,
        .complaintRemedyNeedsCustomer, .complaintRemedyWrongAccount, .complaintSatisfactionRange,
        .complaintCloseWithoutResponse, .complaintDeadlinesInvalid, .complaintNotYourCase, .complaintRemedyCapReached,
        .complaintRemedyNeedsApproval, .complaintNoSelfAssign, .complaintStepNotYourCase, .complaintListMine,
        .complaintColumnCustomer, .complaintSettingSimpleDays, .complaintSettingExtendedDays,
        .complaintSettingExceptionalDays, .complaintSettingDueSoonDays,
    ]
}
