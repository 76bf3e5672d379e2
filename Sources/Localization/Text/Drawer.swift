/// Drawers, cash counts, the cash position and the books.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let businessDateBackwards = StringKey1("businessDateBackwards",
        en: { "The business date only moves forward (now \($0))." },
        zh: { "营业日只能向后调整（当前为 \($0)）。" })
    static let drawerNotOpen = StringKey0("drawerNotOpen",
        en: "Your cash drawer is not open. Open it with a counted float first (Cash and transfers → Teller drawer).",
        zh: "您的尾箱未开启，请先清点备用金开箱（现金与转账 → 尾箱）。")
    static let drawerCounted = StringKey0("drawerCounted",
        en: "Your drawer has been counted for the day; no more cash operations. A supervisor signs it off.",
        zh: "您的尾箱今日已清点，不能再办理现金业务，待主管签核。")
    static let drawerNotCounted = StringKey0("drawerNotCounted", en: "Make the blind count before the sign-off.", zh: "请先盲点尾箱，再签核。")
    static let drawerFromEarlierDay = StringKey1("drawerFromEarlierDay",
        en: { "Your drawer from \($0) is still open. Count it and have it signed off first." },
        zh: { "您 \($0) 的尾箱尚未轧账，请先清点并签核。" })
    static let drawerAlreadyOpen = StringKey0("drawerAlreadyOpen", en: "Your drawer is already open for today.", zh: "您今日的尾箱已开启。")
    static let drawerFloatEmpty = StringKey0("drawerFloatEmpty", en: "Enter at least one note or coin.", zh: "请至少输入一张（枚）券别。")
    static let drawerFloatNeedsVerification = StringKey0("drawerFloatNeedsVerification",
        en: "A supervisor must verify the opening float.",
        zh: "开箱备用金须主管复核。")
    static let drawerCloseNeedsSignOff = StringKey0("drawerCloseNeedsSignOff", en: "A supervisor must sign off the day-end count.", zh: "日终清点须主管签核。")
    static let drawerCannotCover = StringKey1("drawerCannotCover",
        en: { "The drawer does not hold these notes or coins: \($0). Choose other denominations or buy cash from the vault." },
        zh: { "尾箱券别不足：\($0)。请改用其他券别或向金库调入现金。" })
    static let booksTitle = StringKey0("booksTitle", en: "Verify the books", zh: "账务核对")
    static let booksVerifyLong = StringKey0("booksVerifyLong",
        en: "Recompute every balance from the postings and check drawers, reversals and the audit chain.",
        zh: "根据分录重算全部余额，并核对尾箱、冲正与审计链。")
    static let booksClean = StringKey2("booksClean",
        en: { "Books consistent: \($0) journal \(plural($0, "entry", "entries")), \($1) audit \(plural($1, "record", "records")), no problems found." },
        zh: { "账务一致：\($0) 笔流水，\($1) 条审计记录，未发现问题。" })
    static let booksBroken = StringKey1("booksBroken",
        en: { "Books inconsistent: \($0) \(plural($0, "problem", "problems")). Investigate each before the day is closed." },
        zh: { "账务不一致：\($0) 处问题。请在日终前逐一查明。" })
    static let booksColumnProblem = StringKey0("booksColumnProblem", en: "Problem", zh: "问题")
    static let booksNoProblems = StringKey0("booksNoProblems", en: "No problems.", zh: "没有问题。")
    static let drawerTitle = StringKey0("drawerTitle", en: "Teller drawer", zh: "尾箱")
    static let drawerCountSubmitLong = StringKey0("drawerCountSubmitLong", en: "Check the count and confirm it", zh: "核对点数并确认")
    static let drawerTotal = StringKey0("drawerTotal", en: "Total", zh: "合计")
    static let drawerReconcileTitle = StringKey0("drawerReconcileTitle", en: "Day end: expected against counted", zh: "日终：应有与实点对比")
    static let drawerSignOff = StringKey0("drawerSignOff", en: "Sign off", zh: "主管签退")
    static let drawerSignOffLong = StringKey0("drawerSignOffLong",
        en: "A supervisor signs off the count; the drawer closes and any over or short goes to suspense",
        zh: "主管签字确认点数；尾箱关闭，长短款记入挂账")
    static let drawerBalanced = StringKey0("drawerBalanced", en: "Balanced: counted equals expected.", zh: "账实相符：实点等于应有。")
    static let drawerOver = StringKey1("drawerOver", en: { "OVER by \($0) (counted more than expected)." }, zh: { "长款 \($0)（实点多于应有）。" })
    static let drawerShort = StringKey1("drawerShort", en: { "SHORT by \($0) (counted less than expected)." }, zh: { "短款 \($0)（实点少于应有）。" })
    static let drawerClosedDone = StringKey1("drawerClosedDone", en: { "Drawer closed and signed off. \($0)" }, zh: { "尾箱已关闭并签退。\($0)" })
    static let drawerColumnDenomination = StringKey0("drawerColumnDenomination", en: "Denomination", zh: "面额")
    static let drawerColumnExpected = StringKey0("drawerColumnExpected", en: "Expected", zh: "应有张数")
    static let drawerColumnCounted = StringKey0("drawerColumnCounted", en: "Counted", zh: "实点张数")
    static let drawerColumnDifference = StringKey0("drawerColumnDifference", en: "Difference", zh: "差额")
    static let drawerSignOffHint = StringKey2("drawerSignOffHint",
        en: { "\($0): a supervisor signs off and the drawer closes. \($1): back (count kept)." },
        zh: { "\($0)：主管签退并关闭尾箱。\($1)：返回（点数已记录）。" })
    static let drawerOpenDay = StringKey0("drawerOpenDay", en: "Open the day", zh: "日初开箱")
    static let drawerOpenDayLong = StringKey0("drawerOpenDayLong",
        en: "Count the float taken from the vault; a supervisor verifies it and the drawer opens",
        zh: "清点从金库领取的备用金；主管核实后开箱")
    static let drawerBuy = StringKey0("drawerBuy", en: "Buy cash from vault", zh: "向金库领现")
    static let drawerBuyLong = StringKey0("drawerBuyLong", en: "Count the notes and coins taken from the vault into your drawer", zh: "清点从金库领入尾箱的券别")
    static let drawerSell = StringKey0("drawerSell", en: "Sell cash to vault", zh: "向金库缴现")
    static let drawerSellLong = StringKey0("drawerSellLong", en: "Count the notes and coins handed from your drawer to the vault", zh: "清点从尾箱缴回金库的券别")
    static let drawerDayEnd = StringKey0("drawerDayEnd", en: "Day end count", zh: "日终盘点")
    static let drawerDayEndLong = StringKey0("drawerDayEndLong",
        en: "Blind count of the drawer by denomination; expected is shown only afterwards",
        zh: "按券别盲点尾箱；提交后才显示应有金额")
    static let drawerVaultReceive = StringKey0("drawerVaultReceive", en: "Cash into vault", zh: "现金入库")
    static let drawerVaultReceiveLong = StringKey0("drawerVaultReceiveLong",
        en: "Record cash delivered into the vault from head office, by denomination",
        zh: "按券别登记总行调入金库的现金")
    static let drawerOpenIntro = StringKey0("drawerOpenIntro",
        en: "Count the float by denomination. A supervisor verifies it next.",
        zh: "按券别清点备用金，随后由主管核实。")
    static let drawerOpenQuestion = StringKey1("drawerOpenQuestion", en: { "Open the drawer with a float of \($0)?" }, zh: { "以备用金 \($0) 开箱？" })
    static let drawerBuyQuestion = StringKey1("drawerBuyQuestion", en: { "Take \($0) from the vault into your drawer?" }, zh: { "从金库领取 \($0) 入尾箱？" })
    static let drawerSellQuestion = StringKey1("drawerSellQuestion", en: { "Hand \($0) from your drawer to the vault?" }, zh: { "从尾箱缴回 \($0) 到金库？" })
    static let drawerBought = StringKey2("drawerBought", en: { "Bought \($0) from the vault (entry \($1))." }, zh: { "已从金库领现 \($0)（分录 \($1)）。" })
    static let drawerSold = StringKey2("drawerSold", en: { "Sold \($0) to the vault (entry \($1))." }, zh: { "已向金库缴现 \($0)（分录 \($1)）。" })
    static let drawerBlindIntro = StringKey0("drawerBlindIntro",
        en: "Blind count: enter what is in the drawer; its book balance appears after you submit.",
        zh: "盲点：录入尾箱实有券别。提交后才显示应有金额。")
    static let drawerBlindIntro2 = StringKey0("drawerBlindIntro2",
        en: "After the count the drawer takes no more cash operations.",
        zh: "盘点后尾箱不再办理现金业务。")
    static let drawerCountQuestion = StringKey1("drawerCountQuestion",
        en: { "Submit the count of \($0)? It cannot be changed afterwards." },
        zh: { "提交实点合计 \($0)？提交后不能修改。" })
    static let drawerVaultQuestion = StringKey1("drawerVaultQuestion", en: { "Record \($0) received into the vault?" }, zh: { "登记 \($0) 入库？" })
    static let drawerVaultReceived = StringKey2("drawerVaultReceived",
        en: { "Recorded \($0) into the vault (entry \($1))." },
        zh: { "已登记入库 \($0)（分录 \($1)）。" })
    static let drawerFloatTotal = StringKey1("drawerFloatTotal", en: { "Float: \($0)" }, zh: { "备用金：\($0)" })
    static let drawerOpened = StringKey1("drawerOpened", en: { "Drawer open with a float of \($0)." }, zh: { "尾箱已开，备用金 \($0)。" })
    static let drawerState = StringKey0("drawerState", en: "Drawer", zh: "尾箱状态")
    static let drawerStateOpen = StringKey1("drawerStateOpen", en: { "Open since \($0)" }, zh: { "自 \($0) 起开箱" })
    static let drawerStateCounted = StringKey0("drawerStateCounted", en: "Counted — waiting for a supervisor's sign-off", zh: "已盘点——等待主管签退")
    static let drawerVerifiedBy = StringKey0("drawerVerifiedBy", en: "Float verified by", zh: "备用金核实人")
    static let drawerOperations = StringKey0("drawerOperations", en: "Operations", zh: "业务笔数")
    static let drawerCountedTotal = StringKey0("drawerCountedTotal", en: "Counted", zh: "实点合计")
    static let drawerStateClosed = StringKey0("drawerStateClosed", en: "Closed", zh: "未开箱")
    static let drawerClosedHint = StringKey1("drawerClosedHint",
        en: { "Press \($0) to open the day with a counted float." },
        zh: { "按 \($0) 清点备用金开箱。" })
    static let drawerVaultHeading = StringKey1("drawerVaultHeading", en: { "Vault holdings: \($0)" }, zh: { "金库库存：\($0)" })
    static let drawerMoveNeedsApproval = StringKey0("drawerMoveNeedsApproval",
        en: "Cash between the vault and a drawer needs a second person: a supervisor counts it with you and confirms with their own ID and PIN.",
        zh: "金库与尾箱之间调拨现金需要第二人：请主管与您一起清点并用自己的工号和密码确认。")
    static let drawerMoveTotal = StringKey1("drawerMoveTotal", en: { "Amount: \($0)" }, zh: { "金额：\($0)" })
    static let ledgerStatementCounterparty = StringKey0("ledgerStatementCounterparty", en: "Other side", zh: "对方")
    static let ledgerStatementCash = StringKey0("ledgerStatementCash", en: "Cash at the counter", zh: "柜面现金")
    static let ledgerPositionTitle = StringKey0("ledgerPositionTitle", en: "Cash positions", zh: "现金头寸")
    static let ledgerPositionPrint = StringKey0("ledgerPositionPrint", en: "Print report", zh: "打印日报")
    static let ledgerPositionPrintLong = StringKey0("ledgerPositionPrintLong",
        en: "Write the day-end cash position report, per drawer and for the vault, to a file (audited)",
        zh: "将按尾箱及金库列示的现金头寸日报写入文件（留有审计记录）")
    static let ledgerPositionPrinted = StringKey1("ledgerPositionPrinted", en: { "Cash position report written: \($0)" }, zh: { "现金头寸日报已写入：\($0)" })
    static let ledgerReportWriteFailed = StringKey2("ledgerReportWriteFailed",
        en: { "The report could not be written to \($0): \($1). Nothing else changed; try again." },
        zh: { "报告无法写入 \($0)：\($1)。其他内容未受影响，请重试。" })
    static let ledgerPositionOpen = StringKey0("ledgerPositionOpen", en: "open", zh: "营业中")
    static let ledgerPositionCounted = StringKey0("ledgerPositionCounted", en: "counted", zh: "已清点")
    static let ledgerPositionClosed = StringKey0("ledgerPositionClosed", en: "closed", zh: "已签退")
    static let ledgerPositionNoDrawer = StringKey0("ledgerPositionNoDrawer", en: "Your drawer is not open.", zh: "您的尾箱尚未开启。")
    static let ledgerPositionStatus = StringKey0("ledgerPositionStatus", en: "Status", zh: "状态")
    static let ledgerPositionFloat = StringKey0("ledgerPositionFloat", en: "Float", zh: "备用金")
    static let ledgerPositionIn = StringKey0("ledgerPositionIn", en: "Cash in", zh: "现金收入")
    static let ledgerPositionOut = StringKey0("ledgerPositionOut", en: "Cash out", zh: "现金付出")
    static let ledgerPositionFromVault = StringKey0("ledgerPositionFromVault", en: "From the vault", zh: "向金库领现")
    static let ledgerPositionToVault = StringKey0("ledgerPositionToVault", en: "To the vault", zh: "向金库缴现")
    static let ledgerPositionExpected = StringKey0("ledgerPositionExpected", en: "Should hold", zh: "应有余额")
    static let ledgerPositionMine = StringKey0("ledgerPositionMine",
        en: "Your drawer (totals; the day-end count stays blind by denomination)",
        zh: "您的尾箱（合计；日终仍按券别盲点）")
    static let ledgerPositionTeller = StringKey0("ledgerPositionTeller", en: "Teller", zh: "柜员")
    static let ledgerPositionVaultNet = StringKey0("ledgerPositionVaultNet", en: "Vault ±", zh: "金库调拨")
    static let ledgerPositionNoDrawers = StringKey0("ledgerPositionNoDrawers", en: "No drawer opened this business day.", zh: "本营业日尚无尾箱开启。")
    static let ledgerPositionVault = StringKey1("ledgerPositionVault", en: { "Vault: CNY \($0)" }, zh: { "金库：CNY \($0)" })
    static let ledgerPositionVaultBalanced = StringKey0("ledgerPositionVaultBalanced", en: "balanced with the ledger", zh: "账实相符")
    static let ledgerPositionVaultUnbalanced = StringKey1("ledgerPositionVaultUnbalanced",
        en: { "NOT balanced: the ledger says \($0)" },
        zh: { "账实不符：账面 \($0)" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let drawerKeys: [StringKey] = [
        .businessDateBackwards, .drawerNotOpen, .drawerCounted, .drawerNotCounted, .drawerFromEarlierDay,
        .drawerAlreadyOpen, .drawerFloatEmpty, .drawerFloatNeedsVerification, .drawerCloseNeedsSignOff,
        .drawerCannotCover, .booksTitle, .booksVerifyLong, .booksClean, .booksBroken, .booksColumnProblem,
        .booksNoProblems, .drawerTitle, .drawerCountSubmitLong, .drawerTotal, .drawerReconcileTitle, .drawerSignOff,
        .drawerSignOffLong, .drawerBalanced, .drawerOver, .drawerShort, .drawerClosedDone, .drawerColumnDenomination,
        .drawerColumnExpected, .drawerColumnCounted, .drawerColumnDifference, .drawerSignOffHint, .drawerOpenDay,
        .drawerOpenDayLong, .drawerBuy, .drawerBuyLong, .drawerSell, .drawerSellLong, .drawerDayEnd, .drawerDayEndLong,
        .drawerVaultReceive, .drawerVaultReceiveLong, .drawerOpenIntro, .drawerOpenQuestion, .drawerBuyQuestion,
        .drawerSellQuestion, .drawerBought, .drawerSold, .drawerBlindIntro, .drawerBlindIntro2, .drawerCountQuestion,
        .drawerVaultQuestion, .drawerVaultReceived, .drawerFloatTotal, .drawerOpened, .drawerState, .drawerStateOpen,
        .drawerStateCounted, .drawerVerifiedBy, .drawerOperations, .drawerCountedTotal, .drawerStateClosed,
        .drawerClosedHint, .drawerVaultHeading, .drawerMoveNeedsApproval, .drawerMoveTotal,
        .ledgerStatementCounterparty, .ledgerStatementCash, .ledgerPositionTitle, .ledgerPositionPrint,
        .ledgerPositionPrintLong, .ledgerPositionPrinted, .ledgerReportWriteFailed, .ledgerPositionOpen,
        .ledgerPositionCounted, .ledgerPositionClosed, .ledgerPositionNoDrawer, .ledgerPositionStatus,
        .ledgerPositionFloat, .ledgerPositionIn, .ledgerPositionOut, .ledgerPositionFromVault, .ledgerPositionToVault,
        .ledgerPositionExpected, .ledgerPositionMine, .ledgerPositionTeller, .ledgerPositionVaultNet,
        .ledgerPositionNoDrawers, .ledgerPositionVault, .ledgerPositionVaultBalanced, .ledgerPositionVaultUnbalanced,
    ]
}
