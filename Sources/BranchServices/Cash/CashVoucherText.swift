import BankCore
import BankStore
import Foundation
import Localization

/// Bilingual vouchers for money operations; the customer keeps a copy and
/// the text is stored with the voucher record, so it can be reprinted.
enum CashVoucherText {
    /// A label or title in English and Chinese, e.g. `Voucher No. 凭证号`.
    static let both = BothLanguages()

    static func stamp(_ at: Date) -> String {
        LocalTimeText.dateTime(at)
    }

    static func header(_ title: StringKey0, sequence: Int64, entryID: Int64, branch: Branch?, at: Date) -> String {
        """
        \(both(title))
        \(both(.voucherNumber)): \(String(format: "%08lld", sequence))   \(both(.voucherEntry)): \(entryID)
        \(both(.voucherBranch)): \(branch.map { "\($0.code) \($0.name)" } ?? "")
        \(both(.voucherDate)): \(stamp(at))   \(both(.voucherBusinessDate)): \(branch?.businessDate.description ?? "")
        """
    }

    static func money(_ amount: Int64, _ currency: Currency) -> String {
        "\(currency.rawValue) \(AmountParser.format(amount, minorUnits: currency.minorUnits))"
    }

    /// The amount line, and for CNY the amount in capitals (大写) below it, as Chinese vouchers carry it (issue 13).
    static func amount(_ amount: Int64, _ currency: Currency, label: StringKey0 = .voucherAmount) -> String {
        let line = "\(both(label)): \(money(amount, currency))"
        guard currency == .cny, let words = ChineseCapitalAmount.text(fen: amount) else { return line }
        return line + "\n\(both(.voucherInWords)): " + words
    }

    /// `   Approved by 授权: name` (or another label) when someone approved, else nothing.
    static func approval(_ label: StringKey0, _ approver: String?) -> String {
        approver.map { "   \(both(label)): \($0)" } ?? ""
    }

    static func cash(kind: EntryKind, sequence: Int64, entryID: Int64, branch: Branch?, customer: Customer, account: AccountRecord,
                     request: CashRequest, balanceAfter: Int64?, teller: Operator, approver: String?, at: Date) -> String {
        let title: StringKey0 = kind == .deposit ? .voucherTitleCashDeposit : .voucherTitleCashWithdrawal
        let purpose = request.purpose.isEmpty ? "" : "\(both(.voucherSourcePurpose)): \(request.purpose)\n"
        return header(title, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.voucherCustomer)): \(customer.name)
        \(both(.voucherAccount)): \(AccountNumber.masked(account.number))
        \(amount(request.amount, account.currency))
        \(both(.voucherNotesAndCoins)): \(request.cash.summary)
        \(both(.voucherBalanceAfter)): \(balanceAfter.map { money($0, account.currency) } ?? "")
        \(purpose)\(both(.voucherTeller)): \(teller.username)\(approval(.voucherApprovedBy, approver))
        \(both(.voucherCustomerSignature)): ____________________

        """
    }

    static func transfer(sequence: Int64, entryID: Int64, branch: Branch?, payer: Customer, from: AccountRecord, to: AccountRecord?,
                         payee: ExternalPayee?, amount: Int64, balanceAfter: Int64?, teller: Operator, approver: String?,
                         memo: String, at: Date) -> String {
        let target = payee.map { "\($0.name), \($0.bank), \(AccountNumber.masked($0.accountNumber.filter { !$0.isWhitespace }))" }
            ?? to.map { AccountNumber.masked($0.number) } ?? ""
        return header(.voucherTitleTransfer, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.voucherPayer)): \(payer.name)   \(both(.voucherAccount)): \(AccountNumber.masked(from.number))
        \(both(.voucherPayee)): \(target)
        \(self.amount(amount, from.currency))
        \(both(.voucherBalanceAfter)): \(balanceAfter.map { money($0, from.currency) } ?? "")
        \(both(.voucherMemo)): \(memo)
        \(both(.voucherTeller)): \(teller.username)\(approval(.voucherApprovedBy, approver))

        """
    }

    static func reversal(sequence: Int64, entryID: Int64, original: JournalEntryRecord, branch: Branch?, supervisor: Operator,
                         reason: String, at: Date) -> String {
        header(.voucherTitleReversal, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.voucherReverses)): \(original.id) (\(original.kind.rawValue), \(original.businessDate.description))
        \(amount(original.amount, original.currency))
        \(both(.voucherReason)): \(reason)
        \(both(.voucherSupervisor)): \(supervisor.username)

        """
    }

    /// A cash movement between the vault, a drawer and head office (float, buying and selling cash, a delivery to the vault).
    static func cashMovement(kind: EntryKind, sequence: Int64, entryID: Int64, branch: Branch?, from: String, to: String,
                             cash: CashBreakdown, teller: Operator, approver: String?, at: Date) -> String {
        let title: StringKey0
        switch kind {
        case .drawerOpen: title = .voucherTitleDrawerFloat
        case .drawerBuy: title = .voucherTitleFromVault
        case .drawerSell: title = .voucherTitleToVault
        case .vaultReceipt: title = .voucherTitleVaultReceipt
        default: title = .voucherTitleCashMovement
        }
        return header(title, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.voucherFrom)): \(from)   \(both(.voucherTo)): \(to)
        \(amount(cash.total, .cny))
        \(both(.voucherNotesAndCoins)): \(cash.summary)
        \(both(.voucherCountedBy)): \(teller.username)\(approval(.voucherCheckedBy, approver))

        """
    }
}
