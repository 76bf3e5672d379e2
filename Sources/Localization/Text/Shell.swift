/// The global keys, the main menu, sign-in, the lock panel, help and leaving.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let keyHelp = StringKey0("keyHelp", en: "Help", zh: "帮助")
    static let keyHelpLong = StringKey0("keyHelpLong", en: "Show the keys that work on this screen", zh: "显示本屏幕可用的按键")
    static let keyLanguage = StringKey0("keyLanguage", en: "中文", zh: "English")
    static let keyLanguageLong = StringKey0("keyLanguageLong", en: "Switch language between English and Chinese", zh: "在中文和英文之间切换")
    static let keyTheme = StringKey0("keyTheme", en: "Theme", zh: "主题")
    static let keyThemeLong = StringKey0("keyThemeLong", en: "Switch to the next colour theme", zh: "切换到下一个配色主题")
    static let keyLock = StringKey0("keyLock", en: "Lock", zh: "锁屏")
    static let keyLockLong = StringKey0("keyLockLong", en: "Lock this terminal; your PIN unlocks it", zh: "锁定终端，输入 PIN 解锁")
    static let keyGoTo = StringKey0("keyGoTo", en: "Go to", zh: "跳转")
    static let keyGoToLong = StringKey0("keyGoToLong", en: "Jump to any screen you may use", zh: "跳转到任一可用屏幕")
    static let keyBack = StringKey0("keyBack", en: "Back", zh: "返回")
    static let keyBackLong = StringKey0("keyBackLong", en: "Go back to the previous screen", zh: "返回上一屏")
    static let keyQuit = StringKey0("keyQuit", en: "Quit", zh: "退出")
    static let keyQuitLong = StringKey0("keyQuitLong", en: "Sign out and quit the program", zh: "注销并退出程序")
    static let keySignOut = StringKey0("keySignOut", en: "Sign out", zh: "注销")
    static let keySignOutLong = StringKey0("keySignOutLong", en: "Sign out and return to the sign-in screen", zh: "注销并返回登录屏幕")
    static let keyRedraw = StringKey0("keyRedraw", en: "Redraw", zh: "重绘")
    static let keyRedrawLong = StringKey0("keyRedrawLong", en: "Redraw the whole screen", zh: "重新绘制整个屏幕")
    static let keySubmit = StringKey0("keySubmit", en: "Confirm", zh: "确认")
    static let keySubmitLong = StringKey0("keySubmitLong", en: "Check the form and confirm", zh: "检查表单并确认")
    static let keyNextField = StringKey0("keyNextField", en: "Next field", zh: "下一项")
    static let keyNextFieldLong = StringKey0("keyNextFieldLong", en: "Move to the next field (Shift-Tab goes back)", zh: "移到下一项（Shift-Tab 返回上一项）")
    static let keySelect = StringKey0("keySelect", en: "Select", zh: "选择")
    static let keySelectLong = StringKey0("keySelectLong", en: "Open the highlighted item", zh: "打开选中的项目")
    static let helpTitle = StringKey0("helpTitle", en: "Help", zh: "帮助")
    static let helpThisScreen = StringKey0("helpThisScreen", en: "Keys on this screen", zh: "本屏幕按键")
    static let helpEverywhere = StringKey0("helpEverywhere", en: "Keys everywhere", zh: "全局按键")
    static let helpClose = StringKey0("helpClose", en: "↑↓ PgUp PgDn scroll · any other key closes help", zh: "↑↓ PgUp PgDn 滚动 · 按其他任意键关闭帮助")
    static let goToTitle = StringKey0("goToTitle", en: "Go to screen", zh: "跳转屏幕")
    static let goToHint = StringKey0("goToHint", en: "Pick a screen with ↑↓ and Enter, or its letter; Esc closes.", zh: "用 ↑↓ 和回车选择，或按字母；Esc 关闭。")
    static let loginTitle = StringKey0("loginTitle", en: "Sign in", zh: "登录")
    static let loginUsername = StringKey0("loginUsername", en: "Operator ID", zh: "操作员号")
    static let loginPIN = StringKey0("loginPIN", en: "PIN", zh: "密码")
    static let loginHint = StringKey0("loginHint", en: "Enter your operator ID and PIN, then press Enter.", zh: "请输入操作员号和密码，然后按回车。")
    static let loginDemoHeader = StringKey0("loginDemoHeader", en: "Demo operators (training branch only)", zh: "演示操作员（仅限培训网点）")
    static let loginDemoColumns = StringKey0("loginDemoColumns", en: "ID          PIN       Role", zh: "操作员号    密码      角色")
    static let loginBadCredentials = StringKey0("loginBadCredentials",
        en: "Operator ID or PIN is wrong, or the ID is locked.",
        zh: "操作员号或密码错误，或该号已被锁定。")
    static let loginAttemptsLeft = StringKey1("loginAttemptsLeft",
        en: { "Operator ID or PIN is wrong. \($0) \(plural($0, "attempt", "attempts")) left before the operator is locked." },
        zh: { "操作员号或密码错误。再错 \($0) 次将锁定该操作员。" })
    static let loginLocked = StringKey1("loginLocked",
        en: { "This operator is locked until \($0) after too many wrong PINs. An administrator can unlock it sooner." },
        zh: { "密码错误次数过多，该操作员已锁定至 \($0)。可请系统管理员提前解锁。" })
    static let loginNowLocked = StringKey1("loginNowLocked",
        en: { "Too many wrong PINs: this operator is now locked for \($0) \(plural($0, "minute", "minutes"))." },
        zh: { "密码错误次数过多：该操作员已被锁定 \($0) 分钟。" })
    static let loginInactive = StringKey0("loginInactive", en: "This operator has been deactivated. Ask an administrator.", zh: "该操作员已停用，请联系系统管理员。")
    static let loginQuitHint = StringKey2("loginQuitHint",
        en: { "\($0) or \($1) quits." },
        zh: { "按 \($0) 或 \($1) 退出。" })
    static let lockTitle = StringKey0("lockTitle", en: "Terminal locked", zh: "终端已锁定")
    static let lockMessage = StringKey2("lockMessage",
        en: { "Locked for \($0). Enter the PIN to continue, or \($1) to sign out." },
        zh: { "已为 \($0) 锁定。输入密码继续，或按 \($1) 注销。" })
    static let lockIdle = StringKey1("lockIdle",
        en: { "Locked after \($0) \(plural($0, "minute", "minutes")) without a key press." },
        zh: { "\($0) 分钟无操作，已自动锁定。" })
    static let menuTitle = StringKey0("menuTitle", en: "Main menu", zh: "主菜单")
    static let menuWelcome = StringKey2("menuWelcome", en: { "Welcome, \($0) (\($1))." }, zh: { "欢迎，\($0)（\($1)）。" })
    static let menuOperators = StringKey0("menuOperators", en: "Operators", zh: "操作员管理")
    static let menuSettings = StringKey0("menuSettings", en: "Settings", zh: "设置")
    static let menuAudit = StringKey0("menuAudit", en: "Audit trail", zh: "审计日志")
    static let menuLock = StringKey0("menuLock", en: "Lock terminal", zh: "锁定终端")
    static let menuSignOut = StringKey0("menuSignOut", en: "Sign out", zh: "注销")
    static let menuQuit = StringKey0("menuQuit", en: "Quit", zh: "退出程序")
    static let menuReception = StringKey0("menuReception", en: "Reception", zh: "大堂接待")
    static let menuCounter = StringKey0("menuCounter", en: "Counter", zh: "柜台")
    static let menuCustomers = StringKey0("menuCustomers", en: "Customers", zh: "客户")
    static let menuLobby = StringKey0("menuLobby", en: "Lobby board", zh: "叫号显示屏")
    static let menuIdentity = StringKey0("menuIdentity", en: "Identity check", zh: "证件核验")
    static let menuReviews = StringKey0("menuReviews", en: "Reviews", zh: "复核")
    static let menuCash = StringKey0("menuCash", en: "Cash and transfers", zh: "现金与转账")
    static let menuComplaints = StringKey0("menuComplaints", en: "Complaints and care", zh: "投诉与客户关怀")
    static let menuDashboard = StringKey0("menuDashboard", en: "KPI dashboard", zh: "运营指标看板")
    static let leaveFormTitle = StringKey0("leaveFormTitle", en: "Leave this form?", zh: "离开此表单？")
    static let leaveFormMessage = StringKey0("leaveFormMessage",
        en: "What you typed here has not been saved and will be lost if you leave.",
        zh: "填写的内容尚未保存，离开将会丢失。")
    static let leaveFormYes = StringKey0("leaveFormYes", en: "Leave", zh: "离开")
    static let leaveFormNo = StringKey0("leaveFormNo", en: "Stay", zh: "留下")
    static let keyReprintVoucher = StringKey0("keyReprintVoucher", en: "Write voucher", zh: "写入凭证")
    static let keyReprintVoucherLong = StringKey0("keyReprintVoucherLong",
        en: "Write this entry's voucher file again from the stored voucher (the same text; recorded in the audit trail)",
        zh: "根据已保存的凭证重新写入此分录的凭证文件（内容相同；记入审计记录）")
    static let uiHelpNoScreenKeys = StringKey0("uiHelpNoScreenKeys",
        en: "This screen has no keys of its own; the keys below work here.",
        zh: "本屏幕没有专用按键，下列全局按键在此可用。")
    static let uiHelpMenuMove = StringKey0("uiHelpMenuMove", en: "Move the highlight", zh: "移动高亮")
    static let uiLeaveCounterQuitTitle = StringKey0("uiLeaveCounterQuitTitle", en: "Quit with a customer called?", zh: "有客户已叫号，确定退出？")
    static let uiLeaveCounterSignOutTitle = StringKey0("uiLeaveCounterSignOutTitle", en: "Sign out with a customer called?", zh: "有客户已叫号，确定注销？")
    static let uiLeaveCounterMessage = StringKey1("uiLeaveCounterMessage",
        en: { "Ticket \($0) is called to your counter. Leaving now closes the counter: a ticket being served is finished as referred, a called one goes back to the queue." },
        zh: { "票号 \($0) 已叫到您的柜台。现在离开会关闭柜台：正在办理的票号记为转介并结束，已叫号未办理的退回队列。" })
    static let uiLeaveQuitTitle = StringKey0("uiLeaveQuitTitle", en: "Quit teller?", zh: "退出程序？")
    static let uiLeaveQuitMessage = StringKey0("uiLeaveQuitMessage", en: "What you typed here will be lost.", zh: "已输入的内容将会丢失。")
    static let uiHelpCustomersEnter = StringKey0("uiHelpCustomersEnter",
        en: "Search for what you typed; when the search text is unchanged, open the highlighted customer's panel",
        zh: "按输入内容查找；查找内容未改动时，打开高亮客户的详情")
    static let uiHelpCustomersMove = StringKey0("uiHelpCustomersMove", en: "Highlight another customer in the results", zh: "在查找结果中移动高亮")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let shellKeys: [StringKey] = [
        .keyHelp, .keyHelpLong, .keyLanguage, .keyLanguageLong, .keyTheme, .keyThemeLong, .keyLock, .keyLockLong,
        .keyGoTo, .keyGoToLong, .keyBack, .keyBackLong, .keyQuit, .keyQuitLong, .keySignOut, .keySignOutLong,
        .keyRedraw, .keyRedrawLong, .keySubmit, .keySubmitLong, .keyNextField, .keyNextFieldLong, .keySelect,
        .keySelectLong, .helpTitle, .helpThisScreen, .helpEverywhere, .helpClose, .goToTitle, .goToHint, .loginTitle,
        .loginUsername, .loginPIN, .loginHint, .loginDemoHeader, .loginDemoColumns, .loginBadCredentials,
        .loginAttemptsLeft, .loginLocked, .loginNowLocked, .loginInactive, .loginQuitHint, .lockTitle, .lockMessage,
        .lockIdle, .menuTitle, .menuWelcome, .menuOperators, .menuSettings, .menuAudit, .menuLock, .menuSignOut,
        .menuQuit, .menuReception, .menuCounter, .menuCustomers, .menuLobby, .menuIdentity, .menuReviews, .menuCash,
        .menuComplaints, .menuDashboard, .leaveFormTitle, .leaveFormMessage, .leaveFormYes, .leaveFormNo,
        .keyReprintVoucher, .keyReprintVoucherLong, .uiHelpNoScreenKeys, .uiHelpMenuMove, .uiLeaveCounterQuitTitle,
        .uiLeaveCounterSignOutTitle, .uiLeaveCounterMessage, .uiLeaveQuitTitle, .uiLeaveQuitMessage,
        .uiHelpCustomersEnter, .uiHelpCustomersMove,
    ]
}
