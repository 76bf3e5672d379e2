import BankCore
import BranchServices
import Localization
import TerminalUI

/// A cash withdrawal: account, amount, the notes and coins to pay out
/// (suggested from the teller's drawer when the amount is entered; the
/// teller may change them), purpose for large cash; then the customer's
/// PIN or one-time code, a supervisor above the teller's authority or the
/// daily limit, confirmation, post and voucher.
final class WithdrawalScreen: MoneyOperationScreen {
    private var entry: CashEntryForm
    private let ticket: ServedTicket?

    init(session: Session) {
        ticket = ServedTicket.current(session)
        entry = CashEntryForm(account: ticket?.onlyCNYAccount(session) ?? "")
    }

    override func title(_ session: Session) -> String { session.strings(.withdrawTitle) }

    override var entryCapturesText: Bool { entry.capturesText }

    override func handleEntry(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        switch entry.handle(key) {
        case .none: return .handled
        case .leftAmount:
            suggestPayout(session)
            return .handled
        case .submit:
            entry.purposeRequired = false
            guard entry.validate(session.strings) else { return .handled }
            return submitEntry(session)
        }
    }

    /// Prefills the payout from the drawer unless the teller has counted their own.
    private func suggestPayout(_ session: Session) {
        guard entry.grid.isEmpty || entry.grid.isSuggestion, let actor = session.signedIn else { return }
        guard let amount = entry.amount else {
            entry.grid.fill(nil)
            return
        }
        let suggestion = CashService(session.context).suggestPayout(amount: amount, by: actor)
        entry.grid.fill(suggestion)
        if suggestion == nil { entry.grid.error = session.strings(.withdrawNoSuggestion) }
    }

    override func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try CashService(session.context).assessWithdrawal(entry.request(ticketID: ticket?.ticketID), by: actor)
    }

    override func formMeets(_ requirements: OperationRequirements, session: Session) -> Bool {
        entry.purposeRequired = requirements.purposeRequired
        return entry.requirePurposeIfNeeded(session.strings)
    }

    override func lookUpHolder(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> Customer? {
        try AccountHolder.of(entry.account, session: session, by: actor).1
    }

    override func post(key: String, approval: SupervisorApproval?, session: Session,
                       by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try CashService(session.context).withdraw(entry.request(ticketID: ticket?.ticketID), key: key, approval: approval, by: actor)
    }

    override func confirmationRows(_ session: Session) -> [(String, String)] {
        CashConfirmation.rows(entry, holder: holder, purposeLabel: .withdrawPurpose, session: session)
    }

    override func startAnother(_ session: Session) {
        entry.clear()
        super.startAnother(session)
    }

    override func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        CashConfirmation.renderTicketLine(ticket, into: &buffer, area: area, session: session)
        return entry.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: CashEntryForm.height),
                            strings: session.strings, purposeLabel: .withdrawPurpose)
    }
}
