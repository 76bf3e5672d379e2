/// What the store, the branch key and the audit chain say when something is wrong with the files.
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
    static let storeNotADatabase = StringKey1("storeNotADatabase",
        en: { "teller: \($0) is not a teller branch file. It was not changed." },
        zh: { "teller：\($0) 不是柜员网点数据文件。文件未被改动。" })
    static let storeCorrupt = StringKey2("storeCorrupt",
        en: { "teller: \($0) is damaged (\($1)). It was not changed; restore it from a backup." },
        zh: { "teller：\($0) 已损坏（\($1)）。文件未被改动，请从备份恢复。" })
    static let storeNewerSchema = StringKey3("storeNewerSchema",
        en: { "teller: \($0) was written by a newer teller (schema \($1); this one knows up to \($2)). It was not changed; use a newer teller." },
        zh: { "teller：\($0) 由更新版本的 teller 写入（结构版本 \($1)，本程序最高支持 \($2)）。文件未被改动，请使用更新版本。" })
    static let storeCannotOpen = StringKey2("storeCannotOpen", en: { "teller: cannot open \($0): \($1)" }, zh: { "teller：无法打开 \($0)：\($1)" })
    static let storeDiskFull = StringKey1("storeDiskFull",
        en: { "Disk full — nothing was saved (\($0)). Ask the administrator to free space on the branch server, then try again." },
        zh: { "磁盘已满——未保存任何内容（\($0)）。请联系管理员释放网点服务器空间后重试。" })
    static let unlockNotRecorded = StringKey1("unlockNotRecorded",
        en: { "Unlocked, but the unlock could not be recorded in the audit trail: \($0)" },
        zh: { "已解锁，但无法在审计记录中记下本次解锁：\($0)" })
    static let keyFileUnsafe = StringKey2("keyFileUnsafe",
        en: { "The branch key \($0) can be read or changed by other users (mode \($1)): make it private with chmod 600 \($0), then start again." },
        zh: { "网点密钥 \($0) 可被其他用户读取或修改（权限 \($1)）：请执行 chmod 600 \($0) 使其私有，然后重新启动。" })
    static let keyFileMalformed = StringKey1("keyFileMalformed",
        en: { "The branch key \($0) is damaged: it must hold exactly 64 hexadecimal digits. Restore it from your backup." },
        zh: { "网点密钥 \($0) 已损坏：它必须恰好包含 64 位十六进制数字。请从备份中恢复。" })
    static let keyFileUnreadable = StringKey2("keyFileUnreadable",
        en: { "The branch key \($0) cannot be read: \($1). Check the file and its permissions." },
        zh: { "无法读取网点密钥 \($0)：\($1)。请检查该文件及其权限。" })
    static let keyFileCannotCreate = StringKey2("keyFileCannotCreate",
        en: { "The branch key \($0) cannot be created: \($1). Nothing was saved; check the folder and its permissions." },
        zh: { "无法创建网点密钥 \($0)：\($1)。未保存任何内容；请检查该文件夹及其权限。" })
    static let keyMissing = StringKey1("keyMissing",
        en: { "The branch key was not found at \($0). This branch's audit trail is sealed with it: restore the key file from your backup, or give it with --key PATH or TELLER_KEY_FILE. Nothing was changed." },
        zh: { "在 \($0) 找不到网点密钥。本网点的审计记录由该密钥封存：请从备份中恢复密钥文件，或用 --key 路径 或 TELLER_KEY_FILE 指定。未做任何更改。" })
    static let storeNeedsMigration = StringKey3("storeNeedsMigration",
        en: { "teller: \($0) has schema version \($1) and must be upgraded to \($2) before it can be checked, but it was opened read-only. Open a writable copy once with this version of teller, then check that copy." },
        zh: { "teller：\($0) 的结构版本为 \($1)，需升级到 \($2) 后才能检查，但它以只读方式打开。请先用本版本 teller 打开一份可写副本，然后检查该副本。" })
    static let storeKeyMissing = StringKey0("storeKeyMissing",
        en: "Nothing can be recorded: the branch key is not available. Restore the key file, or give it with --key PATH or TELLER_KEY_FILE.",
        zh: "无法记录：网点密钥不可用。请恢复密钥文件，或用 --key 路径 或 TELLER_KEY_FILE 指定。")
    static let dayEndChainHead = StringKey1("dayEndChainHead", en: { "Audit chain head: \($0)" }, zh: { "审计链头：\($0)" })
    static let seedingTrainingOnly = StringKey0("seedingTrainingOnly",
        en: "Seeding customer PINs is for training branches only; at a real branch set a PIN at the counter with a supervisor.",
        zh: "只有培训网点可以批量预置客户密码；正式网点请在柜台经主管批准后设置密码。")
    static let keyLegacyChainBesideKey = StringKey2("keyLegacyChainBesideKey",
        en: { "The audit trail of \($0) is not keyed, yet its branch key \($1) already exists: the trail was rehashed without the key, or another terminal is sealing it at this moment. Try again in a minute; if this message stays, run teller verify and call your auditor. Nothing was changed." },
        zh: { "\($0) 的审计记录未加密钥封存，但其网点密钥 \($1) 已经存在：审计记录被人在没有密钥的情况下重算过，或另一终端此刻正在封存。请一分钟后重试；如果仍出现本提示，请运行 teller verify 并联系审计人员。未做任何更改。" })
    static let storeCredentialTampered = StringKey1("storeCredentialTampered",
        en: { "Refused: the sign-in record of operator \($0) (username, role, active flag or PIN hash) was changed outside the program, without the branch key. Nothing was done; ask the administrator to run teller verify and restore the branch file from a backup." },
        zh: { "已拒绝：操作员 \($0) 的登录记录（用户名、角色、启用状态或密码散列）被人绕过网点密钥在程序之外改写。未做任何操作；请管理员运行 teller verify，并从备份恢复网点文件。" })
    static let storeCustomerCredentialTampered = StringKey1("storeCustomerCredentialTampered",
        en: { "Refused: the PIN or one-time-code record of customer \($0) was changed outside the program, without the branch key. Nothing was done; ask the administrator to run teller verify and restore the branch file from a backup." },
        zh: { "已拒绝：客户 \($0) 的密码或动态码记录被人绕过网点密钥在程序之外改写。未做任何操作；请管理员运行 teller verify，并从备份恢复网点文件。" })
    static let storeWaiting = StringKey0("storeWaiting",
        en: "Another terminal is writing to the branch file; waiting…", zh: "其他终端正在写入网点数据，请稍候…")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let faultsKeys: [StringKey] = [
        .storeNotADatabase, .storeCorrupt, .storeNewerSchema, .storeCannotOpen, .storeDiskFull, .unlockNotRecorded,
        .keyFileUnsafe, .keyFileMalformed, .keyFileUnreadable, .keyFileCannotCreate, .keyMissing, .storeNeedsMigration,
        .storeKeyMissing, .dayEndChainHead, .seedingTrainingOnly, .keyLegacyChainBesideKey, .storeCredentialTampered,
        .storeCustomerCredentialTampered, .storeWaiting,
    ]
}
