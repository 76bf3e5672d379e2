/// The journal, statements and reversals.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let entryNotFound = StringKey1("entryNotFound", en: { "No journal entry \($0)." }, zh: { "没有流水 \($0)。" })
    static let entryNotReversible = StringKey1("entryNotReversible",
        en: { "Entry \($0) is a drawer or vault movement; those are corrected by counting, not reversed." },
        zh: { "流水 \($0) 为尾箱或金库调拨，应通过清点更正，不能冲正。" })
    static let entryAlreadyReversed = StringKey2("entryAlreadyReversed",
        en: { "Entry \($0) was already reversed by entry \($1)." },
        zh: { "流水 \($0) 已被流水 \($1) 冲正。" })
    static let reversalOwnEntry = StringKey0("reversalOwnEntry",
        en: "You cannot reverse an operation you entered or approved; another supervisor must.",
        zh: "不能冲正自己经办或授权的业务，须由其他主管办理。")
    static let reversalReasonMissing = StringKey0("reversalReasonMissing",
        en: "Enter the reason for the reversal (at least 3 characters).",
        zh: "请输入冲正原因（至少 3 个字符）。")
    static let reversalDrawerClosed = StringKey0("reversalDrawerClosed",
        en: "The drawer that handled this cash is closed; the cash cannot be reversed through it.",
        zh: "办理该笔现金的尾箱已轧账，不能通过其冲正。")
    static let statementTitle = StringKey0("statementTitle", en: "Account statement", zh: "账户对账单")
    static let statementOlder = StringKey0("statementOlder", en: "Older", zh: "更早")
    static let statementOlderLong = StringKey0("statementOlderLong", en: "Show the next page of older lines", zh: "显示更早的一页")
    static let statementNewer = StringKey0("statementNewer", en: "Newer", zh: "更新")
    static let statementNewerLong = StringKey0("statementNewerLong", en: "Show the next page of newer lines", zh: "显示较新的一页")
    static let statementNewest = StringKey0("statementNewest", en: "Newest", zh: "最新")
    static let statementNewestLong = StringKey0("statementNewestLong", en: "Go to the newest page", zh: "跳到最新一页")
    static let statementOldest = StringKey0("statementOldest", en: "Oldest", zh: "最早")
    static let statementOldestLong = StringKey0("statementOldestLong", en: "Go to the oldest page (the account's first lines)", zh: "跳到最早一页（账户最初的明细）")
    static let statementOtherAccount = StringKey0("statementOtherAccount", en: "Other account", zh: "其他账户")
    static let statementOtherAccountLong = StringKey0("statementOtherAccountLong", en: "Enter another account number", zh: "输入其他账号")
    static let statementAccountInvalid = StringKey0("statementAccountInvalid",
        en: "Enter the account number (digits only, as printed on the passbook or card).",
        zh: "请输入账号（仅数字，以存折或卡面为准）。")
    static let statementNoOlder = StringKey0("statementNoOlder", en: "No older lines: this is the account's first page.", zh: "没有更早的明细：这是账户的第一页。")
    static let statementNoNewer = StringKey0("statementNoNewer", en: "No newer lines: this is the newest page.", zh: "没有更新的明细：这是最新一页。")
    static let statementAccount = StringKey0("statementAccount", en: "Account number", zh: "账号")
    static let statementBalance = StringKey1("statementBalance", en: { "Balance: \($0)" }, zh: { "余额：\($0)" })
    static let statementColumnDate = StringKey0("statementColumnDate", en: "Date", zh: "日期")
    static let statementColumnKind = StringKey0("statementColumnKind", en: "Kind", zh: "摘要")
    static let statementColumnChange = StringKey0("statementColumnChange", en: "Change", zh: "发生额")
    static let statementColumnBalance = StringKey0("statementColumnBalance", en: "Balance", zh: "余额")
    static let statementColumnMemo = StringKey0("statementColumnMemo", en: "Memo", zh: "备注")
    static let statementEmpty = StringKey0("statementEmpty", en: "No lines on this account yet.", zh: "该账户暂无明细。")
    static let journalKind_deposit = StringKey0("journalKind_deposit", en: "deposit", zh: "存款")
    static let journalKind_withdrawal = StringKey0("journalKind_withdrawal", en: "withdrawal", zh: "取款")
    static let journalKind_transfer = StringKey0("journalKind_transfer", en: "transfer", zh: "转账")
    static let journalKind_external_transfer = StringKey0("journalKind_external_transfer", en: "transfer out", zh: "跨行转出")
    static let journalKind_reversal = StringKey0("journalKind_reversal", en: "reversal", zh: "冲正")
    static let journalKind_drawer_open = StringKey0("journalKind_drawer_open", en: "drawer open", zh: "开箱")
    static let journalKind_drawer_buy = StringKey0("journalKind_drawer_buy", en: "buy from vault", zh: "领现")
    static let journalKind_drawer_sell = StringKey0("journalKind_drawer_sell", en: "sell to vault", zh: "缴现")
    static let journalKind_drawer_close = StringKey0("journalKind_drawer_close", en: "drawer close", zh: "日终封箱")
    static let journalKind_vault_receipt = StringKey0("journalKind_vault_receipt", en: "vault receipt", zh: "入库")
    static let journalKind_opening_balance = StringKey0("journalKind_opening_balance", en: "opening balance", zh: "期初余额")
    static let journalAmountEmpty = StringKey0("journalAmountEmpty", en: "Enter an amount.", zh: "请输入金额。")
    static let journalAmountSign = StringKey0("journalAmountSign", en: "Enter the amount without a sign (+ or -).", zh: "金额请勿带正负号。")
    static let journalAmountCharacter = StringKey0("journalAmountCharacter",
        en: "Use digits and at most one decimal point, e.g. 1250.50 (no separators).",
        zh: "请只用数字和一个小数点，例如 1250.50（不要分隔符）。")
    static let journalAmountDecimals = StringKey1("journalAmountDecimals",
        en: { "At most \($0) \(plural($0, "decimal", "decimals"))." },
        zh: { "最多 \($0) 位小数。" })
    static let journalAmountZero = StringKey0("journalAmountZero", en: "The amount must be more than zero.", zh: "金额必须大于零。")
    static let journalAmountTooLarge = StringKey1("journalAmountTooLarge", en: { "The amount is above the limit of \($0)." }, zh: { "金额超过上限 \($0)。" })
    static let journalDateInvalid = StringKey0("journalDateInvalid",
        en: "Enter a real date as YYYY-MM-DD, e.g. 2026-03-02.",
        zh: "请按 YYYY-MM-DD 输入有效日期，例如 2026-03-02。")
    static let journalOperatorUnknown = StringKey1("journalOperatorUnknown",
        en: { "No teller or supervisor with the ID \($0). Check the operator ID." },
        zh: { "没有工号为 \($0) 的柜员或主管，请核对工号。" })
    static let journalDateOrder = StringKey0("journalDateOrder", en: "The \"to\" date is before the \"from\" date.", zh: "截止日期早于起始日期。")
    static let journalFrom = StringKey0("journalFrom", en: "From date", zh: "起始日期")
    static let journalTo = StringKey0("journalTo", en: "To date", zh: "截止日期")
    static let journalAmount = StringKey0("journalAmount", en: "Exact amount", zh: "金额（精确）")
    static let journalAccount = StringKey0("journalAccount", en: "Account number", zh: "账号")
    static let journalOperator = StringKey0("journalOperator", en: "Operator ID", zh: "柜员工号")
    static let journalDateHint = StringKey0("journalDateHint", en: "YYYY-MM-DD, empty for any", zh: "YYYY-MM-DD，留空表示不限")
    static let journalAmountHint = StringKey0("journalAmountHint", en: "e.g. 500.00, empty for any", zh: "例如 500.00，留空表示不限")
    static let journalTitle = StringKey0("journalTitle", en: "Electronic journal", zh: "电子流水")
    static let journalFilter = StringKey0("journalFilter", en: "Search", zh: "查询")
    static let journalFilterLong = StringKey0("journalFilterLong",
        en: "Search the journal by date, amount, account or operator",
        zh: "按日期、金额、账号或柜员查询流水")
    static let journalOlderLong = StringKey0("journalOlderLong", en: "Show the next page of older entries", zh: "显示更早的一页流水")
    static let journalNewerLong = StringKey0("journalNewerLong", en: "Go back to the newer page", zh: "返回较新的一页")
    static let journalNewestLong = StringKey0("journalNewestLong", en: "Go to the newest entries", zh: "跳到最新流水")
    static let journalReverse = StringKey0("journalReverse", en: "Reverse", zh: "冲正")
    static let journalReverseLong = StringKey0("journalReverseLong",
        en: "Reverse the selected entry (supervisors; not your own entries)",
        zh: "冲正所选分录（主管；不能冲正自己的分录）")
    static let journalNoOlder = StringKey0("journalNoOlder", en: "No older entries.", zh: "没有更早的流水。")
    static let journalAllOperators = StringKey0("journalAllOperators", en: "All operators' entries (supervisor view).", zh: "全部柜员的流水（主管视图）。")
    static let journalOwnOnly = StringKey0("journalOwnOnly",
        en: "You see only your own entries; supervisors see everyone's.",
        zh: "您只能看到自己的流水；主管可以看到全部。")
    static let journalColumnEntry = StringKey0("journalColumnEntry", en: "No.", zh: "序号")
    static let journalColumnDate = StringKey0("journalColumnDate", en: "Date", zh: "日期")
    static let journalColumnTime = StringKey0("journalColumnTime", en: "Time", zh: "时间")
    static let journalColumnKind = StringKey0("journalColumnKind", en: "Kind", zh: "业务")
    static let journalColumnAccount = StringKey0("journalColumnAccount", en: "Account", zh: "账户")
    static let journalColumnAmount = StringKey0("journalColumnAmount", en: "Amount", zh: "金额")
    static let journalColumnMaker = StringKey0("journalColumnMaker", en: "Maker", zh: "经办")
    static let journalColumnApprover = StringKey0("journalColumnApprover", en: "Approver", zh: "授权")
    static let journalColumnReversedBy = StringKey0("journalColumnReversedBy", en: "Rev.by", zh: "被冲正")
    static let journalEmpty = StringKey0("journalEmpty", en: "No entries match.", zh: "没有符合条件的流水。")
    static let journalDetail = StringKey2("journalDetail", en: { "Entry \($0): \($1)" }, zh: { "分录 \($0)：\($1)" })
    static let journalReverses = StringKey1("journalReverses", en: { "reverses entry \($0)" }, zh: { "冲正分录 \($0)" })
    static let journalReversedBy = StringKey1("journalReversedBy", en: { "reversed by \($0)" }, zh: { "已被分录 \($0) 冲正" })
    static let journalReverseTitle = StringKey1("journalReverseTitle", en: { "Reverse entry \($0)" }, zh: { "冲正分录 \($0)" })
    static let journalReverseQuestion = StringKey2("journalReverseQuestion",
        en: { "Reverse entry \($0) of \($1)? A new entry mirrors it; this cannot be undone." },
        zh: { "冲正分录 \($0)（金额 \($1)）？将生成一笔反向分录，且不可撤销。" })
    static let journalReversed = StringKey2("journalReversed", en: { "Entry \($0) reversed by entry \($1)." }, zh: { "分录 \($0) 已由分录 \($1) 冲正。" })
    static let journalMadeBy = StringKey1("journalMadeBy", en: { "by \($0)" }, zh: { "经办 \($0)" })
    static let journalReason = StringKey0("journalReason", en: "Reason", zh: "冲正原因")
    static let statementStatusTitle = StringKey0("statementStatusTitle", en: "Freeze or lift a freeze", zh: "冻结或解冻账户")
    static let statementFreeze = StringKey0("statementFreeze", en: "Freeze the account", zh: "冻结账户")
    static let statementLift = StringKey0("statementLift", en: "Lift the freeze", zh: "解除冻结")
    static let statementFrozen = StringKey1("statementFrozen", en: { "Account \($0) is frozen." }, zh: { "账户 \($0) 已冻结。" })
    static let statementLifted = StringKey1("statementLifted", en: { "The freeze on account \($0) is lifted." }, zh: { "账户 \($0) 已解除冻结。" })
    static let statementStatusAction = StringKey0("statementStatusAction", en: "Action", zh: "操作")
    static let statementNextAccount = StringKey0("statementNextAccount", en: "Next account", zh: "下一账户")
    static let statementNextAccountLong = StringKey0("statementNextAccountLong",
        en: "Show the statement of the customer's next account",
        zh: "显示该客户下一个账户的对账单")
    static let statementFromPanel = StringKey0("statementFromPanel", en: "Statement", zh: "对账单")
    static let statementFromPanelLong = StringKey0("statementFromPanelLong", en: "Open the statement of the customer's accounts", zh: "查看该客户账户的对账单")
    static let statementStatusKey = StringKey0("statementStatusKey", en: "Freeze/lift", zh: "冻结/解冻")
    static let statementStatusKeyLong = StringKey0("statementStatusKeyLong",
        en: "Freeze an account or lift a freeze, with a reason (supervisors)",
        zh: "填写原因冻结账户或解除冻结（主管）")
    static let statementNoAccounts = StringKey0("statementNoAccounts", en: "This customer has no accounts yet.", zh: "该客户尚无账户。")
    static let journalKind_complaint_remedy = StringKey0("journalKind_complaint_remedy", en: "Complaint compensation", zh: "投诉补偿")
    static let journalKind_loan_disbursal = StringKey0("journalKind_loan_disbursal", en: "Loan paid out", zh: "贷款发放")
    static let journalKind_loan_repayment = StringKey0("journalKind_loan_repayment", en: "Loan repayment", zh: "贷款还款")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let journalKeys: [StringKey] = [
        .entryNotFound, .entryNotReversible, .entryAlreadyReversed, .reversalOwnEntry, .reversalReasonMissing,
        .reversalDrawerClosed, .statementTitle, .statementOlder, .statementOlderLong, .statementNewer,
        .statementNewerLong, .statementNewest, .statementNewestLong, .statementOldest, .statementOldestLong,
        .statementOtherAccount, .statementOtherAccountLong, .statementAccountInvalid, .statementNoOlder,
        .statementNoNewer, .statementAccount, .statementBalance, .statementColumnDate, .statementColumnKind,
        .statementColumnChange, .statementColumnBalance, .statementColumnMemo, .statementEmpty, .journalKind_deposit,
        .journalKind_withdrawal, .journalKind_transfer, .journalKind_external_transfer, .journalKind_reversal,
        .journalKind_drawer_open, .journalKind_drawer_buy, .journalKind_drawer_sell, .journalKind_drawer_close,
        .journalKind_vault_receipt, .journalKind_opening_balance, .journalAmountEmpty, .journalAmountSign,
        .journalAmountCharacter, .journalAmountDecimals, .journalAmountZero, .journalAmountTooLarge,
        .journalDateInvalid, .journalOperatorUnknown, .journalDateOrder, .journalFrom, .journalTo, .journalAmount,
        .journalAccount, .journalOperator, .journalDateHint, .journalAmountHint, .journalTitle, .journalFilter,
        .journalFilterLong, .journalOlderLong, .journalNewerLong, .journalNewestLong, .journalReverse,
        .journalReverseLong, .journalNoOlder, .journalAllOperators, .journalOwnOnly, .journalColumnEntry,
        .journalColumnDate, .journalColumnTime, .journalColumnKind, .journalColumnAccount, .journalColumnAmount,
        .journalColumnMaker, .journalColumnApprover, .journalColumnReversedBy, .journalEmpty, .journalDetail,
        .journalReverses, .journalReversedBy, .journalReverseTitle, .journalReverseQuestion, .journalReversed,
        .journalMadeBy, .journalReason, .statementStatusTitle, .statementFreeze, .statementLift, .statementFrozen,
        .statementLifted, .statementStatusAction, .statementNextAccount, .statementNextAccountLong, .statementFromPanel,
        .statementFromPanelLong, .statementStatusKey, .statementStatusKeyLong, .statementNoAccounts,
        .journalKind_complaint_remedy, .journalKind_loan_disbursal, .journalKind_loan_repayment,
    ]
}
