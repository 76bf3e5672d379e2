import BankCore
import BankStore
import Foundation
import Localization

/// Day-end reports carry the audit chain head (seq and hash), so an auditor
/// can write it down and later prove with `teller verify --head SEQ:HASH` that
/// nothing up to it was rewritten: the drawer sign-off voucher, the business
/// date moving on, and `teller verify`.
enum DayEndText {
    /// The newest audit entry as `SEQ:HASH`, or nil for an empty trail.
    static func head(_ context: BranchContext) throws -> AuditHeadMark? {
        try context.audit.recent(limit: 1).first.map { AuditHeadMark(seq: $0.seq, hash: $0.hash) }
    }

    /// The drawer sign-off voucher: what was expected and counted, the variance, who signed, and the chain head
    /// as it stood when the sign-off was written (the sign-off's own audit entry follows it).
    static func drawerSignOff(sequence: Int64, entryID: Int64, branch: Branch?, teller: Operator, approver: String, expected: CashBreakdown,
                              counted: CashBreakdown, variance: Int64, head: AuditHeadMark?, at: Date) -> String {
        let both = CashVoucherText.both
        return CashVoucherText.header(.voucherTitleDrawerSignOff, sequence: sequence, entryID: entryID, branch: branch, at: at) + "\n" + """
        \(both(.voucherTeller)): \(teller.username)   \(both(.voucherSignedOffBy)): \(approver)
        \(both(.voucherExpected)): \(CashVoucherText.money(expected.total, .cny))  \(expected.summary)
        \(both(.voucherCounted)): \(CashVoucherText.money(counted.total, .cny))  \(counted.summary)
        \(CashVoucherText.amount(counted.total, .cny, label: .voucherToTheVault))
        \(both(.voucherVariance)): \(CashVoucherText.money(variance, .cny))
        \(both(.voucherChainHead)): \(head?.description ?? "-")
        \(Strings(.english)(.voucherCheckHeadLater, head?.description ?? "SEQ:HASH"))

        """
    }
}
