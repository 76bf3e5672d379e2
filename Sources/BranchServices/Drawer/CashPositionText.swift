import BankCore
import BankStore
import Foundation
import Localization

/// The printed day-end cash position report.
enum CashPositionText {
    static func report(_ position: BranchCashPosition, branch: Branch?, by supervisor: Operator, at: Date, head: AuditHeadMark?) -> String {
        let money = { (fen: Int64) in CashVoucherText.money(fen, .cny) }
        let both = CashVoucherText.both
        var lines = [
            both(.positionReportTitle),
            "\(both(.voucherBranch)): \(branch.map { "\($0.code) \($0.name)" } ?? "")",
            "\(both(.voucherBusinessDate)): \(position.businessDate)   \(both(.positionReportPrinted)): \(LocalTimeText.dateTime(at))"
                + " \(both(.positionReportPrintedBy)) \(supervisor.username)",
            "",
        ]
        for drawer in position.drawers {
            lines.append("\(both(.positionReportDrawer)): \(drawer.teller) \(drawer.name)   \(both(.positionReportStatus)): \(drawer.status.rawValue)")
            lines.append("  \(both(.positionReportFloat)) \(money(drawer.float))   \(both(.positionReportIn)) \(money(drawer.cashIn))"
                         + "   \(both(.positionReportOut)) \(money(drawer.cashOut))")
            lines.append("  \(both(.positionReportFromVault)) \(money(drawer.fromVault))   \(both(.positionReportToVault)) \(money(drawer.toVault))")
            lines.append("  \(both(.voucherExpected)) \(money(drawer.expected))"
                         + (drawer.variance.map { "   \(both(.voucherVariance)) \(money($0))" } ?? ""))
        }
        if position.drawers.isEmpty { lines.append(both(.positionReportNoDrawers)) }
        let balanced = position.vaultLedger == position.vaultCash.total
        lines += [
            "",
            "\(both(.positionReportVault)): \(CashVoucherText.amount(position.vaultCash.total, .cny, label: .positionReportCash))",
            "  \(both(.voucherNotesAndCoins)): \(position.vaultCash.summary)",
            "  \(both(.positionReportLedger)): \(money(position.vaultLedger))   "
                + both(balanced ? .positionReportBalanced : .positionReportNotBalanced),
            "\(both(.voucherChainHead)): \(head?.description ?? "-")",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
