/// Operators, settings, first-time setup and the audit trail.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let setupTitle = StringKey0("setupTitle", en: "First-run setup", zh: "首次设置")
    static let setupIntro = StringKey1("setupIntro",
        en: { "No branch file was found at \($0). Create the branch and its first administrator. There are no default passwords: choose a PIN only you know." },
        zh: { "在 \($0) 未找到网点数据。请创建网点及其首位系统管理员。系统没有默认密码：请设置只有您知道的密码。" })
    static let setupBranchCode = StringKey0("setupBranchCode", en: "Branch code", zh: "网点代码")
    static let setupBranchName = StringKey0("setupBranchName", en: "Branch name", zh: "网点名称")
    static let setupBusinessDate = StringKey0("setupBusinessDate", en: "Business date", zh: "营业日")
    static let setupAdminUsername = StringKey0("setupAdminUsername", en: "Administrator ID", zh: "管理员操作员号")
    static let setupAdminName = StringKey0("setupAdminName", en: "Administrator name", zh: "管理员姓名")
    static let setupPIN = StringKey0("setupPIN", en: "PIN", zh: "密码")
    static let setupPINAgain = StringKey0("setupPINAgain", en: "PIN again", zh: "再次输入密码")
    static let setupDone = StringKey2("setupDone", en: { "Branch \($0) created. Sign in as \($1)." }, zh: { "网点 \($0) 已创建。请以 \($1) 登录。" })
    static let operatorsTitle = StringKey0("operatorsTitle", en: "Operators", zh: "操作员管理")
    static let operatorsColumnID = StringKey0("operatorsColumnID", en: "ID", zh: "操作员号")
    static let operatorsColumnName = StringKey0("operatorsColumnName", en: "Name", zh: "姓名")
    static let operatorsColumnRole = StringKey0("operatorsColumnRole", en: "Role", zh: "角色")
    static let operatorsColumnState = StringKey0("operatorsColumnState", en: "State", zh: "状态")
    static let operatorsColumnLanguage = StringKey0("operatorsColumnLanguage", en: "Language", zh: "语言")
    static let operatorsStateActive = StringKey0("operatorsStateActive", en: "active", zh: "在用")
    static let operatorsStateLocked = StringKey0("operatorsStateLocked", en: "locked", zh: "已锁定")
    static let operatorsStateInactive = StringKey0("operatorsStateInactive", en: "deactivated", zh: "已停用")
    static let operatorsEmpty = StringKey0("operatorsEmpty", en: "No operators.", zh: "没有操作员。")
    static let operatorsAdd = StringKey0("operatorsAdd", en: "Add", zh: "新增")
    static let operatorsAddLong = StringKey0("operatorsAddLong", en: "Add an operator", zh: "新增操作员")
    static let operatorsResetPIN = StringKey0("operatorsResetPIN", en: "Reset PIN", zh: "重置密码")
    static let operatorsResetPINLong = StringKey0("operatorsResetPINLong",
        en: "Set a new PIN for the highlighted operator (also unlocks)",
        zh: "为选中的操作员设置新密码（同时解锁）")
    static let operatorsUnlock = StringKey0("operatorsUnlock", en: "Unlock", zh: "解锁")
    static let operatorsUnlockLong = StringKey0("operatorsUnlockLong", en: "Unlock the highlighted operator after a lockout", zh: "解除选中操作员的锁定")
    static let operatorsToggleActive = StringKey0("operatorsToggleActive", en: "(De)activate", zh: "停用/启用")
    static let operatorsToggleActiveLong = StringKey0("operatorsToggleActiveLong",
        en: "Deactivate or reactivate the highlighted operator",
        zh: "停用或重新启用选中的操作员")
    static let operatorsAddTitle = StringKey0("operatorsAddTitle", en: "Add operator", zh: "新增操作员")
    static let operatorsResetTitle = StringKey1("operatorsResetTitle", en: { "New PIN for \($0)" }, zh: { "为 \($0) 设置新密码" })
    static let operatorsDeactivateConfirm = StringKey1("operatorsDeactivateConfirm",
        en: { "Deactivate \($0)? They will not be able to sign in." },
        zh: { "确定停用 \($0)？停用后将无法登录。" })
    static let operatorsReactivateConfirm = StringKey1("operatorsReactivateConfirm", en: { "Reactivate \($0)?" }, zh: { "确定重新启用 \($0)？" })
    static let operatorsAdded = StringKey1("operatorsAdded", en: { "Operator \($0) added." }, zh: { "已新增操作员 \($0)。" })
    static let operatorsPINReset = StringKey1("operatorsPINReset", en: { "New PIN set for \($0)." }, zh: { "已为 \($0) 设置新密码。" })
    static let operatorsUnlocked = StringKey1("operatorsUnlocked", en: { "\($0) unlocked." }, zh: { "\($0) 已解锁。" })
    static let operatorsDeactivated = StringKey1("operatorsDeactivated", en: { "\($0) deactivated." }, zh: { "\($0) 已停用。" })
    static let operatorsReactivated = StringKey1("operatorsReactivated", en: { "\($0) reactivated." }, zh: { "\($0) 已重新启用。" })
    static let operatorsNotLocked = StringKey1("operatorsNotLocked", en: { "\($0) is not locked." }, zh: { "\($0) 未被锁定。" })
    static let settingsTitle = StringKey0("settingsTitle", en: "Settings", zh: "设置")
    static let settingsLanguage = StringKey0("settingsLanguage", en: "Language", zh: "语言")
    static let settingsTheme = StringKey0("settingsTheme", en: "Colour theme", zh: "配色主题")
    static let settingsIdleMinutes = StringKey0("settingsIdleMinutes", en: "Idle lock (minutes)", zh: "空闲锁屏（分钟）")
    static let settingsMaxAttempts = StringKey0("settingsMaxAttempts", en: "Wrong PINs before lockout", zh: "锁定前允许错误次数")
    static let settingsLockoutMinutes = StringKey0("settingsLockoutMinutes", en: "Lockout (minutes)", zh: "锁定时长（分钟）")
    static let settingsBranchOnly = StringKey0("settingsBranchOnly", en: "Branch settings (administrator)", zh: "网点设置（管理员）")
    static let settingsThemeProblem = StringKey1("settingsThemeProblem",
        en: { "Theme file problem: \($0). The default theme is used instead." },
        zh: { "主题文件有误：\($0)。已改用默认主题。" })
    static let auditTitle = StringKey0("auditTitle", en: "Audit trail", zh: "审计日志")
    static let auditColumnSeq = StringKey0("auditColumnSeq", en: "No.", zh: "序号")
    static let auditColumnTime = StringKey0("auditColumnTime", en: "Time", zh: "时间")
    static let auditColumnOperator = StringKey0("auditColumnOperator", en: "Operator", zh: "操作员")
    static let auditColumnAction = StringKey0("auditColumnAction", en: "Action", zh: "动作")
    static let auditColumnDetail = StringKey0("auditColumnDetail", en: "Detail", zh: "详情")
    static let auditChainOK = StringKey1("auditChainOK",
        en: { "Chain verified: \($0) \(plural($0, "record", "records")), unbroken." },
        zh: { "链校验通过：共 \($0) 条记录，完整无缺。" })
    static let auditChainBroken = StringKey1("auditChainBroken", en: { "Chain BROKEN: \($0)" }, zh: { "审计链已被破坏：\($0)" })
    static let auditVerify = StringKey0("auditVerify", en: "Verify", zh: "校验")
    static let auditVerifyLong = StringKey0("auditVerifyLong", en: "Recompute the hash chain of the whole audit trail", zh: "重新计算整个审计日志的哈希链")
    static let auditEmpty = StringKey0("auditEmpty", en: "No audit records.", zh: "没有审计记录。")
    static let settingsBusinessDate = StringKey0("settingsBusinessDate", en: "Business date", zh: "营业日")
    static let settingsBusinessDateHint = StringKey0("settingsBusinessDateHint",
        en: "Day close: move the branch to the next business date (ticket numbers restart).",
        zh: "日终：将网点调整到下一个营业日（号票重新编号）。")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let administrationKeys: [StringKey] = [
        .setupTitle, .setupIntro, .setupBranchCode, .setupBranchName, .setupBusinessDate, .setupAdminUsername,
        .setupAdminName, .setupPIN, .setupPINAgain, .setupDone, .operatorsTitle, .operatorsColumnID,
        .operatorsColumnName, .operatorsColumnRole, .operatorsColumnState, .operatorsColumnLanguage,
        .operatorsStateActive, .operatorsStateLocked, .operatorsStateInactive, .operatorsEmpty, .operatorsAdd,
        .operatorsAddLong, .operatorsResetPIN, .operatorsResetPINLong, .operatorsUnlock, .operatorsUnlockLong,
        .operatorsToggleActive, .operatorsToggleActiveLong, .operatorsAddTitle, .operatorsResetTitle,
        .operatorsDeactivateConfirm, .operatorsReactivateConfirm, .operatorsAdded, .operatorsPINReset,
        .operatorsUnlocked, .operatorsDeactivated, .operatorsReactivated, .operatorsNotLocked, .settingsTitle,
        .settingsLanguage, .settingsTheme, .settingsIdleMinutes, .settingsMaxAttempts, .settingsLockoutMinutes,
        .settingsBranchOnly, .settingsThemeProblem, .auditTitle, .auditColumnSeq, .auditColumnTime,
        .auditColumnOperator, .auditColumnAction, .auditColumnDetail, .auditChainOK, .auditChainBroken, .auditVerify,
        .auditVerifyLong, .auditEmpty, .settingsBusinessDate, .settingsBusinessDateHint,
    ]
}
