/// What is printed on paper the customer or the auditor keeps: vouchers, the
/// drawer sign-off, the cash position report and the complaint receipt. Printed
/// in both languages (`BothLanguages`), so each label is one key with both texts.
public extension StringKey {
    static let voucherTitleAccountOpening = StringKey0("voucherTitleAccountOpening", en: "ACCOUNT OPENING VOUCHER", zh: "开户凭证")
    static let voucherTitleCashDeposit = StringKey0("voucherTitleCashDeposit", en: "CASH DEPOSIT VOUCHER", zh: "现金存款凭证")
    static let voucherTitleCashWithdrawal = StringKey0("voucherTitleCashWithdrawal", en: "CASH WITHDRAWAL VOUCHER", zh: "现金取款凭证")
    static let voucherTitleTransfer = StringKey0("voucherTitleTransfer", en: "TRANSFER VOUCHER", zh: "转账凭证")
    static let voucherTitleReversal = StringKey0("voucherTitleReversal", en: "REVERSAL VOUCHER", zh: "冲正凭证")
    static let voucherTitleDrawerFloat = StringKey0("voucherTitleDrawerFloat", en: "DRAWER FLOAT VOUCHER", zh: "尾箱备用金领用凭证")
    static let voucherTitleFromVault = StringKey0("voucherTitleFromVault", en: "CASH FROM VAULT VOUCHER", zh: "尾箱向金库领现凭证")
    static let voucherTitleToVault = StringKey0("voucherTitleToVault", en: "CASH TO VAULT VOUCHER", zh: "尾箱向金库缴现凭证")
    static let voucherTitleVaultReceipt = StringKey0("voucherTitleVaultReceipt", en: "VAULT RECEIPT VOUCHER", zh: "金库入库凭证")
    static let voucherTitleCashMovement = StringKey0("voucherTitleCashMovement", en: "CASH MOVEMENT VOUCHER", zh: "现金调拨凭证")
    static let voucherTitleDrawerSignOff = StringKey0("voucherTitleDrawerSignOff", en: "DRAWER SIGN-OFF", zh: "尾箱日终签退")
    static let voucherNumber = StringKey0("voucherNumber", en: "Voucher No.", zh: "凭证号")
    static let voucherEntry = StringKey0("voucherEntry", en: "Entry", zh: "流水号")
    static let voucherBranch = StringKey0("voucherBranch", en: "Branch", zh: "网点")
    static let voucherDate = StringKey0("voucherDate", en: "Date", zh: "日期")
    static let voucherBusinessDate = StringKey0("voucherBusinessDate", en: "Business date", zh: "营业日")
    static let voucherAmount = StringKey0("voucherAmount", en: "Amount", zh: "金额")
    static let voucherInWords = StringKey0("voucherInWords", en: "In words", zh: "大写")
    static let voucherCustomer = StringKey0("voucherCustomer", en: "Customer", zh: "客户")
    static let voucherAccount = StringKey0("voucherAccount", en: "Account", zh: "账号")
    static let voucherNotesAndCoins = StringKey0("voucherNotesAndCoins", en: "Notes and coins", zh: "券别")
    static let voucherBalanceAfter = StringKey0("voucherBalanceAfter", en: "Balance after", zh: "余额")
    static let voucherSourcePurpose = StringKey0("voucherSourcePurpose", en: "Source/purpose", zh: "资金来源/用途")
    static let voucherTeller = StringKey0("voucherTeller", en: "Teller", zh: "柜员")
    static let voucherApprovedBy = StringKey0("voucherApprovedBy", en: "Approved by", zh: "授权")
    static let voucherCustomerSignature = StringKey0("voucherCustomerSignature", en: "Customer signature", zh: "客户签名")
    static let voucherPayer = StringKey0("voucherPayer", en: "Payer", zh: "付款人")
    static let voucherPayee = StringKey0("voucherPayee", en: "Payee", zh: "收款人")
    static let voucherMemo = StringKey0("voucherMemo", en: "Memo", zh: "附言")
    static let voucherReverses = StringKey0("voucherReverses", en: "Reverses entry", zh: "冲正原流水")
    static let voucherReason = StringKey0("voucherReason", en: "Reason", zh: "原因")
    static let voucherSupervisor = StringKey0("voucherSupervisor", en: "Supervisor", zh: "主管")
    static let voucherFrom = StringKey0("voucherFrom", en: "From", zh: "付出")
    static let voucherTo = StringKey0("voucherTo", en: "To", zh: "收入")
    static let voucherCountedBy = StringKey0("voucherCountedBy", en: "Counted by", zh: "经办")
    static let voucherCheckedBy = StringKey0("voucherCheckedBy", en: "Checked by", zh: "复核")
    static let voucherID = StringKey0("voucherID", en: "ID", zh: "证件")
    static let voucherType = StringKey0("voucherType", en: "Type", zh: "类型")
    static let voucherCurrency = StringKey0("voucherCurrency", en: "Currency", zh: "币种")
    static let voucherRiskLevel = StringKey0("voucherRiskLevel", en: "Risk level", zh: "风险等级")
    static let voucherApplication = StringKey0("voucherApplication", en: "Application", zh: "申请号")
    static let voucherDocuments = StringKey0("voucherDocuments", en: "Documents", zh: "证件材料")
    static let voucherSignedOffBy = StringKey0("voucherSignedOffBy", en: "Signed off by", zh: "签退授权")
    static let voucherExpected = StringKey0("voucherExpected", en: "Expected", zh: "应有")
    static let voucherCounted = StringKey0("voucherCounted", en: "Counted", zh: "实点")
    static let voucherToTheVault = StringKey0("voucherToTheVault", en: "To the vault", zh: "缴入金库")
    static let voucherVariance = StringKey0("voucherVariance", en: "Variance", zh: "差额")
    static let voucherChainHead = StringKey0("voucherChainHead", en: "Audit chain head", zh: "审计链头")
    static let voucherCheckHeadLater = StringKey1("voucherCheckHeadLater",
        en: { "(check later with: teller verify --head \($0))" },
        zh: { "（日后可用 teller verify --head \($0) 核对）" })
    static let positionReportTitle = StringKey0("positionReportTitle", en: "CASH POSITION REPORT", zh: "现金头寸日报")
    static let positionReportPrinted = StringKey0("positionReportPrinted", en: "Printed", zh: "打印")
    static let positionReportPrintedBy = StringKey0("positionReportPrintedBy", en: "by", zh: "打印人")
    static let positionReportDrawer = StringKey0("positionReportDrawer", en: "Drawer", zh: "尾箱")
    static let positionReportStatus = StringKey0("positionReportStatus", en: "Status", zh: "状态")
    static let positionReportFloat = StringKey0("positionReportFloat", en: "Float", zh: "备用金")
    static let positionReportIn = StringKey0("positionReportIn", en: "In", zh: "收入")
    static let positionReportOut = StringKey0("positionReportOut", en: "Out", zh: "付出")
    static let positionReportFromVault = StringKey0("positionReportFromVault", en: "From vault", zh: "领现")
    static let positionReportToVault = StringKey0("positionReportToVault", en: "To vault", zh: "缴现")
    static let positionReportNoDrawers = StringKey0("positionReportNoDrawers", en: "No drawers this day", zh: "本日无尾箱")
    static let positionReportVault = StringKey0("positionReportVault", en: "Vault", zh: "金库")
    static let positionReportCash = StringKey0("positionReportCash", en: "Cash", zh: "现金")
    static let positionReportLedger = StringKey0("positionReportLedger", en: "Ledger", zh: "账面")
    static let positionReportBalanced = StringKey0("positionReportBalanced", en: "Balanced", zh: "账实相符")
    static let positionReportNotBalanced = StringKey0("positionReportNotBalanced", en: "NOT BALANCED", zh: "账实不符")
    static let complaintReceiptTitle = StringKey0("complaintReceiptTitle", en: "COMPLAINT RECEIPT", zh: "投诉受理回执")
    static let complaintReceiptNumber = StringKey0("complaintReceiptNumber", en: "Registration No.", zh: "登记号")
    static let complaintReceiptReceived = StringKey0("complaintReceiptReceived", en: "Received", zh: "受理时间")
    static let complaintReceiptChannel = StringKey0("complaintReceiptChannel", en: "Channel", zh: "渠道")
    static let complaintReceiptCategory = StringKey0("complaintReceiptCategory", en: "Category", zh: "类别")
    static let complaintReceiptSeverity = StringKey0("complaintReceiptSeverity", en: "Severity", zh: "严重程度")
    static let complaintReceiptAnonymous = StringKey0("complaintReceiptAnonymous", en: "Anonymous", zh: "匿名")
    static let complaintReceiptText = StringKey0("complaintReceiptText", en: "Your complaint", zh: "投诉内容")
    static let complaintReceiptRemedy = StringKey0("complaintReceiptRemedy", en: "Remedy wanted", zh: "诉求")
    static let complaintReceiptRespondBy = StringKey0("complaintReceiptRespondBy", en: "We will respond by", zh: "答复期限")
    static let complaintReceiptQuoteNumber = StringKey0("complaintReceiptQuoteNumber",
        en: "Please quote the registration number when you contact us.",
        zh: "查询进度时请提供登记号。")
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let printedKeys: [StringKey] = [
        .voucherTitleAccountOpening, .voucherTitleCashDeposit, .voucherTitleCashWithdrawal, .voucherTitleTransfer,
        .voucherTitleReversal, .voucherTitleDrawerFloat, .voucherTitleFromVault, .voucherTitleToVault,
        .voucherTitleVaultReceipt, .voucherTitleCashMovement, .voucherTitleDrawerSignOff, .voucherNumber, .voucherEntry,
        .voucherBranch, .voucherDate, .voucherBusinessDate, .voucherAmount, .voucherInWords, .voucherCustomer,
        .voucherAccount, .voucherNotesAndCoins, .voucherBalanceAfter, .voucherSourcePurpose, .voucherTeller,
        .voucherApprovedBy, .voucherCustomerSignature, .voucherPayer, .voucherPayee, .voucherMemo, .voucherReverses,
        .voucherReason, .voucherSupervisor, .voucherFrom, .voucherTo, .voucherCountedBy, .voucherCheckedBy, .voucherID,
        .voucherType, .voucherCurrency, .voucherRiskLevel, .voucherApplication, .voucherDocuments, .voucherSignedOffBy,
        .voucherExpected, .voucherCounted, .voucherToTheVault, .voucherVariance, .voucherChainHead,
        .voucherCheckHeadLater, .positionReportTitle, .positionReportPrinted, .positionReportPrintedBy,
        .positionReportDrawer, .positionReportStatus, .positionReportFloat, .positionReportIn, .positionReportOut,
        .positionReportFromVault, .positionReportToVault, .positionReportNoDrawers, .positionReportVault,
        .positionReportCash, .positionReportLedger, .positionReportBalanced, .positionReportNotBalanced,
        .complaintReceiptTitle, .complaintReceiptNumber, .complaintReceiptReceived, .complaintReceiptChannel,
        .complaintReceiptCategory, .complaintReceiptSeverity, .complaintReceiptAnonymous, .complaintReceiptText,
        .complaintReceiptRemedy, .complaintReceiptRespondBy, .complaintReceiptQuoteNumber,
    ]
}
