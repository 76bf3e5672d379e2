/// Reception, tickets and slips, appointments, the queue and the lobby board.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let queueNeedsMissing = StringKey1("queueNeedsMissing",
        en: { "The questionnaire answer \"\($0)\" is missing or not allowed." },
        zh: { "问卷项“\($0)”未填写或取值无效。" })
    static let queueSeriesFull = StringKey1("queueSeriesFull",
        en: { "Ticket series \($0) has run out of numbers for today." },
        zh: { "今日 \($0) 号段已用完。" })
    static let queueTicketNotFound = StringKey0("queueTicketNotFound", en: "That ticket no longer exists.", zh: "该号票不存在。")
    static let appointmentInPast = StringKey0("appointmentInPast", en: "An appointment cannot be booked for a past business day.", zh: "不能预约已过去的营业日。")
    static let appointmentNotBooked = StringKey0("appointmentNotBooked",
        en: "This appointment is not waiting for an arrival (already arrived, missed or cancelled).",
        zh: "该预约不在待到达状态（已到达、已失约或已取消）。")
    static let queueUseTransfer = StringKey0("queueUseTransfer",
        en: "To transfer a ticket use Transfer, which records where it went.",
        zh: "转移号票请使用“转移”功能，系统会记录去向。")
    static let queueNotStarted = StringKey0("queueNotStarted", en: "Start the service before finishing it as served.", zh: "请先开始办理，再以“已办结”结束。")
    static let queueAlreadyStarted = StringKey0("queueAlreadyStarted",
        en: "Service has already started; finish it as served or referred.",
        zh: "业务已开始办理，请以“已办结”或“已转介”结束。")
    static let queueRecallFirst = StringKey1("queueRecallFirst",
        en: { "Call the customer again first: no-show needs \($0) \(plural($0, "recall", "recalls"))." },
        zh: { "请先重新叫号：标记未到需重呼 \($0) 次。" })
    static let queueTransferWhere = StringKey0("queueTransferWhere",
        en: "Choose the business type or counter to transfer to.",
        zh: "请选择要转移到的业务类型或窗口。")
    static let queueNoSuchCounter = StringKey1("queueNoSuchCounter", en: { "There is no open counter \($0)." }, zh: { "没有开放的 \($0) 号窗口。" })
    static let queueCounterDoesNotServe = StringKey1("queueCounterDoesNotServe",
        en: { "Counter \($0) does not serve that business type." },
        zh: { "\($0) 号窗口不办理该业务类型。" })
    static let queueNobodyServes = StringKey0("queueNobodyServes",
        en: "No other open counter serves that business type; the ticket was not transferred.",
        zh: "没有其他开放窗口办理该业务，号票未转移。")
    static let queueNoCurrentTicket = StringKey0("queueNoCurrentTicket", en: "This counter has no customer called.", zh: "本窗口当前没有已叫号的客户。")
    static let queueWrongState = StringKey1("queueWrongState",
        en: { "The ticket is \($0); that cannot be done now." },
        zh: { "号票状态为 \($0)，现在不能执行此操作。" })
    static let priorityNone = StringKey0("priorityNone", en: "No priority", zh: "无优先")
    static let priorityElderly = StringKey0("priorityElderly", en: "Elderly", zh: "老年客户")
    static let priorityDisabled = StringKey0("priorityDisabled", en: "Disabled", zh: "残障客户")
    static let priorityPregnant = StringKey0("priorityPregnant", en: "Pregnant", zh: "孕妇")
    static let priorityVip = StringKey0("priorityVip", en: "VIP", zh: "贵宾")
    static let need_service = StringKey0("need_service", en: "Service", zh: "办理业务")
    static let need_documents = StringKey0("need_documents", en: "Documents brought", zh: "携带证件")
    static let need_amount = StringKey0("need_amount", en: "Amount", zh: "金额范围")
    static let need_urgency = StringKey0("need_urgency", en: "Urgency", zh: "紧急程度")
    static let need_assistance = StringKey0("need_assistance", en: "Assistance", zh: "协助需求")
    static let need_note = StringKey0("need_note", en: "Note", zh: "备注")
    static let need_deposit = StringKey0("need_deposit", en: "Deposit", zh: "存款")
    static let need_withdrawal = StringKey0("need_withdrawal", en: "Withdrawal", zh: "取款")
    static let need_transfer = StringKey0("need_transfer", en: "Transfer", zh: "转账")
    static let need_exchange = StringKey0("need_exchange", en: "Cash exchange", zh: "零钞兑换")
    static let need_open_account = StringKey0("need_open_account", en: "Open an account", zh: "开户")
    static let need_close_account = StringKey0("need_close_account", en: "Close an account", zh: "销户")
    static let need_change_details = StringKey0("need_change_details", en: "Change details", zh: "信息变更")
    static let need_card_service = StringKey0("need_card_service", en: "Card service", zh: "银行卡业务")
    static let need_loan_application = StringKey0("need_loan_application", en: "Loan application", zh: "贷款申请")
    static let need_loan_repayment = StringKey0("need_loan_repayment", en: "Loan repayment", zh: "贷款还款")
    static let need_loan_enquiry = StringKey0("need_loan_enquiry", en: "Loan enquiry", zh: "贷款咨询")
    static let need_buy_product = StringKey0("need_buy_product", en: "Buy a product", zh: "购买理财")
    static let need_redeem_product = StringKey0("need_redeem_product", en: "Redeem a product", zh: "赎回理财")
    static let need_wealth_advice = StringKey0("need_wealth_advice", en: "Wealth advice", zh: "理财咨询")
    static let need_complaint_service = StringKey0("need_complaint_service", en: "Service complaint", zh: "服务投诉")
    static let need_complaint_fees = StringKey0("need_complaint_fees", en: "Fees complaint", zh: "收费投诉")
    static let need_complaint_error = StringKey0("need_complaint_error", en: "Transaction error", zh: "交易差错")
    static let need_complaint_other = StringKey0("need_complaint_other", en: "Other complaint", zh: "其他投诉")
    static let need_id_card = StringKey0("need_id_card", en: "Resident ID card", zh: "居民身份证")
    static let need_passport = StringKey0("need_passport", en: "Passport", zh: "护照")
    static let need_id_and_bank_card = StringKey0("need_id_and_bank_card", en: "ID card and bank card", zh: "身份证和银行卡")
    static let need_permit = StringKey0("need_permit", en: "Travel permit", zh: "通行证")
    static let need_none = StringKey0("need_none", en: "None", zh: "无")
    static let need_under_50k = StringKey0("need_under_50k", en: "Under 50,000", zh: "5 万以下")
    static let need_50k_200k = StringKey0("need_50k_200k", en: "50,000 – 200,000", zh: "5 万至 20 万")
    static let need_over_200k = StringKey0("need_over_200k", en: "Over 200,000", zh: "20 万以上")
    static let need_normal = StringKey0("need_normal", en: "Normal", zh: "普通")
    static let need_urgent = StringKey0("need_urgent", en: "Urgent", zh: "紧急")
    static let need_elderly = StringKey0("need_elderly", en: "Elderly", zh: "老年")
    static let need_wheelchair = StringKey0("need_wheelchair", en: "Wheelchair", zh: "轮椅")
    static let need_hearing = StringKey0("need_hearing", en: "Hearing", zh: "听力障碍")
    static let need_visual = StringKey0("need_visual", en: "Visual", zh: "视力障碍")
    static let need_interpreter = StringKey0("need_interpreter", en: "Interpreter", zh: "需要翻译")
    static let ticketStatus_waiting = StringKey0("ticketStatus_waiting", en: "waiting", zh: "等候中")
    static let ticketStatus_called = StringKey0("ticketStatus_called", en: "called", zh: "已叫号")
    static let ticketStatus_serving = StringKey0("ticketStatus_serving", en: "being served", zh: "办理中")
    static let ticketStatus_finished = StringKey0("ticketStatus_finished", en: "finished", zh: "已办结")
    static let ticketStatus_no_show = StringKey0("ticketStatus_no_show", en: "no-show", zh: "未到")
    static let ticketStatus_left = StringKey0("ticketStatus_left", en: "left", zh: "已离开")
    static let outcome_served = StringKey0("outcome_served", en: "Served", zh: "已办结")
    static let outcome_transferred = StringKey0("outcome_transferred", en: "Transferred", zh: "已转移")
    static let outcome_no_show = StringKey0("outcome_no_show", en: "No-show", zh: "未到")
    static let outcome_left = StringKey0("outcome_left", en: "Left before service", zh: "办理前离开")
    static let outcome_referred = StringKey0("outcome_referred", en: "Referred", zh: "已转介")
    static let receptionTitle = StringKey0("receptionTitle", en: "Reception", zh: "大堂接待")
    static let receptionAppointments = StringKey0("receptionAppointments", en: "Today's appointments", zh: "今日预约")
    static let receptionNoAppointments = StringKey0("receptionNoAppointments", en: "No appointments today.", zh: "今日无预约。")
    static let receptionColumnTime = StringKey0("receptionColumnTime", en: "Time", zh: "时间")
    static let receptionColumnCustomer = StringKey0("receptionColumnCustomer", en: "Customer", zh: "客户")
    static let receptionColumnPurpose = StringKey0("receptionColumnPurpose", en: "Purpose", zh: "事由")
    static let receptionColumnStatus = StringKey0("receptionColumnStatus", en: "Status", zh: "状态")
    static let receptionQueue = StringKey0("receptionQueue", en: "Waiting now", zh: "当前等候")
    static let receptionColumnType = StringKey0("receptionColumnType", en: "Business", zh: "业务")
    static let receptionColumnWaiting = StringKey0("receptionColumnWaiting", en: "Waiting", zh: "等候人数")
    static let receptionColumnCounters = StringKey0("receptionColumnCounters", en: "Counters", zh: "窗口")
    static let receptionColumnEstimate = StringKey0("receptionColumnEstimate", en: "Est. wait", zh: "预计等候")
    static let receptionNoCounter = StringKey0("receptionNoCounter", en: "no counter open", zh: "无开放窗口")
    static let receptionMinutes = StringKey1("receptionMinutes", en: { "\($0) min" }, zh: { "\($0) 分钟" })
    static let receptionArrived = StringKey0("receptionArrived", en: "Arrived", zh: "已到达")
    static let receptionArrivedLong = StringKey0("receptionArrivedLong",
        en: "Mark the highlighted appointment as arrived and issue its ticket",
        zh: "将选中的预约标记为到达并取号")
    static let receptionWalkIn = StringKey0("receptionWalkIn", en: "Walk-in", zh: "现场取号")
    static let receptionWalkInLong = StringKey0("receptionWalkInLong",
        en: "Issue a ticket for a walk-in customer (customer optional)",
        zh: "为现场客户取号（可不指定客户）")
    static let receptionCustomers = StringKey0("receptionCustomers", en: "Customers", zh: "客户")
    static let receptionCustomersLong = StringKey0("receptionCustomersLong", en: "Find or register a customer", zh: "查找或登记客户")
    static let appointmentStatus_booked = StringKey0("appointmentStatus_booked", en: "booked", zh: "待到达")
    static let appointmentStatus_arrived = StringKey0("appointmentStatus_arrived", en: "arrived", zh: "已到达")
    static let appointmentStatus_missed = StringKey0("appointmentStatus_missed", en: "missed", zh: "失约")
    static let appointmentStatus_cancelled = StringKey0("appointmentStatus_cancelled", en: "cancelled", zh: "已取消")
    static let issueTitle = StringKey0("issueTitle", en: "Issue ticket", zh: "取号")
    static let issueCustomer = StringKey0("issueCustomer", en: "Customer", zh: "客户")
    static let issueWalkIn = StringKey0("issueWalkIn", en: "walk-in (not identified)", zh: "现场客户（未识别）")
    static let issueBusinessType = StringKey0("issueBusinessType", en: "Business type", zh: "业务类型")
    static let issuePriority = StringKey0("issuePriority", en: "Priority", zh: "优先")
    static let issued = StringKey3("issued", en: { "Ticket \($0) issued: \($1) ahead, about \($2)." }, zh: { "已取号 \($0)：前面 \($1) 人，预计 \($2)。" })
    static let issuedNoEstimate = StringKey2("issuedNoEstimate",
        en: { "Ticket \($0) issued: \($1) ahead; no counter serving this business is open now." },
        zh: { "已取号 \($0)：前面 \($1) 人；目前没有办理该业务的开放窗口。" })
    static let slipTitle = StringKey1("slipTitle", en: { "Ticket \($0)" }, zh: { "号票 \($0)" })
    static let slipPrint = StringKey0("slipPrint", en: "Print", zh: "打印")
    static let slipPrintLong = StringKey0("slipPrintLong",
        en: "Write the ticket to a text file (and the printer when TELLER_PRINTER is set)",
        zh: "将号票写入文本文件（设置 TELLER_PRINTER 时同时打印）")
    static let slipPrinted = StringKey1("slipPrinted", en: { "Ticket written to \($0)." }, zh: { "号票已写入 \($0)。" })
    static let slipPrintFailed = StringKey1("slipPrintFailed", en: { "Could not write the ticket file: \($0)." }, zh: { "无法写入号票文件：\($0)。" })
    static let slipAhead = StringKey0("slipAhead", en: "People ahead", zh: "前面人数")
    static let slipWait = StringKey0("slipWait", en: "Estimated wait", zh: "预计等候")
    static let slipIssuedAt = StringKey0("slipIssuedAt", en: "Issued", zh: "取号时间")
    static let slipNeeds = StringKey0("slipNeeds", en: "Needs", zh: "需求")
    static let slipUnknownWait = StringKey0("slipUnknownWait", en: "unknown (no counter open)", zh: "未知（无开放窗口）")
    static let bookTitle = StringKey0("bookTitle", en: "Book appointment", zh: "预约")
    static let bookDate = StringKey0("bookDate", en: "Date", zh: "日期")
    static let bookTime = StringKey0("bookTime", en: "Time", zh: "时间")
    static let bookPurpose = StringKey0("bookPurpose", en: "Purpose", zh: "事由")
    static let bookManager = StringKey0("bookManager", en: "Account manager", zh: "客户经理")
    static let bookDone = StringKey2("bookDone", en: { "Appointment booked for \($0) \($1)." }, zh: { "已预约 \($0) \($1)。" })
    static let boardTitle = StringKey0("boardTitle", en: "Lobby board", zh: "叫号显示屏")
    static let boardNowServing = StringKey0("boardNowServing", en: "Now serving", zh: "正在办理")
    static let boardCounter = StringKey1("boardCounter", en: { "Counter \($0)" }, zh: { "\($0) 号窗口" })
    static let boardWaiting = StringKey0("boardWaiting", en: "Waiting", zh: "等候")
    static let boardIdle = StringKey0("boardIdle", en: "—", zh: "—")
    static let boardRefreshed = StringKey1("boardRefreshed", en: { "Updated \($0)" }, zh: { "更新于 \($0)" })
    static let receptionSlipWrittenPrintFailed = StringKey3("receptionSlipWrittenPrintFailed",
        en: { "The ticket was written to \($0), but printing on \($1) failed (\($2)): print that file or give the number by hand." },
        zh: { "号票已写入 \($0)，但在打印机 \($1) 上打印失败（\($2)）：请打印该文件或手写号码交给客户。" })
    static let receptionAppointmentLate = StringKey2("receptionAppointmentLate",
        en: { "The appointment was at \($0), \($1) minutes ago: confirm that the customer arrived late before the ticket is issued." },
        zh: { "该预约时间为 \($0)，已过去 \($1) 分钟：请先确认客户迟到后再出号。" })
    static let receptionAppointmentNotYetDue = StringKey1("receptionAppointmentNotYetDue",
        en: { "The appointment is at \($0): it can be marked missed only after that time." },
        zh: { "该预约时间为 \($0)：过了该时间才能标记为失约。" })
    static let receptionAppointmentLateQuestion = StringKey2("receptionAppointmentLateQuestion",
        en: { "The appointment was at \($0), \($1) minutes ago. Issue the ticket for a late arrival? (Recorded as late.)" },
        zh: { "该预约时间为 \($0)，已过去 \($1) 分钟。是否按迟到出号？（将记录为迟到）" })
    static let receptionMarkMissed = StringKey0("receptionMarkMissed", en: "Missed", zh: "失约")
    static let receptionMarkMissedLong = StringKey0("receptionMarkMissedLong",
        en: "Mark the selected appointment missed: the customer did not come (audited)",
        zh: "将所选预约标记为失约：客户未到（留有审计记录）")
    static let receptionCancelAppointment = StringKey0("receptionCancelAppointment", en: "Cancel", zh: "取消预约")
    static let receptionCancelAppointmentLong = StringKey0("receptionCancelAppointmentLong",
        en: "Cancel the selected appointment: the customer called it off (audited)",
        zh: "取消所选预约：客户已取消（留有审计记录）")
    static let receptionMarkMissedQuestion = StringKey2("receptionMarkMissedQuestion",
        en: { "Mark the \($0) appointment of \($1) as missed?" },
        zh: { "将 \($1) 在 \($0) 的预约标记为失约？" })
    static let receptionCancelAppointmentQuestion = StringKey2("receptionCancelAppointmentQuestion",
        en: { "Cancel the \($0) appointment of \($1)?" },
        zh: { "取消 \($1) 在 \($0) 的预约？" })
    static let receptionMarkedMissed = StringKey2("receptionMarkedMissed",
        en: { "The \($0) appointment of \($1) is marked missed." },
        zh: { "\($1) 在 \($0) 的预约已标记为失约。" })
    static let receptionAppointmentCancelled = StringKey2("receptionAppointmentCancelled",
        en: { "The \($0) appointment of \($1) is cancelled." },
        zh: { "\($1) 在 \($0) 的预约已取消。" })
    static let receptionSMSAccountMovement = StringKey6("receptionSMSAccountMovement",
        en: { "[Bank] Account \($0): \($5) \($1) \($2) at \($3); balance \($4)." },
        zh: { "【银行】您的账户 \($0) 于 \($3) \($5) \($1) \($2)，余额 \($4)。" })
    static let receptionSMSCashDeposit = StringKey0("receptionSMSCashDeposit", en: "cash deposit", zh: "现金存入")
    static let receptionSMSCashWithdrawal = StringKey0("receptionSMSCashWithdrawal", en: "cash withdrawal", zh: "现金支取")
    static let receptionSMSTransferOut = StringKey0("receptionSMSTransferOut", en: "transfer out", zh: "转出")
    static let receptionSMSTransferIn = StringKey0("receptionSMSTransferIn", en: "transfer in", zh: "转入")
    static let receptionSMSReversal = StringKey1("receptionSMSReversal", en: { "reversal of entry \($0)" }, zh: { "冲正（原分录 \($0)）" })
    static let receptionSMSComplaintResponded = StringKey2("receptionSMSComplaintResponded",
        en: { "[Bank] Complaint \($0): we have responded. \($1)" },
        zh: { "【银行】您的投诉 \($0) 已答复：\($1)" })
    static let receptionSMSComplaintRespondedPaid = StringKey4("receptionSMSComplaintRespondedPaid",
        en: { "[Bank] Complaint \($0): we have responded. \($1) Compensation \($2) \($3) credited." },
        zh: { "【银行】您的投诉 \($0) 已答复：\($1) 补偿 \($2) \($3) 已入账。" })
    static let uiBoardRecent = StringKey0("uiBoardRecent", en: "Recently called (ticket → counter)", zh: "最近叫号（号码 → 窗口）")
    static let uiBoardOnBreak = StringKey0("uiBoardOnBreak", en: "on break", zh: "暂停")
    static let uiBoardNoCounter = StringKey0("uiBoardNoCounter", en: "closed", zh: "未开放")
    static let uiBoardBackLong = StringKey0("uiBoardBackLong",
        en: "Back to the menu (the board updates itself; no key is needed to refresh it)",
        zh: "返回菜单（显示屏自动刷新，无需按键）")
    static let uiBoardCloseLong = StringKey0("uiBoardCloseLong", en: "Close the wall display", zh: "关闭叫号显示屏")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let receptionKeys: [StringKey] = [
        .queueNeedsMissing, .queueSeriesFull, .queueTicketNotFound, .appointmentInPast, .appointmentNotBooked,
        .queueUseTransfer, .queueNotStarted, .queueAlreadyStarted, .queueRecallFirst, .queueTransferWhere,
        .queueNoSuchCounter, .queueCounterDoesNotServe, .queueNobodyServes, .queueNoCurrentTicket, .queueWrongState,
        .priorityNone, .priorityElderly, .priorityDisabled, .priorityPregnant, .priorityVip, .need_service,
        .need_documents, .need_amount, .need_urgency, .need_assistance, .need_note, .need_deposit, .need_withdrawal,
        .need_transfer, .need_exchange, .need_open_account, .need_close_account, .need_change_details,
        .need_card_service, .need_loan_application, .need_loan_repayment, .need_loan_enquiry, .need_buy_product,
        .need_redeem_product, .need_wealth_advice, .need_complaint_service, .need_complaint_fees, .need_complaint_error,
        .need_complaint_other, .need_id_card, .need_passport, .need_id_and_bank_card, .need_permit, .need_none,
        .need_under_50k, .need_50k_200k, .need_over_200k, .need_normal, .need_urgent, .need_elderly, .need_wheelchair,
        .need_hearing, .need_visual, .need_interpreter, .ticketStatus_waiting, .ticketStatus_called,
        .ticketStatus_serving, .ticketStatus_finished, .ticketStatus_no_show, .ticketStatus_left, .outcome_served,
        .outcome_transferred, .outcome_no_show, .outcome_left, .outcome_referred, .receptionTitle,
        .receptionAppointments, .receptionNoAppointments, .receptionColumnTime, .receptionColumnCustomer,
        .receptionColumnPurpose, .receptionColumnStatus, .receptionQueue, .receptionColumnType, .receptionColumnWaiting,
        .receptionColumnCounters, .receptionColumnEstimate, .receptionNoCounter, .receptionMinutes, .receptionArrived,
        .receptionArrivedLong, .receptionWalkIn, .receptionWalkInLong, .receptionCustomers, .receptionCustomersLong,
        .appointmentStatus_booked, .appointmentStatus_arrived, .appointmentStatus_missed, .appointmentStatus_cancelled,
        .issueTitle, .issueCustomer, .issueWalkIn, .issueBusinessType, .issuePriority, .issued, .issuedNoEstimate,
        .slipTitle, .slipPrint, .slipPrintLong, .slipPrinted, .slipPrintFailed, .slipAhead, .slipWait, .slipIssuedAt,
        .slipNeeds, .slipUnknownWait, .bookTitle, .bookDate, .bookTime, .bookPurpose, .bookManager, .bookDone,
        .boardTitle, .boardNowServing, .boardCounter, .boardWaiting, .boardIdle, .boardRefreshed,
        .receptionSlipWrittenPrintFailed, .receptionAppointmentLate, .receptionAppointmentNotYetDue,
        .receptionAppointmentLateQuestion, .receptionMarkMissed, .receptionMarkMissedLong, .receptionCancelAppointment,
        .receptionCancelAppointmentLong, .receptionMarkMissedQuestion, .receptionCancelAppointmentQuestion,
        .receptionMarkedMissed, .receptionAppointmentCancelled, .receptionSMSAccountMovement, .receptionSMSCashDeposit,
        .receptionSMSCashWithdrawal, .receptionSMSTransferOut, .receptionSMSTransferIn, .receptionSMSReversal,
        .receptionSMSComplaintResponded, .receptionSMSComplaintRespondedPaid, .uiBoardRecent, .uiBoardOnBreak,
        .uiBoardNoCounter, .uiBoardBackLong, .uiBoardCloseLong,
    ]
}
