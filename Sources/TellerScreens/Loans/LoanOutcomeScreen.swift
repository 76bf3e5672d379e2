import BankCore
import BranchServices
import Localization
import TerminalUI

/// What became of a submitted application: approved by the system, referred
/// to a supervisor, sent to the committee or declined, with every rule that
/// fired, its threshold and the applicant's figure.
final class LoanOutcomeScreen: LoanViewScreen {
    let number: String
    let submission: LoanSubmission

    init(number: String, submission: LoanSubmission) {
        self.number = number
        self.submission = submission
    }

    func title(_ session: Session) -> String { session.strings(.loanDeskOutcomeTitle) }

    private func headline(_ s: Strings, _ session: Session) -> (String, StyleRole) {
        switch submission.status {
        case .approved: return (s(.loanDeskOutcomeApproved, number), .success)
        case .referred: return (s(.loanDeskOutcomeReferred, number), .warning)
        case .committee: return (s(.loanDeskOutcomeCommittee, number), .warning)
        case .declined: return (s(.loanDeskOutcomeDeclined, number), .error)
        default: return (s(.loanDeskOutcomeStatus, number, session.loanStatusName(submission.status)), .normal)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        let (text, role) = headline(s, session)
        var y = inner.y
        for line in TextLayout.wrap(text, width: inner.width) {
            buffer.write(line, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            y += 1
        }
        buffer.write(s(.loanDeskRecommendation, session.recommendationName(submission.assessment.recommendation)),
                     in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .normal)
        y += 2
        let fired = submission.assessment.fired
        guard !fired.isEmpty else {
            buffer.write(s(.loanDeskNoRulesFired), in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .dim)
            return nil
        }
        buffer.write(s(.loanDeskRulesFired), in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .header)
        AssessmentTable.draw(fired, into: &buffer, at: Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1),
                             session: session)
        return nil
    }
}
