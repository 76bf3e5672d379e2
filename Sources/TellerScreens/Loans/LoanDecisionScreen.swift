import BankCore
import BranchServices
import Localization
import TerminalUI

/// One application in the approvers' inbox: the terms, the assessment line
/// by line, the decisions so far, and Approve / Decline with a reason. When
/// the operator may not decide (their own application, already decided by
/// them, no authority) it says why instead of offering the keys.
final class LoanDecisionScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case approve, decline }

    let item: LoanApprovalItem
    private var form: Form

    init(session: Session, item: LoanApprovalItem) {
        self.item = item
        form = Form(fields: [.text("reason", "", maxLength: 120)], labelWidth: 12, requiredMessage: "")
        form.compact = true
    }

    var mayDecide: Bool { item.cannotDecide == nil }

    var capturesText: Bool { mayDecide }

    func title(_ session: Session) -> String { session.strings(.loanDeskDecisionTitle, item.application.number) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        guard mayDecide else { return KeyTable([]) }
        return KeyTable([
            KeyBinding(.approve, keys: [.function(5)], title: s(.loanDeskKeyApprove), help: s(.loanDeskKeyApproveLong)),
            KeyBinding(.decline, keys: [.function(6)], title: s(.loanDeskKeyDecline), help: s(.loanDeskKeyDeclineLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) {
            guard mayDecide else { return .ignored }
            _ = form.handle(key) { _, _ in nil }
            return .handled
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard mayDecide, let actor = session.signedIn else { return .handled }
        let s = session.strings
        let reason = form.value("reason").trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
            form.setError("reason", s(.loanDeskReasonRequired))
            return .handled
        }
        do {
            let status = try LoanApprovalService(session.context).decide(applicationID: item.application.id, approve: action == .approve,
                                                                           reason: reason, by: actor)
            form.markSaved()
            session.say(s(.loanDeskDecided, item.application.number, session.loanStatusName(status)), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        let application = item.application
        var y = inner.y
        func line(_ text: String, _ role: StyleRole = .normal) {
            guard y < inner.maxY else { return }
            buffer.write(text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            y += 1
        }
        // Who entered it goes on the terms line: with both product names the first line has no room left at 80 columns.
        line(s(.loanDeskDecisionApplicant, item.customerName, item.productName), .header)
        line(s(.loanDeskDecisionTerms, LoanFigures.money(application.amount), String(application.months),
               session.loanMethodName(application.method), item.enteredByName))
        y += 1
        if let assessment = item.assessment {
            y += AssessmentTable.draw(assessment.lines, into: &buffer, at: Rect(x: inner.x, y: y, width: inner.width, height: 7),
                                      session: session)
            line(s(.loanDeskRecommendation, session.recommendationName(assessment.recommendation)),
                 assessment.recommendation == .approve ? .success : .warning)
        }
        y += 1
        line(s(.loanDeskDecisionsHead), .header)
        if item.decisions.isEmpty { line(s(.loanDeskDecisionsNone), .dim) }
        for decision in item.decisions {
            let who = decision.approverName.isEmpty ? s(.loanDeskDecisionSystem) : decision.approverName
            line("  " + [who, decisionName(decision.decision, s), decision.reason, session.timestamp(decision.at)].joined(separator: "  "))
        }
        y = max(y + 1, inner.maxY - 2)
        guard let why = item.cannotDecide else {
            form.fields[0].label = s(.loanDeskFieldReason)
            return form.render(into: &buffer, at: Rect(x: inner.x, y: y, width: inner.width, height: form.height))
        }
        for text in TextLayout.wrap(why.text(in: s), width: inner.width).prefix(2) {
            buffer.write(text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .warning)
            y += 1
        }
        return nil
    }

    private func decisionName(_ decision: LoanDecisionRecord.Decision, _ s: Strings) -> String {
        switch decision {
        case .approve: return s(.loanDeskDecisionApproved)
        case .decline: return s(.loanDeskDecisionDeclined)
        case .automatic: return s(.loanDeskDecisionAutomatic)
        }
    }
}
