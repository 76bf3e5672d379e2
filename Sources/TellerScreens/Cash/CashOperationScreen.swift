import BankCore
import BranchServices
import Localization
import TerminalUI

/// Cash at the counter, one screen for both directions. A deposit: account
/// (prefilled from the served ticket's customer when they have one CNY
/// account), amount, the notes and coins counted, source of funds for large
/// cash. A withdrawal: the same, with the payout suggested from the
/// teller's drawer when the amount is entered (the teller may change it), the
/// purpose for large cash, and the customer's PIN or one-time code. Then a
/// supervisor above the teller's authority or a daily limit, confirmation,
/// post and voucher.
final class CashOperationScreen: MoneyOperationScreen<CashEntryAction> {
    /// Which way the cash goes.
    enum Direction { case deposit, withdrawal }

    private let direction: Direction
    private var entry: CashEntryForm
    private let ticket: ServedTicket?

    init(session: Session, direction: Direction) {
        self.direction = direction
        ticket = ServedTicket.current(session)
        entry = CashEntryForm(account: ticket?.onlyCNYAccount(session) ?? "")
    }

    private var purposeLabel: StringKey0 { direction == .deposit ? .depositSource : .withdrawPurpose }

    override func title(_ session: Session) -> String {
        session.strings(direction == .deposit ? .depositTitle : .withdrawTitle)
    }

    override var entryCapturesText: Bool { entry.capturesText }

    override func entryTable(_ session: Session) -> KeyTable<CashEntryAction> { .formKeys(session, .form) }

    override func performEntry(_ action: CashEntryAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .form: return handleEntry(key, session: session)
        }
    }

    override func handleEntry(_ key: Key, session: Session) -> KeyResult {
        switch entry.handle(key) {
        case .none: return .handled
        case .leftAmount:
            if direction == .withdrawal { suggestPayout(session) }
            return .handled
        case .submit:
            // A withdrawal submitted straight from the amount still gets the drawer's suggestion.
            if direction == .withdrawal && entry.grid.isEmpty {
                suggestPayout(session)
                if entry.grid.isEmpty { return .handled }
            }
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
        if suggestion == nil {
            let drawer = (try? DrawerService(session.context).status(by: actor)) ?? nil
            entry.grid.error = session.strings(drawer?.session.status == .open ? .withdrawNoSuggestion : .drawerNotOpen)
        }
    }

    override func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        let service = CashService(session.context), request = entry.request(ticketID: ticket?.ticketID)
        return try direction == .deposit ? service.assessDeposit(request, by: actor) : service.assessWithdrawal(request, by: actor)
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
        let service = CashService(session.context), request = entry.request(ticketID: ticket?.ticketID)
        return try direction == .deposit ? service.deposit(request, key: key, approval: approval, by: actor)
            : service.withdraw(request, key: key, approval: approval, by: actor)
    }

    override func confirmationRows(_ session: Session) -> [(String, String)] {
        CashConfirmation.rows(entry, holder: holder, purposeLabel: purposeLabel, session: session)
    }

    override func startAnother(_ session: Session) {
        entry.clear()
        super.startAnother(session)
    }

    override func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        CashConfirmation.renderTicketLine(ticket, into: &buffer, area: area, session: session)
        return entry.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: CashEntryForm.height),
                            strings: session.strings, purposeLabel: purposeLabel)
    }
}

/// The keys of the deposit and withdrawal entry form: all of them go to the form
/// (which walks account, amount, counts and memo, and submits on Ctrl-S).
enum CashEntryAction: Hashable, Sendable { case form }

/// What the deposit and withdrawal confirmation views show, and the served-ticket line above their forms.
enum CashConfirmation {
    static func rows(_ entry: CashEntryForm, holder: Customer?, purposeLabel: StringKey0, session: Session) -> [(String, String)] {
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
