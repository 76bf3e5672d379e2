/// The `teller` command line: usage, options and maintenance commands.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let cliUsage = StringKey2("cliUsage",
        en: { "Usage: teller [COMMAND] [OPTIONS]\n\nA terminal teller workstation for a bank branch.\n\nCommands:\n  (none)          run the workstation\n  demo-reset      reset the training branch to its seed data\n  verify          check the books and the audit chain and exit (0 = consistent)\n  watchlist-import FILE  replace the compliance watch list from a CSV file\n                  (asks for a supervisor's or administrator's ID and PIN)\n  unlock-operator ID  lift an operator's lockout (asks for an administrator's\n                  ID and PIN; works even while that administrator is locked)\n  board           lobby wall display: the queue board, no sign-in, Ctrl-Q closes\n  report          print the KPI figures for a period (default: today)\n  loan-calc       print a loan schedule; no sign-in, no branch file:\n                  --principal AMOUNT --rate PERCENT --months N\n                  --method equal-instalment, equal-principal or interest-only\n                  [--start YYYY-MM-DD] [--format table, csv or json]\n\nOptions:\n  --db PATH       branch file (default: \($0))\n  --demo          open the training branch (never the real branch file)\n  --theme ID      colour theme: \($1)\n  --lang LANG     language: en or zh\n  --from DATE     report: first day, YYYY-MM-DD (default: today)\n  --to DATE       report: last day, included (default: today, or --from if later)\n  --format FMT    report: table, csv or json (default: table)\n  --compare-from DATE, --compare-to DATE\n                  report: compare with this period (A the earlier, B the later)\n  --key PATH      branch key file (default: $XDG_CONFIG_HOME/teller/keys/ID.key; --demo: beside the file)\n  --head SEQ:HASH verify: check the chain head written down from a day-end report\n  --help          show this help\n  --version       show the version\n\nEnvironment: TELLER_DB, TELLER_KEY_FILE, TELLER_THEME, TELLER_THEMES_DIR, NO_COLOR, LANG." },
        zh: { "用法：teller [命令] [选项]\n\n银行网点终端柜员工作站。\n\n命令：\n  （无）          运行工作站\n  demo-reset      将培训网点重置为初始演示数据\n  verify          校验审计链后退出（0 = 完整）\n  watchlist-import FILE  从 CSV 文件替换合规名单\n                  （须输入主管或管理员的操作员号和密码）\n  unlock-operator ID  解除操作员锁定（须输入管理员的操作员号和密码；\n                  该管理员本人被锁定时也可使用）\n  board           大堂叫号显示屏：无需登录，Ctrl-Q 关闭\n  report          输出某一期间的运营指标（默认：今天）\n  loan-calc       输出贷款还款计划；无需登录，无需网点文件：\n                  --principal 金额 --rate 年利率百分数 --months 月数\n                  --method equal-instalment、equal-principal 或 interest-only\n                  [--start YYYY-MM-DD] [--format table、csv 或 json]\n\n选项：\n  --db PATH       网点数据文件（默认：\($0)）\n  --demo          打开培训网点（绝不打开正式网点文件）\n  --theme ID      配色主题：\($1)\n  --lang LANG     语言：en 或 zh\n  --from DATE     report：开始日期 YYYY-MM-DD（默认：今天）\n  --to DATE       report：结束日期，含当天（默认：今天；--from 晚于今天时为 --from）\n  --format FMT    report：table、csv 或 json（默认：table）\n  --compare-from 日期, --compare-to 日期\n                  report：与该期间对比（A 为较早期间，B 为较晚期间）\n  --key 路径      网点密钥文件（默认：$XDG_CONFIG_HOME/teller/keys/ID.key；--demo：与文件同目录）\n  --head 序号:哈希 verify：核对从日终报告记下的链头\n  --help          显示本帮助\n  --version       显示版本\n\n环境变量：TELLER_DB、TELLER_KEY_FILE、TELLER_THEME、TELLER_THEMES_DIR、NO_COLOR、LANG。" })
    static let cliUnknownOption = StringKey1("cliUnknownOption",
        en: { "teller: unknown option '\($0)'. Try 'teller --help'." },
        zh: { "teller：未知选项“\($0)”。请运行 teller --help 查看用法。" })
    static let cliUnknownCommand = StringKey1("cliUnknownCommand",
        en: { "teller: unknown command '\($0)'. Try 'teller --help'." },
        zh: { "teller：未知命令“\($0)”。请运行 teller --help 查看用法。" })
    static let cliMissingValue = StringKey1("cliMissingValue",
        en: { "teller: option \($0) needs a value. Try 'teller --help'." },
        zh: { "teller：选项 \($0) 需要一个值。请运行 teller --help 查看用法。" })
    static let cliBadTheme = StringKey2("cliBadTheme",
        en: { "teller: no theme '\($0)'. Available themes: \($1)." },
        zh: { "teller：没有名为“\($0)”的主题。可用主题：\($1)。" })
    static let cliBadLanguage = StringKey1("cliBadLanguage",
        en: { "teller: unknown language '\($0)'. Use en or zh." },
        zh: { "teller：未知语言“\($0)”。请使用 en 或 zh。" })
    static let cliEmptyPath = StringKey0("cliEmptyPath", en: "teller: --db needs a file path, not an empty value.", zh: "teller：--db 需要文件路径，不能为空。")
    static let cliNotATerminal = StringKey0("cliNotATerminal",
        en: "teller: standard input and output must be a terminal to run the workstation.",
        zh: "teller：运行工作站需要在终端中（标准输入输出须为终端）。")
    static let cliDemoReset = StringKey1("cliDemoReset", en: { "Training branch reset to its seed data: \($0)" }, zh: { "培训网点已重置为初始演示数据：\($0)" })
    static let cliDemoRefusesRealFile = StringKey1("cliDemoRefusesRealFile",
        en: { "teller: \($0) is a real branch file; demo mode never opens a real branch file. Choose another --db path." },
        zh: { "teller：\($0) 是正式网点文件，演示模式绝不打开正式网点文件。请换一个 --db 路径。" })
    static let cliRealRefusesTraining = StringKey1("cliRealRefusesTraining",
        en: { "Note: \($0) is a training branch file." },
        zh: { "注意：\($0) 是培训网点文件。" })
    static let cliAuditIntact = StringKey1("cliAuditIntact",
        en: { "Audit chain intact: \($0) \(plural($0, "record", "records"))." },
        zh: { "审计链完整：共 \($0) 条记录。" })
    static let cliAuditBroken = StringKey0("cliAuditBroken", en: "Audit chain broken:", zh: "审计链已被破坏：")
    static let cliNoBranch = StringKey1("cliNoBranch",
        en: { "teller: \($0) has no branch yet; run teller without a command to set it up." },
        zh: { "teller：\($0) 尚未创建网点；请直接运行 teller 进行设置。" })
    static let cliWatchListImported = StringKey2("cliWatchListImported",
        en: { "Watch list replaced: \($0) \(plural($0, "entry", "entries")) loaded into \($1)." },
        zh: { "名单已替换：已向 \($1) 载入 \($0) 条记录。" })
    static let cliBooksBalanced = StringKey1("cliBooksBalanced",
        en: { "Books consistent: \($0) journal \(plural($0, "entry", "entries")); every entry balances, every balance, drawer and reversal checks out." },
        zh: { "账务一致：共 \($0) 笔流水；每笔借贷平衡，余额、尾箱与冲正均核对无误。" })
    static let cliBooksBroken = StringKey1("cliBooksBroken",
        en: { "Books inconsistent (\($0) \(plural($0, "problem", "problems"))):" },
        zh: { "账务不一致（\($0) 处问题）：" })
    static let cliBadDate = StringKey2("cliBadDate",
        en: { "option \($0) needs a date written YYYY-MM-DD (for example 2026-03-02), not '\($1)'" },
        zh: { "选项 \($0) 需要 YYYY-MM-DD 格式的日期（例如 2026-03-02），而不是“\($1)”" })
    static let cliBadFormat = StringKey1("cliBadFormat",
        en: { "unknown report format '\($0)': use table, csv or json" },
        zh: { "未知的报表格式“\($0)”：请使用 table、csv 或 json" })
    static let cliDateOrder = StringKey2("cliDateOrder",
        en: { "--to \($0) is before --from \($1): give the earlier date with --from" },
        zh: { "--to \($0) 早于 --from \($1)：请用 --from 指定较早的日期" })
    static let cliReportOnly = StringKey1("cliReportOnly",
        en: { "option \($0) only works with the report command (teller report \($0) ...)" },
        zh: { "选项 \($0) 只能用于 report 命令（teller report \($0) ...）" })
    static let cliFolderMissing = StringKey1("cliFolderMissing",
        en: { "The folder \($0) does not exist, so the branch file cannot be created there. Create the folder first, or give another path with --db (teller creates only its own data folder)." },
        zh: { "文件夹 \($0) 不存在，无法在其中创建网点文件。请先创建该文件夹，或用 --db 指定其他路径（teller 只会创建它自己的数据文件夹）。" })
    static let cliVouchersMissing = StringKey1("cliVouchersMissing",
        en: { "Warning: \($0) voucher files are missing (their text is stored; the workstation writes those of the last 7 days at start, r on a result or v in the journal writes one):" },
        zh: { "警告：缺少 \($0) 个凭证文件（内容已保存；工作站启动时会写入最近 7 天的，结果界面按 r 或电子日志按 v 可写入单个）：" })
    static let cliVouchersMore = StringKey1("cliVouchersMore", en: { "… and \($0) more" }, zh: { "……另有 \($0) 个" })
    static let cliChainHead = StringKey2("cliChainHead",
        en: { "Audit chain head: entry \($0), hash \($1). Write it down; later `teller verify --head \($0):\($1)` proves the trail up to it is unchanged." },
        zh: { "审计链头：第 \($0) 条，哈希 \($1)。请记下；以后用 `teller verify --head \($0):\($1)` 可证明截至该条的记录未被改动。" })
    static let cliKeyUsed = StringKey1("cliKeyUsed", en: { "Branch key: \($0)" }, zh: { "网点密钥：\($0)" })
    static let cliKeyNotFound = StringKey1("cliKeyNotFound",
        en: { "The branch key was not found (\($0)): the audit chain cannot be proved. Give the key with --key PATH or TELLER_KEY_FILE." },
        zh: { "找不到网点密钥（\($0)）：无法证明审计链完整。请用 --key 路径 或 TELLER_KEY_FILE 指定密钥。" })
    static let cliBadHead = StringKey1("cliBadHead",
        en: { "--head \($0) is not a chain head: write it as SEQ:HASH, e.g. 1042:3f9a0c… (at least 16 hex digits), as printed on a day-end report." },
        zh: { "--head \($0) 不是有效的链头：请写成 序号:哈希，例如 1042:3f9a0c…（至少 16 位十六进制），与日终报告上印的一致。" })
    static let cliVerifyOnly = StringKey1("cliVerifyOnly", en: { "\($0) only works with the verify command." }, zh: { "\($0) 只能与 verify 命令一起使用。" })
    static let cliUnlocked = StringKey2("cliUnlocked",
        en: { "Operator \($0) is unlocked; recorded in the audit trail as unlocked by \($1)." },
        zh: { "操作员 \($0) 已解锁；已记入审计记录，解锁人 \($1)。" })
    static let cliCredentialsPrompt = StringKey1("cliCredentialsPrompt", en: { "ID of \($0): " }, zh: { "\($0)操作员号：" })
    static let cliPINPrompt = StringKey0("cliPINPrompt", en: "PIN: ", zh: "密码：")
    static let cliCredentialsMissing = StringKey1("cliCredentialsMissing",
        en: { "This command needs the ID and PIN of \($0), typed at the terminal (or on standard input). Nothing was changed." },
        zh: { "此命令需要\($0)在终端（或标准输入）输入操作员号和密码。未做任何更改。" })
    static let cliRoleSupervisor = StringKey0("cliRoleSupervisor", en: "a supervisor or administrator", zh: "主管或管理员")
    static let cliRoleAdministrator = StringKey0("cliRoleAdministrator", en: "an administrator", zh: "管理员")
    static let cliNotPermitted = StringKey2("cliNotPermitted",
        en: { "\($0) may not do this: it needs \($1). Nothing was changed." },
        zh: { "\($0)无权执行此操作：需要\($1)。未做任何更改。" })
    static let cliOperatorUnknown = StringKey1("cliOperatorUnknown",
        en: { "There is no operator \($0) in this branch file. Nothing was changed." },
        zh: { "本网点文件中没有操作员 \($0)。未做任何更改。" })
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let commandLineKeys: [StringKey] = [
        .cliUsage, .cliUnknownOption, .cliUnknownCommand, .cliMissingValue, .cliBadTheme, .cliBadLanguage,
        .cliEmptyPath, .cliNotATerminal, .cliDemoReset, .cliDemoRefusesRealFile, .cliRealRefusesTraining,
        .cliAuditIntact, .cliAuditBroken, .cliNoBranch, .cliWatchListImported, .cliBooksBalanced, .cliBooksBroken,
        .cliBadDate, .cliBadFormat, .cliDateOrder, .cliReportOnly, .cliFolderMissing, .cliVouchersMissing,
        .cliVouchersMore, .cliChainHead, .cliKeyUsed, .cliKeyNotFound, .cliBadHead, .cliVerifyOnly, .cliUnlocked,
        .cliCredentialsPrompt, .cliPINPrompt, .cliCredentialsMissing, .cliRoleSupervisor, .cliRoleAdministrator,
        .cliNotPermitted, .cliOperatorUnknown,
    ]
}
