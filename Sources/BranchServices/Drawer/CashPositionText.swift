import BankCore
import BankStore
import Foundation

/// The printed day-end cash position report.
enum CashPositionText {
    static func report(_ position: BranchCashPosition, branch: Branch?, by supervisor: Operator, at: Date, head: AuditHeadMark?) -> String {
        let money = { (fen: Int64) in CashVoucherText.money(fen, .cny) }
        var lines = [
            "CASH POSITION REPORT 现金头寸日报",
            "Branch 网点: \(branch.map { "\($0.code) \($0.name)" } ?? "")",
            "Business date 营业日: \(position.businessDate)   Printed 打印: \(LocalTimeText.dateTime(at)) by 打印人 \(supervisor.username)",
            "",
        ]
        for drawer in position.drawers {
            lines.append("Drawer 尾箱: \(drawer.teller) \(drawer.name)   Status 状态: \(drawer.status.rawValue)")
            lines.append("  Float 备用金 \(money(drawer.float))   In 收入 \(money(drawer.cashIn))   Out 付出 \(money(drawer.cashOut))")
            lines.append("  From vault 领现 \(money(drawer.fromVault))   To vault 缴现 \(money(drawer.toVault))")
            lines.append("  Expected 应有 \(money(drawer.expected))" + (drawer.variance.map { "   Variance 差额 \(money($0))" } ?? ""))
        }
        if position.drawers.isEmpty { lines.append("No drawers this day 本日无尾箱") }
        lines += [
            "",
            "Vault 金库: \(CashVoucherText.amount(position.vaultCash.total, .cny, label: "Cash 现金"))",
            "  Notes and coins 券别: \(position.vaultCash.summary)",
            "  Ledger 账面: \(money(position.vaultLedger))   " + (position.vaultLedger == position.vaultCash.total ? "Balanced 账实相符" : "NOT BALANCED 账实不符"),
            "Audit chain head 审计链头: \(head?.description ?? "-")",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
