/// The KPI dashboard and reports.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let kpiTicketsIssued = StringKey0("kpiTicketsIssued", en: "Tickets issued", zh: "取号数")
    static let kpiTicketsServed = StringKey0("kpiTicketsServed", en: "Tickets served", zh: "办结笔数")
    static let kpiAverageWait = StringKey0("kpiAverageWait", en: "Average wait", zh: "平均等候")
    static let kpiP90Wait = StringKey0("kpiP90Wait", en: "90th percentile wait", zh: "90%分位等候")
    static let kpiAverageHandling = StringKey0("kpiAverageHandling", en: "Average handling time", zh: "平均办理时长")
    static let kpiNoShowRate = StringKey0("kpiNoShowRate", en: "No-show rate", zh: "过号率")
    static let kpiSatisfactionAverage = StringKey0("kpiSatisfactionAverage", en: "Satisfaction (1-5)", zh: "满意度（1-5）")
    static let kpiSatisfactionResponses = StringKey0("kpiSatisfactionResponses", en: "Satisfaction responses", zh: "满意度评价数")
    static let kpiOperations = StringKey0("kpiOperations", en: "Operations", zh: "业务笔数")
    static let kpiReversals = StringKey0("kpiReversals", en: "Reversals", zh: "冲正笔数")
    static let kpiRefusals = StringKey0("kpiRefusals", en: "Refused operations", zh: "拒办笔数")
    static let kpiDrawerVariances = StringKey0("kpiDrawerVariances", en: "Drawer variances", zh: "尾箱差错")
    static let kpiErrors = StringKey0("kpiErrors", en: "Operation errors", zh: "差错笔数")
    static let kpiErrorRate = StringKey0("kpiErrorRate", en: "Operation error rate", zh: "业务差错率")
    static let kpiComplaintsReceived = StringKey0("kpiComplaintsReceived", en: "Complaints received", zh: "受理投诉")
    static let kpiComplaintsPerThousand = StringKey0("kpiComplaintsPerThousand", en: "Complaints per 1,000 served", zh: "每千笔投诉")
    static let kpiResolutionRate = StringKey0("kpiResolutionRate", en: "Complaint resolution rate", zh: "投诉办结率")
    static let kpiOnTimeRate = StringKey0("kpiOnTimeRate", en: "Complaints resolved on time", zh: "投诉按时办结率")
    static let kpiShortServed = StringKey0("kpiShortServed", en: "Served", zh: "办结")
    static let kpiShortWait = StringKey0("kpiShortWait", en: "Wait", zh: "等候")
    static let kpiShortP90 = StringKey0("kpiShortP90", en: "P90", zh: "P90")
    static let kpiShortHandling = StringKey0("kpiShortHandling", en: "Handle", zh: "办理")
    static let kpiShortNoShow = StringKey0("kpiShortNoShow", en: "No-show", zh: "过号")
    static let kpiShortSatisfaction = StringKey0("kpiShortSatisfaction", en: "Sat.", zh: "满意")
    static let kpiShortOperations = StringKey0("kpiShortOperations", en: "Ops", zh: "业务")
    static let kpiShortErrorRate = StringKey0("kpiShortErrorRate", en: "Err%", zh: "差错率")
    static let kpiShortComplaints = StringKey0("kpiShortComplaints", en: "Compl.", zh: "投诉")
    static let kpiShortPerThousand = StringKey0("kpiShortPerThousand", en: "/1000", zh: "每千笔")
    static let kpiShortResolved = StringKey0("kpiShortResolved", en: "Resolved", zh: "办结率")
    static let kpiShortOnTime = StringKey0("kpiShortOnTime", en: "On time", zh: "按时")
    static let kpiReportTitle = StringKey3("kpiReportTitle", en: { "KPI report for \($0) (\($1) to \($2))" }, zh: { "\($0) 的运营指标（\($1) 至 \($2)）" })
    static let kpiOverall = StringKey0("kpiOverall", en: "Overall", zh: "总体")
    static let kpiByType = StringKey0("kpiByType", en: "By business type", zh: "按业务类型")
    static let kpiByCounter = StringKey0("kpiByCounter", en: "By counter", zh: "按窗口")
    static let kpiByOperator = StringKey0("kpiByOperator", en: "By operator", zh: "按柜员")
    static let kpiColumnType = StringKey0("kpiColumnType", en: "Type", zh: "类型")
    static let kpiColumnCounter = StringKey0("kpiColumnCounter", en: "Counter", zh: "窗口")
    static let kpiColumnOperator = StringKey0("kpiColumnOperator", en: "Operator", zh: "柜员")
    static let kpiColumnFigure = StringKey0("kpiColumnFigure", en: "Figure", zh: "指标")
    static let kpiNone = StringKey0("kpiNone", en: "(none)", zh: "（无）")
    static let kpiSatisfactionSplit = StringKey0("kpiSatisfactionSplit", en: "Satisfaction 1-5", zh: "满意度 1-5 分布")
    static let kpiSeriesTitle = StringKey1("kpiSeriesTitle", en: { "Served and average wait per \($0)" }, zh: { "每\($0)办结量与平均等候" })
    static let kpiBucketDay = StringKey0("kpiBucketDay", en: "day", zh: "日")
    static let kpiBucketWeek = StringKey0("kpiBucketWeek", en: "week", zh: "周")
    static let kpiBucketMonth = StringKey0("kpiBucketMonth", en: "month", zh: "月")
    static let kpiBucketYear = StringKey0("kpiBucketYear", en: "year", zh: "年")
    static let kpiColumnFrom = StringKey0("kpiColumnFrom", en: "From", zh: "起")
    static let kpiNoData = StringKey0("kpiNoData", en: "- means no data (nothing to divide by)", zh: "“-”表示无数据（分母为零）")
    static let dashboardTitle = StringKey0("dashboardTitle", en: "KPI dashboard", zh: "运营指标看板")
    static let dashboardToday = StringKey0("dashboardToday", en: "Today", zh: "今天")
    static let dashboardTodayLong = StringKey0("dashboardTodayLong", en: "Show today's figures", zh: "显示今天的指标")
    static let dashboardMonth = StringKey0("dashboardMonth", en: "Month", zh: "本月")
    static let dashboardMonthLong = StringKey0("dashboardMonthLong", en: "Show this month's figures", zh: "显示本月的指标")
    static let dashboardYear = StringKey0("dashboardYear", en: "Year", zh: "今年")
    static let dashboardYearLong = StringKey0("dashboardYearLong", en: "Show this year's figures", zh: "显示今年的指标")
    static let dashboardRange = StringKey0("dashboardRange", en: "Dates", zh: "日期")
    static let dashboardRangeLong = StringKey0("dashboardRangeLong",
        en: "Choose any dates, and optionally the dates to compare with",
        zh: "自选日期，并可指定对比日期")
    static let dashboardNextView = StringKey0("dashboardNextView", en: "View", zh: "视图")
    static let dashboardNextViewLong = StringKey0("dashboardNextViewLong",
        en: "Next view: overview, by type, by counter, by operator, comparison (or press 1 to 5)",
        zh: "下一个视图：概览、按类型、按窗口、按柜员、对比（或按 1 至 5）")
    static let dashboardViewOverview = StringKey0("dashboardViewOverview", en: "Overview", zh: "概览")
    static let dashboardViewType = StringKey0("dashboardViewType", en: "By type", zh: "按类型")
    static let dashboardViewCounter = StringKey0("dashboardViewCounter", en: "By counter", zh: "按窗口")
    static let dashboardViewOperator = StringKey0("dashboardViewOperator", en: "By operator", zh: "按柜员")
    static let dashboardViewCompare = StringKey0("dashboardViewCompare", en: "Compare", zh: "对比")
    static let dashboardPeriod = StringKey3("dashboardPeriod", en: { "Period \($0) (\($1) to \($2))" }, zh: { "期间 \($0)（\($1) 至 \($2)）" })
    static let dashboardCompareLegend = StringKey2("dashboardCompareLegend",
        en: { "A = \($0) (before)   B = \($1) (after)   change = B - A" },
        zh: { "A = \($0)（之前）  B = \($1)（之后）  变化 = B - A" })
    static let dashboardColumnChange = StringKey0("dashboardColumnChange", en: "Change", zh: "变化")
    static let dashboardColumnRelative = StringKey0("dashboardColumnRelative", en: "Rel.", zh: "相对")
    static let dashboardServedSeries = StringKey1("dashboardServedSeries", en: { "Served per \($0)" }, zh: { "每\($0)办结" })
    static let dashboardWaitSeries = StringKey0("dashboardWaitSeries", en: "Average wait", zh: "平均等候")
    static let dashboardSeriesMax = StringKey1("dashboardSeriesMax", en: { "max \($0)" }, zh: { "最高 \($0)" })
    static let dashboardSliceDetail = StringKey5("dashboardSliceDetail",
        en: { "Operations \($0) · errors \($1) · complaints \($2) · resolved \($3) · on time \($4)" },
        zh: { "业务 \($0) · 差错 \($1) · 投诉 \($2) · 办结 \($3) · 按时 \($4)" })
    static let dashboardNoRows = StringKey0("dashboardNoRows", en: "Nothing in this period.", zh: "该期间没有数据。")
    static let dashboardNoData = StringKey0("dashboardNoData", en: "- means no data (nothing to divide by).", zh: "“-”表示无数据（分母为零）。")
    static let dashboardFrom = StringKey0("dashboardFrom", en: "From", zh: "开始日期")
    static let dashboardTo = StringKey0("dashboardTo", en: "To", zh: "结束日期")
    static let dashboardCompareFrom = StringKey0("dashboardCompareFrom", en: "Compare from", zh: "对比开始日期")
    static let dashboardCompareTo = StringKey0("dashboardCompareTo", en: "Compare to", zh: "对比结束日期")
    static let dashboardDateHint = StringKey0("dashboardDateHint", en: "YYYY-MM-DD", zh: "YYYY-MM-DD")
    static let dashboardCompareHint = StringKey0("dashboardCompareHint", en: "blank: the period before", zh: "留空：上一期间")
    static let dashboardDateInvalid = StringKey0("dashboardDateInvalid",
        en: "Write the date as YYYY-MM-DD, e.g. 2026-03-02.",
        zh: "请按 YYYY-MM-DD 格式填写日期，例如 2026-03-02。")
    static let dashboardDateOrder = StringKey0("dashboardDateOrder",
        en: "The end date is before the start date: give the earlier date first.",
        zh: "结束日期早于开始日期：请先填写较早的日期。")
    static let dashboardCompareIncomplete = StringKey0("dashboardCompareIncomplete",
        en: "Give both compare dates, or leave both blank to compare with the period before.",
        zh: "请填写两个对比日期，或都留空以对比上一期间。")
    static let dashboardDateRequired = StringKey0("dashboardDateRequired", en: "Enter a date here (YYYY-MM-DD).", zh: "请在此填写日期（YYYY-MM-DD）。")
    static let kpiUnlinked = StringKey0("kpiUnlinked", en: "(not linked)", zh: "（未关联来访）")
    static let kpiMonthLabel = StringKey2("kpiMonthLabel", en: { "\($0)-\($1)" }, zh: { "\($0)年\($1)月" })
    static let kpiYearLabel = StringKey1("kpiYearLabel", en: { "\($0)" }, zh: { "\($0)年" })
    static let dashboardCompareLegendBefore = StringKey1("dashboardCompareLegendBefore", en: { "A (before) = \($0)" }, zh: { "A（之前）= \($0)" })
    static let dashboardCompareLegendAfter = StringKey1("dashboardCompareLegendAfter",
        en: { "B (after) = \($0)   change = B - A" },
        zh: { "B（之后）= \($0)   变化 = B - A" })
    static let reportCompareIncomplete = StringKey0("reportCompareIncomplete",
        en: "Give both --compare-from and --compare-to (the first and last day of the period to compare with).",
        zh: "请同时给出 --compare-from 和 --compare-to（对比期间的第一天和最后一天）。")
    static let reportCompareTitle = StringKey0("reportCompareTitle",
        en: "KPI comparison: A is the earlier period, B the later",
        zh: "运营指标对比：A 为较早期间，B 为较晚期间")
    static let reportCompareOrder = StringKey2("reportCompareOrder",
        en: { "--compare-to \($0) is before --compare-from \($1): give the earlier date with --compare-from" },
        zh: { "--compare-to \($0) 早于 --compare-from \($1)：请用 --compare-from 给出较早的日期" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let dashboardKeys: [StringKey] = [
        .kpiTicketsIssued, .kpiTicketsServed, .kpiAverageWait, .kpiP90Wait, .kpiAverageHandling, .kpiNoShowRate,
        .kpiSatisfactionAverage, .kpiSatisfactionResponses, .kpiOperations, .kpiReversals, .kpiRefusals,
        .kpiDrawerVariances, .kpiErrors, .kpiErrorRate, .kpiComplaintsReceived, .kpiComplaintsPerThousand,
        .kpiResolutionRate, .kpiOnTimeRate, .kpiShortServed, .kpiShortWait, .kpiShortP90, .kpiShortHandling,
        .kpiShortNoShow, .kpiShortSatisfaction, .kpiShortOperations, .kpiShortErrorRate, .kpiShortComplaints,
        .kpiShortPerThousand, .kpiShortResolved, .kpiShortOnTime, .kpiReportTitle, .kpiOverall, .kpiByType,
        .kpiByCounter, .kpiByOperator, .kpiColumnType, .kpiColumnCounter, .kpiColumnOperator, .kpiColumnFigure,
        .kpiNone, .kpiSatisfactionSplit, .kpiSeriesTitle, .kpiBucketDay, .kpiBucketWeek, .kpiBucketMonth,
        .kpiBucketYear, .kpiColumnFrom, .kpiNoData, .dashboardTitle, .dashboardToday, .dashboardTodayLong,
        .dashboardMonth, .dashboardMonthLong, .dashboardYear, .dashboardYearLong, .dashboardRange, .dashboardRangeLong,
        .dashboardNextView, .dashboardNextViewLong, .dashboardViewOverview, .dashboardViewType, .dashboardViewCounter,
        .dashboardViewOperator, .dashboardViewCompare, .dashboardPeriod, .dashboardCompareLegend,
        .dashboardColumnChange, .dashboardColumnRelative, .dashboardServedSeries, .dashboardWaitSeries,
        .dashboardSeriesMax, .dashboardSliceDetail, .dashboardNoRows, .dashboardNoData, .dashboardFrom, .dashboardTo,
        .dashboardCompareFrom, .dashboardCompareTo, .dashboardDateHint, .dashboardCompareHint, .dashboardDateInvalid,
        .dashboardDateOrder, .dashboardCompareIncomplete, .dashboardDateRequired, .kpiUnlinked, .kpiMonthLabel,
        .kpiYearLabel, .dashboardCompareLegendBefore, .dashboardCompareLegendAfter, .reportCompareIncomplete,
        .reportCompareTitle, .reportCompareOrder,
    ]
}
