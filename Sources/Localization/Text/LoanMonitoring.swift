/// The supervisors' loan monitoring list and the day-end penalty accrual (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    // The day end and customer care
    static let loanPenaltyDiffers = StringKey4("loanPenaltyDiffers",
        en: { "The penalty of loan \($0) for \($1) is already recorded as CNY \($2) but now computes as CNY \($3). The day cannot close until this is checked." },
        zh: { "贷款 \($0) 在 \($1) 的罚息已记为 \($2) 元，现计算为 \($3) 元。核对清楚之前不能日终。" })
    static let loanOverdueNote = StringKey3("loanOverdueNote",
        en: { "Loan \($0): \($1) day\($1 == "1" ? "" : "s") overdue, CNY \($2) unpaid" },
        zh: { "贷款 \($0)：逾期 \($1) 天，未还 \($2) 元" })
    static let loanOverdueSettled = StringKey1("loanOverdueSettled",
        en: { "No longer overdue on \($0); closed by the day end" },
        zh: { "\($0) 已不再逾期，日终自动关闭" })
    static let loanOverdueTaskAutomatic = StringKey0("loanOverdueTaskAutomatic",
        en: "Loan overdue follow-ups are opened by the day end, not by hand.",
        zh: "贷款逾期跟进任务由日终自动生成，不能手工添加。")
    static let loanDayCloseOverdue = StringKey2("loanDayCloseOverdue",
        en: { "Loans overdue at the close: \($0), CNY \($1); each day's penalty is accrued when the date moves" },
        zh: { "日终时逾期贷款 \($0) 笔，金额 \($1) 元；营业日前移时按日计提罚息" })

    /// The loan desk's permission named in a refusal (the skeleton added `Permission.loans` without its words).

    // The monitoring screen
    static let loanMonitoringTitle = StringKey0("loanMonitoringTitle", en: "Loan monitoring", zh: "贷款监控")
    static let loanMonitoringDueToday = StringKey2("loanMonitoringDueToday",
        en: { "Due today: \($0) loan\($0 == "1" ? "" : "s"), CNY \($1)" },
        zh: { "今日到期：\($0) 笔，\($1) 元" })
    static let loanMonitoringOverdue = StringKey0("loanMonitoringOverdue", en: "Overdue", zh: "逾期")
    static let loanMonitoringShowing = StringKey1("loanMonitoringShowing", en: { "Showing: \($0)" }, zh: { "显示：\($0)" })
    static let loanMonitoringAll = StringKey0("loanMonitoringAll", en: "all loans", zh: "全部贷款")
    static let loanMonitoringNone = StringKey0("loanMonitoringNone", en: "No active loan.", zh: "没有在贷贷款。")
    static let loanMonitoringNoneFiltered = StringKey0("loanMonitoringNoneFiltered",
        en: "No loan in this bucket or grade.", zh: "此逾期区间或分类下没有贷款。")
    static let loanMonitoringColumnContract = StringKey0("loanMonitoringColumnContract", en: "Contract", zh: "合同号")
    static let loanMonitoringColumnCustomer = StringKey0("loanMonitoringColumnCustomer", en: "Customer", zh: "客户")
    static let loanMonitoringColumnOutstanding = StringKey0("loanMonitoringColumnOutstanding", en: "Outstanding", zh: "贷款余额")
    static let loanMonitoringColumnDueToday = StringKey0("loanMonitoringColumnDueToday", en: "Due today", zh: "今日应还")
    static let loanMonitoringColumnDays = StringKey0("loanMonitoringColumnDays", en: "Days", zh: "天数")
    static let loanMonitoringColumnBucket = StringKey0("loanMonitoringColumnBucket", en: "Bucket", zh: "区间")
    static let loanMonitoringColumnGrade = StringKey0("loanMonitoringColumnGrade", en: "Grade", zh: "五级分类")
    static let loanMonitoringBucketKey = StringKey0("loanMonitoringBucketKey", en: "Bucket", zh: "逾期区间")
    static let loanMonitoringBucketKeyLong = StringKey0("loanMonitoringBucketKeyLong",
        en: "Shows one overdue bucket after another (current, 1-30, 31-60, 61-90, 90+), then all loans again",
        zh: "依次只显示一个逾期区间（未逾期、1-30、31-60、61-90、90+），最后恢复全部")
    static let loanMonitoringGradeKey = StringKey0("loanMonitoringGradeKey", en: "Grade", zh: "五级分类")
    static let loanMonitoringGradeKeyLong = StringKey0("loanMonitoringGradeKeyLong",
        en: "Shows one grade after another (normal to loss), then all loans again",
        zh: "依次只显示一个分类（正常至损失），最后恢复全部")
    static let loanMonitoringAllKey = StringKey0("loanMonitoringAllKey", en: "All", zh: "全部")
    static let loanMonitoringAllKeyLong = StringKey0("loanMonitoringAllKeyLong",
        en: "Shows every active loan again", zh: "重新显示全部在贷贷款")
    static let loanMonitoringOpenKey = StringKey0("loanMonitoringOpenKey", en: "Instalments", zh: "还款计划")
    static let loanMonitoringOpenKeyLong = StringKey0("loanMonitoringOpenKeyLong",
        en: "Shows the chosen loan's instalments with what was paid and what is owed",
        zh: "显示所选贷款的每期还款、已还与未还")
    static let loanBucketCurrent = StringKey0("loanBucketCurrent", en: "current", zh: "未逾期")
    static let loanGradeNormal = StringKey0("loanGradeNormal", en: "Normal", zh: "正常")
    static let loanGradeSpecialMention = StringKey0("loanGradeSpecialMention", en: "Special mention", zh: "关注")
    static let loanGradeSubstandard = StringKey0("loanGradeSubstandard", en: "Substandard", zh: "次级")
    static let loanGradeDoubtful = StringKey0("loanGradeDoubtful", en: "Doubtful", zh: "可疑")
    static let loanGradeLoss = StringKey0("loanGradeLoss", en: "Loss", zh: "损失")

    // A loan's instalments
    static let loanMonitoringInstalmentsTitle = StringKey1("loanMonitoringInstalmentsTitle",
        en: { "Instalments of \($0)" }, zh: { "\($0) 还款计划" })
    static let loanMonitoringInstalmentsHeading = StringKey4("loanMonitoringInstalmentsHeading",
        en: { "\($0) · outstanding CNY \($1) · \($2) day\($2 == "1" ? "" : "s") overdue · penalty owed CNY \($3)" },
        zh: { "\($0) · 贷款余额 \($1) 元 · 逾期 \($2) 天 · 未还罚息 \($3) 元" })
    static let loanMonitoringColumnPaid = StringKey0("loanMonitoringColumnPaid", en: "Paid", zh: "已还")
    static let loanMonitoringColumnOwed = StringKey0("loanMonitoringColumnOwed", en: "Owed", zh: "未还")
    static let loanMonitoringColumnState = StringKey0("loanMonitoringColumnState", en: "State", zh: "状态")
    static let loanInstalmentSettled = StringKey0("loanInstalmentSettled", en: "paid", zh: "已还清")
    static let loanInstalmentOverdue = StringKey0("loanInstalmentOverdue", en: "overdue", zh: "逾期")
    static let loanInstalmentDueToday = StringKey0("loanInstalmentDueToday", en: "due today", zh: "今日到期")
    static let loanInstalmentToCome = StringKey0("loanInstalmentToCome", en: "to come", zh: "未到期")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanMonitoringKeys: [StringKey] = [
        .loanPenaltyDiffers, .loanOverdueNote, .loanOverdueSettled, .loanOverdueTaskAutomatic, .loanDayCloseOverdue,
        .loanMonitoringTitle, .loanMonitoringDueToday, .loanMonitoringOverdue, .loanMonitoringShowing, .loanMonitoringAll,
        .loanMonitoringNone, .loanMonitoringNoneFiltered, .loanMonitoringColumnContract, .loanMonitoringColumnCustomer,
        .loanMonitoringColumnOutstanding, .loanMonitoringColumnDueToday, .loanMonitoringColumnDays, .loanMonitoringColumnBucket,
        .loanMonitoringColumnGrade, .loanMonitoringBucketKey, .loanMonitoringBucketKeyLong, .loanMonitoringGradeKey,
        .loanMonitoringGradeKeyLong, .loanMonitoringAllKey, .loanMonitoringAllKeyLong, .loanMonitoringOpenKey,
        .loanMonitoringOpenKeyLong, .loanBucketCurrent, .loanGradeNormal, .loanGradeSpecialMention, .loanGradeSubstandard,
        .loanGradeDoubtful, .loanGradeLoss, .loanMonitoringInstalmentsTitle, .loanMonitoringInstalmentsHeading,
        .loanMonitoringColumnPaid, .loanMonitoringColumnOwed, .loanMonitoringColumnState, .loanInstalmentSettled,
        .loanInstalmentOverdue, .loanInstalmentDueToday, .loanInstalmentToCome,
    ]
}
