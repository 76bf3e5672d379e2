import BankCore
import BranchServices
import Localization
import TerminalUI

/// A cash deposit at the counter: account (prefilled from the served
/// ticket's customer when they have one CNY account), amount, the notes and
/// coins counted, source of funds for large cash, then approval if above
/// the teller's authority, confirmation, post and voucher.
final class DepositScreen: MoneyOperationScreen {
    private var entry: CashEntryForm
    private let ticket: ServedTicket?

    init(session: Session) {
        ticket = ServedTicket.current(session)
        entry = CashEntryForm(account: ticket?.onlyCNYAccount(session) ?? "")
    }

    override func title(_ session: Session) -> String { session.strings(.depositTitle) }

    override var entryCapturesText: Bool { entry.capturesText }

    override func handleEntry(_ key: Key, session: Session) -> KeyResult {
        if let preempted = FormScreenKeys.preempt(key) { return preempted }
        guard entry.handle(key) == .submit else { return .handled }
        entry.purposeRequired = false
        guard entry.validate(session.strings) else { return .handled }
        return submitEntry(session)
    }

    override func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try CashService(session.context).assessDeposit(entry.request(ticketID: ticket?.ticketID), by: actor)
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
        try CashService(session.context).deposit(entry.request(ticketID: ticket?.ticketID), key: key, approval: approval, by: actor)
    }

    override func confirmationRows(_ session: Session) -> [(String, String)] {
        CashConfirmation.rows(entry, holder: holder, purposeLabel: .depositSource, session: session)
    }

    override func startAnother(_ session: Session) {
        entry.clear()
        super.startAnother(session)
    }

    override func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        CashConfirmation.renderTicketLine(ticket, into: &buffer, area: area, session: session)
        return entry.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: CashEntryForm.height),
                            strings: session.strings, purposeLabel: .depositSource)
    }
}

/// What the deposit and withdrawal confirmation views show, and the served-ticket line above their forms.
enum CashConfirmation {
    static func rows(_ entry: CashEntryForm, holder: Customer?, purposeLabel: StringKey, session: Session) -> [(String, String)] {
        let s = session.strings
        var rows: [(String, String)] = [
            (s(.cashAccountNumber), AccountNumber.masked(entry.account)),
            (s(.cashCustomer), holder?.name ?? ""),
            (s(.cashAmount), "CNY " + AmountParser.format(entry.amount ?? 0)),
            (s(.cashNotesAndCoins), entry.grid.breakdown.summary),
        ]
        if !entry.purpose.isEmpty { rows.append((s(purposeLabel), entry.purpose)) }
        if !entry.memo.isEmpty { rows.append((s(.cashMemo), entry.memo)) }
        return rows
    }

    static func renderTicketLine(_ ticket: ServedTicket?, into buffer: inout CellBuffer, area: Rect, session: Session) {
        guard let ticket, let found = try? QueueService(session.context).ticket(id: ticket.ticketID) else { return }
        buffer.write(session.strings(.cashForTicket, found.ticket.displayNumber), in: Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: 1),
                     role: .dim)
    }
}
