import BankCore
import BranchServices
import Localization
import TerminalUI

/// The names of overdue buckets and loan grades on screen, and the summary
/// block at the top of the monitoring list (due today, each bucket, each
/// grade with its outstanding principal), kept apart so the list screen only
/// lays out and reacts to keys.
extension Session {
    func loanBucketName(_ bucket: OverdueBucket) -> String {
        bucket == .current ? strings(.loanBucketCurrent) : bucket.rawValue
    }

    func loanGradeName(_ grade: LoanGrade) -> String {
        switch grade {
        case .normal: strings(.loanGradeNormal)
        case .specialMention: strings(.loanGradeSpecialMention)
        case .substandard: strings(.loanGradeSubstandard)
        case .doubtful: strings(.loanGradeDoubtful)
        case .loss: strings(.loanGradeLoss)
        }
    }
}

/// The summary lines above the monitoring list: five rows at 80 columns.
enum LoanMonitoringSummary {
    static let height = 5

    static func render(_ portfolio: LoanPortfolio, into buffer: inout CellBuffer, at rect: Rect, session: Session) {
        let s = session.strings
        buffer.write(s(.loanMonitoringDueToday, String(portfolio.dueTodayCount), AmountParser.format(portfolio.dueTodayTotal)),
                     in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        let overdueBuckets = OverdueBucket.allCases.filter { $0 != .current }
        let buckets = overdueBuckets.map { "\($0.rawValue): \(portfolio.count($0))" }.joined(separator: "  ")
        let overdueTotal = overdueBuckets.reduce(Int64(0)) { $0 + portfolio.overdue($1) }
        buffer.write(s(.loanMonitoringOverdue) + "  " + buckets + "  · CNY " + AmountParser.format(overdueTotal),
                     in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1), role: overdueTotal > 0 ? .warning : .normal)
        // The five grades in two columns: name, loans, outstanding principal.
        let half = rect.width / 2
        for (index, grade) in LoanGrade.allCases.enumerated() {
            let x = rect.x + (index / 3) * (half + 1), y = rect.y + 2 + index % 3
            let text = TextLayout.fit(session.loanGradeName(grade), width: 16) + " "
                + TextLayout.fit(String(portfolio.count(grade)), width: 4, alignment: .right) + " "
                + TextLayout.fit(AmountParser.format(portfolio.outstanding(grade)), width: half - 23, alignment: .right)
            buffer.write(text, in: Rect(x: x, y: y, width: half - 1, height: 1),
                         role: grade.isNonPerforming && portfolio.count(grade) > 0 ? .warning : .normal)
        }
    }
}
