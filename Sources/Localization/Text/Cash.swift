/// Deposits, withdrawals, transfers, supervisor approval and vouchers.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let makerCannotCheck = StringKey0("makerCannotCheck",
        en: "You entered this application, so another supervisor must decide it.",
        zh: "该申请由您录入，须由另一位主管复核。")
    static let voucherWriteFailed = StringKey2("voucherWriteFailed",
        en: { "Could not write voucher \($0): \($1). Nothing was saved." },
        zh: { "无法写入凭证 \($0)：\($1)。未保存任何内容。" })
    static let insufficientFunds = StringKey2("insufficientFunds",
        en: { "Not enough money in \($0): available \($1). Enter a smaller amount." },
        zh: { "账户 \($0) 余额不足：可用 \($1)。请输入较小金额。" })
    static let currencyMismatch = StringKey2("currencyMismatch",
        en: { "Account \($0) is held in \($1); both sides of an operation must be in the same currency." },
        zh: { "账户 \($0) 币种为 \($1)；业务双方币种必须相同。" })
    static let amountTooLarge = StringKey0("amountTooLarge", en: "The amount is above the largest amount the system accepts.", zh: "金额超过系统可接受的上限。")
    static let approvalAboveAuthority = StringKey1("approvalAboveAuthority", en: { "Above your authority of \($0)" }, zh: { "超过您的授权额度 \($0)" })
    static let approvalAboveDailyLimit = StringKey2("approvalAboveDailyLimit",
        en: { "Above the daily limit of \($0) (\($1) already today)" },
        zh: { "超过每日限额 \($0)（今日已 \($1)）" })
    static let approvalAboveSingleLimit = StringKey1("approvalAboveSingleLimit",
        en: { "Above the single-transfer limit of \($0)" },
        zh: { "超过单笔转账限额 \($0)" })
    static let approvalRequired = StringKey1("approvalRequired", en: { "A supervisor must approve this. \($0)." }, zh: { "此业务需主管授权：\($0)。" })
    static let approvalExpired = StringKey0("approvalExpired",
        en: "The supervisor's approval is more than 5 minutes old. Ask for it again.",
        zh: "主管授权已超过 5 分钟，请重新授权。")
    static let approvalNotSupervisor = StringKey1("approvalNotSupervisor",
        en: { "\($0) may not approve: only supervisors approve." },
        zh: { "\($0) 无权授权，只有主管可以授权。" })
    static let approvalAboveLimit = StringKey2("approvalAboveLimit",
        en: { "\($0) may approve up to \($1); a higher authority must approve this amount." },
        zh: { "\($0) 的授权上限为 \($1)，此金额需更高授权。" })
    static let approvalReasonMissing = StringKey0("approvalReasonMissing", en: "Enter a reason (at least 3 characters).", zh: "请输入原因（至少 3 个字符）。")
    static let cashNegativeCount = StringKey0("cashNegativeCount",
        en: "A count cannot be negative. Enter the number of notes or coins (0 or more).",
        zh: "数量不能为负数，请输入张（枚）数（0 或以上）。")
    static let cashTotalMismatch = StringKey2("cashTotalMismatch",
        en: { "The notes and coins add up to \($0), but the amount is \($1). Recount or correct the amount." },
        zh: { "券别合计 \($0)，与金额 \($1) 不符。请重新清点或更正金额。" })
    static let cashOnlyCNY = StringKey1("cashOnlyCNY",
        en: { "Cash is handled in CNY only; this account is in \($0). It receives money only by a transfer from another \($0) account at this bank (there is no currency exchange here)." },
        zh: { "现金业务只办理人民币；此账户币种为 \($0)。该账户只能通过本行其他 \($0) 账户转账入账（本网点不办理外币兑换）。" })
    static let cashRuleUnknown = StringKey2("cashRuleUnknown", en: { "Unknown rule \($0). Known rules: \($1)." }, zh: { "未知规则 \($0)。可用规则：\($1)。" })
    static let transferNeedsOneTimeCode = StringKey0("transferNeedsOneTimeCode",
        en: "From this amount the customer must confirm with a one-time code. Verify with a one-time code first.",
        zh: "此金额须客户输入动态码确认。请先用动态码核实。")
    static let transferSameAccount = StringKey0("transferSameAccount", en: "The payee account is the same as the payer account.", zh: "收款账户与付款账户相同。")
    static let payeeNameInvalid = StringKey0("payeeNameInvalid", en: "Enter the payee's name (1 to 60 characters).", zh: "请输入收款人姓名（1 至 60 个字符）。")
    static let payeeBankInvalid = StringKey0("payeeBankInvalid", en: "Enter the payee's bank (2 to 60 characters).", zh: "请输入收款银行（2 至 60 个字符）。")
    static let payeeAccountInvalid = StringKey0("payeeAccountInvalid",
        en: "The payee's account number must be 8 to 30 digits.",
        zh: "收款账号须为 8 至 30 位数字。")
    static let largeValuePurposeRequired = StringKey1("largeValuePurposeRequired",
        en: { "Cash of \($0) or more today: enter the source or purpose of the funds for the large-value report." },
        zh: { "今日现金累计达 \($0) 或以上：请填写资金来源或用途，以便大额报告。" })
    static let vaultCannotCover = StringKey1("vaultCannotCover",
        en: { "The vault does not hold these notes or coins: \($0)." },
        zh: { "金库券别不足：\($0)。" })
    static let approvalTitle = StringKey0("approvalTitle", en: "Supervisor approval", zh: "主管授权")
    static let approvalHandOver = StringKey0("approvalHandOver",
        en: "Hand the keyboard to the supervisor: their own ID and PIN, and the reason.",
        zh: "请将键盘交给主管：输入其本人的柜员号、密码及授权原因。")
    static let approvalSupervisor = StringKey0("approvalSupervisor", en: "Supervisor ID", zh: "主管柜员号")
    static let approvalPIN = StringKey0("approvalPIN", en: "Supervisor PIN", zh: "主管密码")
    static let approvalReason = StringKey0("approvalReason", en: "Reason", zh: "授权原因")
    static let approvalSupervisorMissing = StringKey0("approvalSupervisorMissing", en: "Enter the supervisor's operator ID.", zh: "请输入主管柜员号。")
    static let approvalPINMissing = StringKey0("approvalPINMissing", en: "Enter the supervisor's PIN.", zh: "请输入主管密码。")
    static let approvalForSomeoneElse = StringKey0("approvalForSomeoneElse",
        en: "This approval was given for another operator's work. Ask the supervisor to approve yours.",
        zh: "此授权是为其他柜员的业务所给，请主管为您的业务重新授权。")
    static let cashCounted = StringKey1("cashCounted", en: { "Counted \($0)" }, zh: { "已点 \($0)" })
    static let cashCountMatches = StringKey0("cashCountMatches", en: "matches the amount", zh: "与金额相符")
    static let cashCountDiffers = StringKey1("cashCountDiffers", en: { "differs by \($0)" }, zh: { "相差 \($0)" })
    static let cashConfirmPost = StringKey0("cashConfirmPost", en: "Post", zh: "记账")
    static let cashConfirmPostLong = StringKey0("cashConfirmPostLong",
        en: "Post the operation as shown (pressing again never posts twice)",
        zh: "按所示内容记账（重复按键不会重复记账）")
    static let cashBackToEdit = StringKey0("cashBackToEdit", en: "Back to edit", zh: "返回修改")
    static let cashAnother = StringKey0("cashAnother", en: "New", zh: "新业务")
    static let cashAnotherLong = StringKey0("cashAnotherLong", en: "Start another operation of the same kind", zh: "再办理一笔同类业务")
    static let cashOneTimeCodeNeeded = StringKey0("cashOneTimeCodeNeeded",
        en: "From this amount the customer must confirm with a one-time code.",
        zh: "此金额起客户须以动态验证码确认。")
    static let cashApprovedBy = StringKey1("cashApprovedBy", en: { "Approved by \($0)." }, zh: { "已由 \($0) 授权。" })
    static let cashReplayed = StringKey1("cashReplayed",
        en: { "Entry \($0) was already posted with this request; no money moved again." },
        zh: { "该请求已记账（分录 \($0)），本次未再动账。" })
    static let cashPosted = StringKey1("cashPosted", en: { "Posted: entry \($0)." }, zh: { "已记账：分录 \($0)。" })
    static let cashApprovalLabel = StringKey0("cashApprovalLabel", en: "Approved by", zh: "授权人")
    static let cashConfirmHeading = StringKey0("cashConfirmHeading", en: "Check with the customer, then post", zh: "请与客户核对后记账")
    static let cashConfirmPrompt = StringKey2("cashConfirmPrompt",
        en: { "\($0): post   \($1): back to edit" },
        zh: { "\($0)：记账   \($1)：返回修改" })
    static let cashDoneHeading = StringKey0("cashDoneHeading", en: "Done", zh: "办理完成")
    static let cashEntryLabel = StringKey0("cashEntryLabel", en: "Entry no.", zh: "分录号")
    static let cashAmountLabel = StringKey0("cashAmountLabel", en: "Amount", zh: "金额")
    static let cashBalanceAfter = StringKey0("cashBalanceAfter", en: "Balance after", zh: "交易后余额")
    static let cashVoucherLabel = StringKey0("cashVoucherLabel", en: "Voucher no.", zh: "凭证号")
    static let cashLargeValueRecorded = StringKey0("cashLargeValueRecorded", en: "Large-value report recorded.", zh: "已登记大额交易报告。")
    static let cashReplayedNote = StringKey0("cashReplayedNote",
        en: "Repeat of a request already posted: no money moved this time.",
        zh: "重复提交的请求：本次未动账。")
    static let cashAmountEmpty = StringKey0("cashAmountEmpty", en: "Enter the amount.", zh: "请输入金额。")
    static let cashAmountSign = StringKey0("cashAmountSign",
        en: "Enter the amount without a + or - sign; the operation gives the direction.",
        zh: "金额不带 + 或 - 号；方向由业务决定。")
    static let cashAmountExponent = StringKey0("cashAmountExponent",
        en: "Write the amount in plain digits (no exponent such as 1e5).",
        zh: "请用普通数字填写金额（不可用 1e5 之类的写法）。")
    static let cashAmountCharacter = StringKey0("cashAmountCharacter",
        en: "Use digits and at most one decimal point (no spaces or thousands separators).",
        zh: "只能输入数字和一个小数点（不可有空格或千位分隔符）。")
    static let cashAmountDecimals = StringKey1("cashAmountDecimals",
        en: { "At most \($0) \(plural($0, "decimal", "decimals")): the fen is the smallest unit." },
        zh: { "最多 \($0) 位小数：最小单位为分。" })
    static let cashAmountZero = StringKey0("cashAmountZero", en: "The amount must be more than zero.", zh: "金额必须大于零。")
    static let cashAmountTooLarge = StringKey1("cashAmountTooLarge",
        en: { "The amount is above the largest the system accepts (\($0))." },
        zh: { "金额超过系统上限（\($0)）。" })
    static let cashPurposeNeeded = StringKey0("cashPurposeNeeded",
        en: "Large cash: enter the source or purpose of the funds (at least 2 characters).",
        zh: "大额现金：请填写资金来源或用途（至少 2 个字）。")
    static let cashAccountNumber = StringKey0("cashAccountNumber", en: "Account number", zh: "账号")
    static let cashAmount = StringKey0("cashAmount", en: "Amount", zh: "金额")
    static let cashAmountHint = StringKey0("cashAmountHint", en: "e.g. 1500.50: digits, at most two decimals", zh: "例如 1500.50：数字，最多两位小数")
    static let cashMemo = StringKey0("cashMemo", en: "Memo", zh: "附言")
    static let cashPurposeHint = StringKey0("cashPurposeHint",
        en: "Required for large cash (the day's cash total at the reporting threshold or above)",
        zh: "大额现金必填（当日现金合计达到报告标准时）")
    static let cashNotesAndCoins = StringKey0("cashNotesAndCoins", en: "Notes and coins", zh: "券别明细")
    static let cashCustomer = StringKey0("cashCustomer", en: "Customer", zh: "客户")
    static let cashForTicket = StringKey1("cashForTicket", en: { "For ticket \($0)" }, zh: { "办理号票 \($0)" })
    static let depositTitle = StringKey0("depositTitle", en: "Cash deposit", zh: "现金存款")
    static let depositSource = StringKey0("depositSource", en: "Source of funds", zh: "资金来源")
    static let withdrawTitle = StringKey0("withdrawTitle", en: "Cash withdrawal", zh: "现金取款")
    static let withdrawPurpose = StringKey0("withdrawPurpose", en: "Purpose of funds", zh: "资金用途")
    static let withdrawNoSuggestion = StringKey0("withdrawNoSuggestion",
        en: "The drawer cannot make this amount up: enter the notes and coins yourself or buy cash from the vault.",
        zh: "尾箱凑不出此金额：请自行填写券别，或向金库领现。")
    static let withdrawService = StringKey1("withdrawService", en: { "cash withdrawal from \($0)" }, zh: { "从 \($0) 取现" })
    static let transferTitle = StringKey0("transferTitle", en: "Transfer", zh: "转账")
    static let transferFrom = StringKey0("transferFrom", en: "From account", zh: "转出账号")
    static let transferKind = StringKey0("transferKind", en: "To", zh: "转入")
    static let transferKindHint = StringKey0("transferKindHint", en: "←/→: this bank or another bank", zh: "←/→：本行或他行")
    static let transferTo = StringKey0("transferTo", en: "To account", zh: "转入账号")
    static let transferPayeeName = StringKey0("transferPayeeName", en: "Payee name", zh: "收款人户名")
    static let transferPayeeBank = StringKey0("transferPayeeBank", en: "Payee's bank", zh: "收款行")
    static let transferPayeeAccount = StringKey0("transferPayeeAccount", en: "Payee's account", zh: "收款账号")
    static let transferSavePayee = StringKey0("transferSavePayee", en: "Save payee", zh: "保存收款人")
    static let transferInternal = StringKey0("transferInternal", en: "This bank", zh: "本行账户")
    static let transferExternal = StringKey0("transferExternal", en: "Another bank", zh: "他行账户")
    static let transferPickPayee = StringKey0("transferPickPayee", en: "Saved payee", zh: "常用收款人")
    static let transferPickPayeeLong = StringKey0("transferPickPayeeLong", en: "Fill in the next payee the customer saved", zh: "填入客户保存的下一个收款人")
    static let transferFromFirst = StringKey0("transferFromFirst",
        en: "Enter the from account first: its holder's saved payees are listed.",
        zh: "请先填写转出账号：将列出该户主保存的收款人。")
    static let transferNoPayees = StringKey0("transferNoPayees", en: "This customer has no saved payees.", zh: "该客户没有保存的收款人。")
    static let transferPayeeChosen = StringKey2("transferPayeeChosen", en: { "Saved payee \($0) of \($1)." }, zh: { "常用收款人 \($0)/\($1)。" })
    static let transferWillSavePayee = StringKey0("transferWillSavePayee", en: "The payee will be saved for next time.", zh: "收款人将保存以便下次使用。")
    static let transferService = StringKey1("transferService", en: { "transfer from \($0)" }, zh: { "从 \($0) 转账" })
    static let cashCounterKey = StringKey0("cashCounterKey", en: "Cash", zh: "现金")
    static let cashCounterKeyLong = StringKey0("cashCounterKeyLong", en: "Cash and transfers for the customer being served", zh: "为当前客户办理现金与转账")
    static let voucherPending = StringKey3("voucherPending",
        en: { "Posted as entry \($0). The voucher file \($1) could not be written (\($2)); the voucher is stored and will be written again at the next start. Press r to write it now." },
        zh: { "已记账，分录 \($0)。凭证文件 \($1) 无法写入（\($2)）；凭证已保存，下次启动时会重新写入。按 r 立即重新写入。" })
    static let voucherNotFound = StringKey1("voucherNotFound", en: { "Entry \($0) has no voucher you may reprint." }, zh: { "分录 \($0) 没有您可以重印的凭证。" })
    static let voucherStillPending = StringKey2("voucherStillPending",
        en: { "The voucher file \($0) still cannot be written (\($1)). Its text is stored; it will be written at the next start." },
        zh: { "凭证文件 \($0) 仍无法写入（\($1)）。凭证内容已保存，下次启动时会写入。" })
    static let voucherRewritten = StringKey1("voucherRewritten", en: { "Voucher file written: \($0)" }, zh: { "凭证文件已写入：\($0)" })
    static let approvalReasonHoldsPIN = StringKey0("approvalReasonHoldsPIN",
        en: "The reason contains the supervisor's PIN or looks like one. Type the PIN only in the PIN field and give the reason in words.",
        zh: "理由中包含主管的密码或类似密码的数字。密码只能输入在密码栏，理由请用文字说明。")
    static let transferForeignExternalRefused = StringKey1("transferForeignExternalRefused",
        en: { "Payments in \($0) to other banks are not possible yet (no foreign exchange or cross-border payments). Transfer within this bank, or pay in CNY." },
        zh: { "暂不支持向他行汇出 \($0)（尚无外汇及跨境支付）。请在本行内转账，或以人民币支付。" })
    static let cashApprovalOwnWork = StringKey0("cashApprovalOwnWork",
        en: "You cannot approve your own work: another supervisor must approve it.",
        zh: "不能授权本人经办的业务，须由另一位主管授权。")
    static let cashApprovalNobody = StringKey3("cashApprovalNobody",
        en: { "No one at this branch may approve \($0) \($1): the highest approval limit is \($2). An administrator can give the branch manager a higher limit." },
        zh: { "本网点无人可授权 \($0) \($1)：最高授权额度为 \($2)。可请管理员提高网点负责人的授权额度。" })
    static let cashApprovalAskOther = StringKey4("cashApprovalAskOther",
        en: { "\($0) cannot approve \($1) \($2). Ask: \($3)." },
        zh: { "\($0) 无权授权 \($1) \($2)，请找：\($3)。" })
    static let cashApprovalAboveOwnLimit = StringKey3("cashApprovalAboveOwnLimit",
        en: { "\($0) may approve up to \($1). Ask: \($2)." },
        zh: { "\($0) 的授权上限为 \($1)，请找：\($2)。" })
    static let cashApprovalWho = StringKey1("cashApprovalWho", en: { "Can approve: \($0)" }, zh: { "可授权人：\($0)" })
    static let cashDayCloseConfirmDays = StringKey3("cashDayCloseConfirmDays",
        en: { "This moves the business date \($0) days, from \($1) to \($2). Type \($0) to confirm." },
        zh: { "此操作将营业日期推进 \($0) 天（\($1) 至 \($2)）。请输入 \($0) 确认。" })
    static let cashDayCloseTooFar = StringKey1("cashDayCloseTooFar",
        en: { "The business date moves at most \($0) days at once; check the date." },
        zh: { "营业日期一次最多推进 \($0) 天，请核对日期。" })
    static let cashDayCloseDrawersOpen = StringKey1("cashDayCloseDrawersOpen",
        en: { "Close the day after every drawer is counted and signed off; still open: \($0)." },
        zh: { "须待所有尾箱清点并经主管签退后方可日终，尚未签退：\($0)。" })
    static let cashDayCloseVaultUnbalanced = StringKey2("cashDayCloseVaultUnbalanced",
        en: { "The vault does not balance: the ledger says \($0), the cash by denomination \($1). Find the difference before closing the day." },
        zh: { "金库不平：账面 \($0)，按券别现金 \($1)。请查明差异后再日终。" })
    static let cashDayCloseTitle = StringKey0("cashDayCloseTitle", en: "Close the business day", zh: "日终")
    static let cashDayCloseConfirm = StringKey0("cashDayCloseConfirm", en: "Close day", zh: "日终")
    static let cashDayCloseConfirmLong = StringKey0("cashDayCloseConfirmLong",
        en: "Close this business day and open the next one (supervisor; audited)",
        zh: "结束本营业日并开始下一营业日（主管；留有审计记录）")
    static let cashDayClosed = StringKey1("cashDayClosed",
        en: { "Business day closed; the branch now trades on \($0)." },
        zh: { "已日终，网点营业日期为 \($0)。" })
    static let cashDayCloseHeading = StringKey2("cashDayCloseHeading", en: { "Close \($0) and open \($1)" }, zh: { "结束 \($0)，开始 \($1)" })
    static let cashDayCloseDrawersDone = StringKey1("cashDayCloseDrawersDone",
        en: { "Every drawer counted and signed off (\($0) today)." },
        zh: { "所有尾箱已清点并签退（今日 \($0) 个）。" })
    static let cashDayCloseVaultDone = StringKey1("cashDayCloseVaultDone", en: { "The vault balances: \($0)." }, zh: { "金库账实相符：\($0)。" })
    static let cashDayClosePending = StringKey1("cashDayClosePending",
        en: { "Applications waiting for review: \($0) (they carry over to the next day)." },
        zh: { "待复核的开户申请：\($0) 笔（顺延至下一营业日）。" })
    static let cashDayCloseBlocked = StringKey1("cashDayCloseBlocked",
        en: { "Resolve the items marked ✗ first; \($0) goes back." },
        zh: { "请先处理标有 ✗ 的事项；\($0) 返回。" })
    static let cashDayClosePrompt = StringKey2("cashDayClosePrompt",
        en: { "\($0) closes the day; \($1) goes back without changing anything." },
        zh: { "按 \($0) 日终；按 \($1) 返回，不作任何更改。" })
    static let cashDayCloseDaysLabel = StringKey0("cashDayCloseDaysLabel", en: "Number of days", zh: "推进天数")
    static let cashReversalOfReversal = StringKey2("cashReversalOfReversal",
        en: { "Entry \($0) is itself the reversal of entry \($1); a reversal is not reversed. Enter the operation again instead." },
        zh: { "分录 \($0) 本身是分录 \($1) 的冲正，冲正不可再冲正。请重新办理该业务。" })
    static let cashReversalDrawerClosed = StringKey1("cashReversalDrawerClosed",
        en: { "The cash went through \($0)'s drawer, which is counted or closed for the day. Once it is signed off, \($0) opens the drawer again (float from the vault, verified); then reverse this entry through it." },
        zh: { "此笔现金经由 \($0) 的尾箱办理，该尾箱已清点或签退。签退后请 \($0) 重新开启尾箱（从金库领取备用金并经核验），再经该尾箱冲正此分录。" })
    static let cashSessionElsewhere = StringKey3("cashSessionElsewhere",
        en: { "This operator is signed in at terminal \($0) (last seen \($1)). Sign out there first; a terminal that stopped answering frees the sign-in \($2) minutes after it was last seen." },
        zh: { "该柜员已在终端 \($0) 签到（最近活动 \($1)）。请先在该终端签退；终端失去响应的，自最近活动起 \($2) 分钟后自动释放。" })
    static let cashSessionTakenOver = StringKey0("cashSessionTakenOver",
        en: "You were signed out here: this terminal stopped answering and you signed in at another terminal.",
        zh: "您已在此终端签退：此终端曾失去响应，且您已在其他终端签到。")
    static let cashApprovalNotThisOne = StringKey0("cashApprovalNotThisOne",
        en: "Not within their approval limit (see below).",
        zh: "超出其授权额度（见下方提示）。")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let cashKeys: [StringKey] = [
        .makerCannotCheck, .voucherWriteFailed, .insufficientFunds, .currencyMismatch, .amountTooLarge,
        .approvalAboveAuthority, .approvalAboveDailyLimit, .approvalAboveSingleLimit, .approvalRequired,
        .approvalExpired, .approvalNotSupervisor, .approvalAboveLimit, .approvalReasonMissing, .cashNegativeCount,
        .cashTotalMismatch, .cashOnlyCNY, .cashRuleUnknown, .transferNeedsOneTimeCode, .transferSameAccount,
        .payeeNameInvalid, .payeeBankInvalid, .payeeAccountInvalid, .largeValuePurposeRequired, .vaultCannotCover,
        .approvalTitle, .approvalHandOver, .approvalSupervisor, .approvalPIN, .approvalReason,
        .approvalSupervisorMissing, .approvalPINMissing, .approvalForSomeoneElse, .cashCounted, .cashCountMatches,
        .cashCountDiffers, .cashConfirmPost, .cashConfirmPostLong, .cashBackToEdit, .cashAnother, .cashAnotherLong,
        .cashOneTimeCodeNeeded, .cashApprovedBy, .cashReplayed, .cashPosted, .cashApprovalLabel, .cashConfirmHeading,
        .cashConfirmPrompt, .cashDoneHeading, .cashEntryLabel, .cashAmountLabel, .cashBalanceAfter, .cashVoucherLabel,
        .cashLargeValueRecorded, .cashReplayedNote, .cashAmountEmpty, .cashAmountSign, .cashAmountExponent,
        .cashAmountCharacter, .cashAmountDecimals, .cashAmountZero, .cashAmountTooLarge, .cashPurposeNeeded,
        .cashAccountNumber, .cashAmount, .cashAmountHint, .cashMemo, .cashPurposeHint, .cashNotesAndCoins,
        .cashCustomer, .cashForTicket, .depositTitle, .depositSource, .withdrawTitle, .withdrawPurpose,
        .withdrawNoSuggestion, .withdrawService, .transferTitle, .transferFrom, .transferKind, .transferKindHint,
        .transferTo, .transferPayeeName, .transferPayeeBank, .transferPayeeAccount, .transferSavePayee,
        .transferInternal, .transferExternal, .transferPickPayee, .transferPickPayeeLong, .transferFromFirst,
        .transferNoPayees, .transferPayeeChosen, .transferWillSavePayee, .transferService, .cashCounterKey,
        .cashCounterKeyLong, .voucherPending, .voucherNotFound, .voucherStillPending, .voucherRewritten,
        .approvalReasonHoldsPIN, .transferForeignExternalRefused, .cashApprovalOwnWork, .cashApprovalNobody,
        .cashApprovalAskOther, .cashApprovalAboveOwnLimit, .cashApprovalWho, .cashDayCloseConfirmDays,
        .cashDayCloseTooFar, .cashDayCloseDrawersOpen, .cashDayCloseVaultUnbalanced, .cashDayCloseTitle,
        .cashDayCloseConfirm, .cashDayCloseConfirmLong, .cashDayClosed, .cashDayCloseHeading, .cashDayCloseDrawersDone,
        .cashDayCloseVaultDone, .cashDayClosePending, .cashDayCloseBlocked, .cashDayClosePrompt, .cashDayCloseDaysLabel,
        .cashReversalOfReversal, .cashReversalDrawerClosed, .cashSessionElsewhere, .cashSessionTakenOver,
        .cashApprovalNotThisOne,
    ]
}
