import BankCore
import BankStore
import Foundation
import Localization

/// Bilingual vouchers for money operations; the customer keeps a copy and
/// the text is stored with the voucher record, so it can be reprinted.
enum CashVoucherText {
    static func stamp(_ at: Date) -> String {
        LocalTimeText.dateTime(at)
    }

    static func header(_ title: String, sequence: Int64, entryID: Int64, branch: Branch?, at: Date) -> String {
        """
        \(title)
        Voucher No. 凭证号: \(String(format: "%08lld", sequence))   Entry 流水号: \(entryID)
        Branch 网点: \(branch.map { "\($0.code) \($0.name)" } ?? "")
        Date 日期: \(stamp(at))   Business date 营业日: \(branch?.businessDate.description ?? "")
        """
    }

    static func money(_ amount: Int64, _ currency: Currency) -> String {
        "\(currency.rawValue) \(AmountParser.format(amount, minorUnits: currency.minorUnits))"
    }

    /// The amount line, and for CNY the amount in capitals (大写) below it, as Chinese vouchers carry it (issue 13).
    static func amount(_ amount: Int64, _ currency: Currency, label: String = "Amount 金额") -> String {
        let line = "\(label): \(money(amount, currency))"
        guard currency == .cny, let words = ChineseCapitalAmount.text(fen: amount) else { return line }
        return line + "\nIn words 大写: " + words
    }

    static func cash(kind: EntryKind, sequence: Int64, entryID: Int64, branch: Branch?, customer: Customer, account: AccountRecord,
                     request: CashRequest, balanceAfter: Int64?, teller: Operator, approver: String?, at: Date) -> String {
        let title = kind == .deposit ? "CASH DEPOSIT VOUCHER 现金存款凭证" : "CASH WITHDRAWAL VOUCHER 现金取款凭证"
        return header(title, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        Customer 客户: \(customer.name)
        Account 账号: \(AccountNumber.masked(account.number))
        \(amount(request.amount, account.currency))
        Notes and coins 券别: \(request.cash.summary)
        Balance after 余额: \(balanceAfter.map { money($0, account.currency) } ?? "")
        \(request.purpose.isEmpty ? "" : "Source/purpose 资金来源/用途: \(request.purpose)\n")Teller 柜员: \(teller.username)\(approver.map { "   Approved by 授权: \($0)" } ?? "")
        Customer signature 客户签名: ____________________

        """
    }

    static func transfer(sequence: Int64, entryID: Int64, branch: Branch?, payer: Customer, from: AccountRecord, to: AccountRecord?,
                         payee: ExternalPayee?, amount: Int64, balanceAfter: Int64?, teller: Operator, approver: String?,
                         memo: String, at: Date) -> String {
        let target = payee.map { "\($0.name), \($0.bank), \(AccountNumber.masked($0.accountNumber.filter { !$0.isWhitespace }))" }
            ?? to.map { AccountNumber.masked($0.number) } ?? ""
        return header("TRANSFER VOUCHER 转账凭证", sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        Payer 付款人: \(payer.name)   Account 账号: \(AccountNumber.masked(from.number))
        Payee 收款人: \(target)
        \(self.amount(amount, from.currency))
        Balance after 余额: \(balanceAfter.map { money($0, from.currency) } ?? "")
        Memo 附言: \(memo)
        Teller 柜员: \(teller.username)\(approver.map { "   Approved by 授权: \($0)" } ?? "")

        """
    }

    static func reversal(sequence: Int64, entryID: Int64, original: JournalEntryRecord, branch: Branch?, supervisor: Operator,
                         reason: String, at: Date) -> String {
        header("REVERSAL VOUCHER 冲正凭证", sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        Reverses entry 冲正原流水: \(original.id) (\(original.kind.rawValue), \(original.businessDate.description))
        \(amount(original.amount, original.currency))
        Reason 原因: \(reason)
        Supervisor 主管: \(supervisor.username)

        """
    }

    /// A cash movement between the vault, a drawer and head office (float, buying and selling cash, a delivery to the vault).
    static func cashMovement(kind: EntryKind, sequence: Int64, entryID: Int64, branch: Branch?, from: String, to: String,
                             cash: CashBreakdown, teller: Operator, approver: String?, at: Date) -> String {
        let title: String
        switch kind {
        case .drawerOpen: title = "DRAWER FLOAT VOUCHER 尾箱备用金领用凭证"
        case .drawerBuy: title = "CASH FROM VAULT VOUCHER 尾箱向金库领现凭证"
        case .drawerSell: title = "CASH TO VAULT VOUCHER 尾箱向金库缴现凭证"
        case .vaultReceipt: title = "VAULT RECEIPT VOUCHER 金库入库凭证"
        default: title = "CASH MOVEMENT VOUCHER 现金调拨凭证"
        }
        return header(title, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        From 付出: \(from)   To 收入: \(to)
        \(amount(cash.total, .cny))
        Notes and coins 券别: \(cash.summary)
        Counted by 经办: \(teller.username)\(approver.map { "   Checked by 复核: \($0)" } ?? "")

        """
    }
}
