/// The counter desk: opening a counter, calling and serving tickets.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let counterNeedsTypes = StringKey0("counterNeedsTypes",
        en: "Choose at least one business type this counter serves.",
        zh: "请至少选择本窗口办理的一种业务类型。")
    static let counterTaken = StringKey1("counterTaken", en: { "Counter \($0) is being used by another operator." }, zh: { "\($0) 号窗口正由其他操作员使用。" })
    static let counterBusy = StringKey0("counterBusy", en: "Finish the current customer first.", zh: "请先完成当前客户的业务。")
    static let counterNotOpen = StringKey0("counterNotOpen",
        en: "Open the counter (end the break) before calling the next customer.",
        zh: "请先开启窗口（结束暂停）再叫号。")
    static let counterState_open = StringKey0("counterState_open", en: "open", zh: "开放")
    static let counterState_break = StringKey0("counterState_break", en: "on break", zh: "暂停")
    static let counterState_serving = StringKey0("counterState_serving", en: "serving", zh: "办理中")
    static let counterState_closed = StringKey0("counterState_closed", en: "closed", zh: "关闭")
    static let counterTitle = StringKey1("counterTitle", en: { "Counter \($0)" }, zh: { "\($0) 号窗口" })
    static let counterSetupTitle = StringKey0("counterSetupTitle", en: "Take a counter", zh: "开启窗口")
    static let counterNumber = StringKey0("counterNumber", en: "Counter number", zh: "窗口号")
    static let counterServes = StringKey1("counterServes", en: { "Serves \($0)" }, zh: { "办理\($0)" })
    static let counterStateLabel = StringKey0("counterStateLabel", en: "State", zh: "状态")
    static let counterCurrent = StringKey0("counterCurrent", en: "Current customer", zh: "当前客户")
    static let counterNoCurrent = StringKey1("counterNoCurrent",
        en: { "Nobody called. Press \($0) to call the next customer." },
        zh: { "当前无客户。按 \($0) 叫下一位。" })
    static let counterTicket = StringKey0("counterTicket", en: "Ticket", zh: "号票")
    static let counterWaited = StringKey0("counterWaited", en: "Waited", zh: "已等候")
    static let counterRecalls = StringKey0("counterRecalls", en: "Recalls", zh: "重呼次数")
    static let counterNeeds = StringKey0("counterNeeds", en: "Needs (from reception)", zh: "需求（大堂登记）")
    static let counterNothingWaiting = StringKey0("counterNothingWaiting", en: "Nobody is waiting for this counter.", zh: "没有等候本窗口的客户。")
    static let counterCalled = StringKey2("counterCalled", en: { "Calling \($0) to counter \($1)." }, zh: { "请 \($0) 号到 \($1) 号窗口。" })
    static let counterCallNext = StringKey0("counterCallNext", en: "Call next", zh: "叫号")
    static let counterCallNextLong = StringKey0("counterCallNextLong", en: "Call the next ticket by the queue rules", zh: "按排队规则叫下一位")
    static let counterRecall = StringKey0("counterRecall", en: "Recall", zh: "重呼")
    static let counterRecallLong = StringKey0("counterRecallLong", en: "Call the current ticket again", zh: "再次呼叫当前号票")
    static let counterStart = StringKey0("counterStart", en: "Start", zh: "开始")
    static let counterStartLong = StringKey0("counterStartLong", en: "The customer is here: start the service", zh: "客户已到：开始办理")
    static let counterFinish = StringKey0("counterFinish", en: "Finish", zh: "完成")
    static let counterFinishLong = StringKey0("counterFinishLong",
        en: "Finish with an outcome and the customer's satisfaction",
        zh: "选择结果并记录客户满意度后完成")
    static let counterNoShow = StringKey0("counterNoShow", en: "No-show", zh: "未到")
    static let counterNoShowLong = StringKey0("counterNoShowLong", en: "Mark the current ticket as no-show (after recalls)", zh: "将当前号票标记为未到（需先重呼）")
    static let counterTransfer = StringKey0("counterTransfer", en: "Transfer", zh: "转移")
    static let counterTransferLong = StringKey0("counterTransferLong", en: "Send the ticket to another business type or counter", zh: "将号票转到其他业务或窗口")
    static let counterBreak = StringKey0("counterBreak", en: "Break", zh: "暂停")
    static let counterBreakLong = StringKey0("counterBreakLong", en: "Go on break, or come back from it", zh: "暂停服务或恢复服务")
    static let counterClose = StringKey0("counterClose", en: "Close", zh: "关闭")
    static let counterCloseLong = StringKey0("counterCloseLong", en: "Close the counter", zh: "关闭窗口")
    static let counterFinishTitle = StringKey1("counterFinishTitle", en: { "Finish \($0)" }, zh: { "完成 \($0)" })
    static let counterOutcome = StringKey0("counterOutcome", en: "Outcome", zh: "结果")
    static let counterSatisfaction = StringKey0("counterSatisfaction", en: "Satisfaction (1–5)", zh: "满意度（1–5）")
    static let counterSatisfactionNone = StringKey0("counterSatisfactionNone", en: "not given", zh: "未评价")
    static let counterFinished = StringKey2("counterFinished", en: { "\($0) finished: \($1)." }, zh: { "\($0) 已完成：\($1)。" })
    static let counterTransferTitle = StringKey1("counterTransferTitle", en: { "Transfer \($0)" }, zh: { "转移 \($0)" })
    static let counterTransferType = StringKey0("counterTransferType", en: "To business type", zh: "转到业务")
    static let counterTransferCounter = StringKey0("counterTransferCounter", en: "To counter (optional)", zh: "转到窗口（可选）")
    static let counterTransferred = StringKey1("counterTransferred", en: { "\($0) transferred." }, zh: { "\($0) 已转移。" })
    static let counterClosed = StringKey0("counterClosed", en: "Counter closed.", zh: "窗口已关闭。")
    static let counterOpened = StringKey1("counterOpened", en: { "Counter \($0) open." }, zh: { "\($0) 号窗口已开启。" })
    static let counterYes = StringKey0("counterYes", en: "yes", zh: "是")
    static let counterNo = StringKey0("counterNo", en: "no", zh: "否")
    static let counterWaitingHere = StringKey1("counterWaitingHere", en: { "Waiting for the types you serve: \($0)" }, zh: { "您办理业务的等候人数：\($0)" })
    static let counterTransferOwnCounter = StringKey1("counterTransferOwnCounter",
        en: { "Counter \($0) is your own counter: give another counter's number, or leave it empty and change only the business type." },
        zh: { "\($0) 号窗口就是您自己的窗口：请填写其他窗口号，或留空只更改业务类型。" })
    static let counterTransferOnBreak = StringKey1("counterTransferOnBreak",
        en: { "Counter \($0) is on a break: choose an open counter, or leave it empty so any counter serving the type calls the customer." },
        zh: { "\($0) 号窗口正在暂停服务：请选择开放的窗口，或留空由办理该业务的任一窗口叫号。" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let counterKeys: [StringKey] = [
        .counterNeedsTypes, .counterTaken, .counterBusy, .counterNotOpen, .counterState_open, .counterState_break,
        .counterState_serving, .counterState_closed, .counterTitle, .counterSetupTitle, .counterNumber, .counterServes,
        .counterStateLabel, .counterCurrent, .counterNoCurrent, .counterTicket, .counterWaited, .counterRecalls,
        .counterNeeds, .counterNothingWaiting, .counterCalled, .counterCallNext, .counterCallNextLong, .counterRecall,
        .counterRecallLong, .counterStart, .counterStartLong, .counterFinish, .counterFinishLong, .counterNoShow,
        .counterNoShowLong, .counterTransfer, .counterTransferLong, .counterBreak, .counterBreakLong, .counterClose,
        .counterCloseLong, .counterFinishTitle, .counterOutcome, .counterSatisfaction, .counterSatisfactionNone,
        .counterFinished, .counterTransferTitle, .counterTransferType, .counterTransferCounter, .counterTransferred,
        .counterClosed, .counterOpened, .counterYes, .counterNo, .counterWaitingHere, .counterTransferOwnCounter,
        .counterTransferOnBreak,
    ]
}
