/// Customer care tasks and suggestions.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let careKey = StringKey0("careKey", en: "Care", zh: "客户关怀")
    static let careKeyLong = StringKey0("careKeyLong", en: "Customer care: follow-up tasks and suggestions", zh: "客户关怀：回访任务与意见建议")
    static let careTitle = StringKey0("careTitle", en: "Customer care", zh: "客户关怀")
    static let careTasksTab = StringKey0("careTasksTab", en: "Follow-up tasks", zh: "回访任务")
    static let careSuggestionsTab = StringKey0("careSuggestionsTab", en: "Suggestions", zh: "意见建议")
    static let careTabLong = StringKey0("careTabLong", en: "Switch between follow-up tasks and suggestions", zh: "在回访任务与意见建议之间切换")
    static let careDoneKey = StringKey0("careDoneKey", en: "Done", zh: "完成")
    static let careDoneKeyLong = StringKey0("careDoneKeyLong", en: "Record that the selected task is done, with its outcome", zh: "记录所选任务已完成及结果")
    static let careCancelKey = StringKey0("careCancelKey", en: "Cancel task", zh: "取消任务")
    static let careCancelKeyLong = StringKey0("careCancelKeyLong", en: "Cancel the selected task, with the reason", zh: "取消所选任务并说明原因")
    static let careAddKey = StringKey0("careAddKey", en: "Add task", zh: "新增任务")
    static let careAddKeyLong = StringKey0("careAddKeyLong", en: "Add a follow-up task by hand", zh: "手动新增回访任务")
    static let careDormantKey = StringKey0("careDormantKey", en: "Dormant follow-ups", zh: "休眠账户回访")
    static let careDormantKeyLong = StringKey0("careDormantKeyLong",
        en: "Create a contact task for every dormant account that has none open",
        zh: "为每个尚无未结任务的休眠账户创建联系任务")
    static let careDormantScheduled = StringKey1("careDormantScheduled",
        en: { "\($0) dormant-account follow-up \(plural($0, "task", "tasks")) created." },
        zh: { "已创建 \($0) 个休眠账户回访任务。" })
    static let careColumnDue = StringKey0("careColumnDue", en: "Due", zh: "到期日")
    static let careColumnKind = StringKey0("careColumnKind", en: "Task", zh: "任务")
    static let careColumnCustomer = StringKey0("careColumnCustomer", en: "Customer", zh: "客户")
    static let careColumnNote = StringKey0("careColumnNote", en: "Note", zh: "备注")
    static let careColumnDate = StringKey0("careColumnDate", en: "Date", zh: "日期")
    static let careNoTasks = StringKey0("careNoTasks", en: "No open follow-up tasks.", zh: "没有未完成的回访任务。")
    static let careDoneTitle = StringKey0("careDoneTitle", en: "Task done", zh: "任务完成")
    static let careCancelTitle = StringKey0("careCancelTitle", en: "Cancel the task", zh: "取消任务")
    static let careFieldOutcome = StringKey0("careFieldOutcome", en: "Outcome", zh: "结果")
    static let careTaskDone = StringKey0("careTaskDone", en: "Task recorded as done.", zh: "任务已记录为完成。")
    static let careTaskCancelled = StringKey0("careTaskCancelled", en: "Task cancelled.", zh: "任务已取消。")
    static let careAddTitle = StringKey0("careAddTitle", en: "New follow-up task", zh: "新增回访任务")
    static let careFieldKind = StringKey0("careFieldKind", en: "Task", zh: "任务类型")
    static let careFieldDue = StringKey0("careFieldDue", en: "Due date", zh: "到期日")
    static let careFieldNote = StringKey0("careFieldNote", en: "Note", zh: "备注")
    static let careCustomerHint = StringKey0("careCustomerHint",
        en: "ID number, phone, account number or name; blank for none",
        zh: "证件号码、手机号、账号或姓名；无则留空")
    static let careDueHint = StringKey0("careDueHint", en: "YYYY-MM-DD, today or later", zh: "YYYY-MM-DD，今天或以后")
    static let careDueFormat = StringKey0("careDueFormat",
        en: "Enter the date as YYYY-MM-DD, for example 2026-03-09.",
        zh: "请按 YYYY-MM-DD 格式输入日期，例如 2026-03-09。")
    static let careTaskAdded = StringKey1("careTaskAdded", en: { "Follow-up task added, due \($0)." }, zh: { "已新增回访任务，到期日 \($0)。" })
    static let suggestionAddKey = StringKey0("suggestionAddKey", en: "Add suggestion", zh: "新增建议")
    static let suggestionAddKeyLong = StringKey0("suggestionAddKeyLong",
        en: "Take down a suggestion from a customer or a member of staff",
        zh: "登记客户或员工的意见建议")
    static let suggestionAddTitle = StringKey0("suggestionAddTitle", en: "New suggestion", zh: "新增意见建议")
    static let suggestionFieldSource = StringKey0("suggestionFieldSource", en: "From", zh: "来源")
    static let suggestionFieldText = StringKey0("suggestionFieldText", en: "Suggestion", zh: "建议内容")
    static let suggestionCustomerHint = StringKey0("suggestionCustomerHint",
        en: "For a customer's suggestion: ID number, phone or name; blank if not known",
        zh: "客户建议：证件号码、手机号或姓名；不详则留空")
    static let suggestionTextMissing = StringKey0("suggestionTextMissing",
        en: "Write the suggestion (at least 5 characters).",
        zh: "请填写建议内容（至少 5 个字）。")
    static let suggestionAdded = StringKey0("suggestionAdded", en: "Suggestion recorded. Thank you.", zh: "意见建议已记录，谢谢。")
    static let suggestionColumnFrom = StringKey0("suggestionColumnFrom", en: "From", zh: "来源")
    static let suggestionNone = StringKey0("suggestionNone", en: "No suggestions yet.", zh: "暂无意见建议。")
    static let suggestionSource_customer = StringKey0("suggestionSource_customer", en: "Customer", zh: "客户")
    static let suggestionSource_staff = StringKey0("suggestionSource_staff", en: "Staff", zh: "员工")
    static let careKind_complaint_callback = StringKey0("careKind_complaint_callback", en: "Complaint call back", zh: "投诉回访")
    static let careKind_account_opened = StringKey0("careKind_account_opened", en: "Welcome call", zh: "开户回访")
    static let careKind_dormant_account = StringKey0("careKind_dormant_account", en: "Dormant account", zh: "休眠账户联系")
    static let careKind_suggestion_followup = StringKey0("careKind_suggestion_followup", en: "Suggestion follow-up", zh: "建议反馈")
    static let careKind_other = StringKey0("careKind_other", en: "Other", zh: "其他")
    static let careKind_loan_overdue = StringKey0("careKind_loan_overdue", en: "Loan overdue", zh: "贷款逾期")
    static let careDueInPast = StringKey1("careDueInPast",
        en: { "The due date cannot be in the past (today is \($0))." },
        zh: { "到期日不能早于今天（今天是 \($0)）。" })
    static let careOutcomeMissing = StringKey0("careOutcomeMissing", en: "Write what came of it (at least 2 characters).", zh: "请填写处理结果（至少 2 个字符）。")
    static let careTaskNotFound = StringKey0("careTaskNotFound", en: "No such follow-up task.", zh: "没有该回访任务。")
    static let careTaskNotOpen = StringKey0("careTaskNotOpen", en: "This task is already done or cancelled.", zh: "该任务已完成或已取消。")
    static let careAnswerMissing = StringKey0("careAnswerMissing",
        en: "Write what the branch made of the suggestion (at least 2 characters).",
        zh: "请填写网点对该建议的处理结果（至少 2 个字）。")
    static let careSuggestionNotFound = StringKey0("careSuggestionNotFound", en: "That suggestion was not found.", zh: "未找到该建议。")
    static let careSuggestionAnswered = StringKey0("careSuggestionAnswered",
        en: "This suggestion has already been answered and closed.",
        zh: "该建议已答复并关闭。")
    static let careAnswerKey = StringKey0("careAnswerKey", en: "Answer", zh: "答复")
    static let careAnswerKeyLong = StringKey0("careAnswerKeyLong",
        en: "Answer the selected suggestion and close it (a customer's gets a follow-up task to tell them)",
        zh: "答复所选建议并关闭（客户的建议会生成回访任务告知客户）")
    static let careAnswerTitle = StringKey0("careAnswerTitle", en: "Answer a suggestion", zh: "答复建议")
    static let careFieldAnswer = StringKey0("careFieldAnswer", en: "What we made of it", zh: "处理结果")
    static let careSuggestionDone = StringKey0("careSuggestionDone", en: "Suggestion answered and closed.", zh: "建议已答复并关闭。")
    static let careColumnStatus = StringKey0("careColumnStatus", en: "Status", zh: "状态")
    static let careSuggestionOpen = StringKey0("careSuggestionOpen", en: "Open", zh: "待处理")
    static let careSuggestionClosed = StringKey0("careSuggestionClosed", en: "Answered", zh: "已答复")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let careKeys: [StringKey] = [
        .careKey, .careKeyLong, .careTitle, .careTasksTab, .careSuggestionsTab, .careTabLong, .careDoneKey,
        .careDoneKeyLong, .careCancelKey, .careCancelKeyLong, .careAddKey, .careAddKeyLong, .careDormantKey,
        .careDormantKeyLong, .careDormantScheduled, .careColumnDue, .careColumnKind, .careColumnCustomer,
        .careColumnNote, .careColumnDate, .careNoTasks, .careDoneTitle, .careCancelTitle, .careFieldOutcome,
        .careTaskDone, .careTaskCancelled, .careAddTitle, .careFieldKind, .careFieldDue, .careFieldNote,
        .careCustomerHint, .careDueHint, .careDueFormat, .careTaskAdded, .suggestionAddKey, .suggestionAddKeyLong,
        .suggestionAddTitle, .suggestionFieldSource, .suggestionFieldText, .suggestionCustomerHint,
        .suggestionTextMissing, .suggestionAdded, .suggestionColumnFrom, .suggestionNone, .suggestionSource_customer,
        .suggestionSource_staff, .careKind_complaint_callback, .careKind_account_opened, .careKind_dormant_account,
        .careKind_suggestion_followup, .careKind_other, .careKind_loan_overdue, .careDueInPast, .careOutcomeMissing, .careTaskNotFound,
        .careTaskNotOpen, .careAnswerMissing, .careSuggestionNotFound, .careSuggestionAnswered, .careAnswerKey,
        .careAnswerKeyLong, .careAnswerTitle, .careFieldAnswer, .careSuggestionDone, .careColumnStatus,
        .careSuggestionOpen, .careSuggestionClosed,
    ]
}
