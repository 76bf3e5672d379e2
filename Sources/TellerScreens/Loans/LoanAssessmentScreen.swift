import BankCore
import BranchServices
import Localization
import TerminalUI

/// The credit assessment line by line (rule, threshold, the applicant's
/// figure, outcome) with the recommendation, drawn the same way wherever
/// an assessment is shown (the application, the outcome, the inbox).
enum AssessmentTable {
    /// Draws `lines` as a table at `rect` (a heading row, then one row per line); returns the rows used.
    @discardableResult
    static func draw(_ lines: [AssessmentLine], into buffer: inout CellBuffer, at rect: Rect, session: Session) -> Int {
        let s = session.strings
        var table = Table(columns: [
            TableColumn(s(.loanDeskColRule)),
            TableColumn(s(.loanDeskColThreshold), width: 22),
            TableColumn(s(.loanDeskColFigure), width: 10, alignment: .right),
            TableColumn(s(.loanDeskColOutcome), width: 8),
        ], rows: lines.map(session.assessmentCells))
        let height = min(rect.height, lines.count + 1)
        table.render(into: &buffer, at: Rect(x: rect.x, y: rect.y, width: rect.width, height: height), focused: false)
        return height
    }
}

/// The credit assessment of an application, rule by rule, and what it recommends.
final class LoanAssessmentScreen: LoanViewScreen {
    let customerName: String
    let assessment: CreditAssessment

    init(customerName: String, assessment: CreditAssessment) {
        self.customerName = customerName
        self.assessment = assessment
    }

    func title(_ session: Session) -> String { session.strings(.loanDeskAssessmentTitle, customerName) }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let inner = area.inset(1)
        let used = AssessmentTable.draw(assessment.lines, into: &buffer, at: inner, session: session)
        buffer.write(session.strings(.loanDeskRecommendation, session.recommendationName(assessment.recommendation)),
                     in: Rect(x: inner.x, y: inner.y + used + 1, width: inner.width, height: 1),
                     role: assessment.recommendation == .approve ? .success : .warning)
        return nil
    }
}
