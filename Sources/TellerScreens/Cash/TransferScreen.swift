import BankCore
import BranchServices
import Localization
import TerminalUI

/// The transfer form's keys: the form keys, and Ctrl-P for the next saved payee.
enum TransferEntryAction: Hashable, Sendable { case form, pickPayee }

/// A transfer to an account of this bank or to another bank (with the
/// customer's saved payees a key away): the customer verified (a one-time
/// code from the threshold up), a supervisor above the teller's authority
/// or the limits, confirmation, post and electronic voucher.
final class TransferScreen: MoneyOperationScreen<TransferEntryAction> {
    private var entry: TransferForm
    private let ticket: ServedTicket?
    /// The receiving account's holder (this bank), read once when the form is submitted.
    private var receiverName: String?
    /// The from account's currency, read with its holder.
    private var currency: Currency = .cny
    private var payees: [PayeeRecord] = []
    private var payeeIndex = -1

    init(session: Session) {
        ticket = ServedTicket.current(session)
        entry = TransferForm(from: ticket?.onlyCNYAccount(session) ?? "")
    }

    override func title(_ session: Session) -> String { session.strings(.transferTitle) }

    override var entryCapturesText: Bool { entry.capturesText }

    override func entryTable(_ session: Session) -> KeyTable<TransferEntryAction> {
        let s = session.strings
        return KeyTable.formKeys(session, .form).appending(KeyTable([
            KeyBinding(.pickPayee, keys: [.control("p")], title: s(.transferPickPayee), help: s(.transferPickPayeeLong)),
        ]))
    }

    override func performEntry(_ action: TransferEntryAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .form:
            return handleEntry(key, session: session)
        case .pickPayee:
            pickNextPayee(session)
            return .handled
        }
    }

    override func handleEntry(_ key: Key, session: Session) -> KeyResult {
        guard entry.handle(key, strings: session.strings) else { return .handled }
        return submitEntry(session)
    }

    /// Cycles through the payees saved by the holder of the from account (or the served ticket's customer).
    private func pickNextPayee(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do throws(LocalizedMessage) {
            let customerID = try entry.from.isEmpty ? ticket?.customerID
                : AccountHolder.of(entry.from, session: session, by: actor).0.customerID
            guard let customerID else { throw LocalizedMessage(.transferFromFirst) }
            payees = try TransferService(session.context).payees(customerID: customerID, by: actor)
            guard !payees.isEmpty else {
                session.say(session.strings(.transferNoPayees), .warning)
                return
            }
            payeeIndex = (payeeIndex + 1) % payees.count
            entry.use(payees[payeeIndex])
            session.say(session.strings(.transferPayeeChosen, String(payeeIndex + 1), String(payees.count)), .normal)
        } catch {
            session.say(error)
        }
    }

    override func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try TransferService(session.context).assess(entry.request(ticketID: ticket?.ticketID), by: actor)
    }

    override func lookUpHolder(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> Customer? {
        let request = entry.request(ticketID: nil)
        receiverName = request.payee == nil ? try AccountHolder.of(request.toAccountNumber, session: session, by: actor).1.name : nil
        let (account, customer) = try AccountHolder.of(request.fromAccountNumber, session: session, by: actor)
        currency = account.currency
        return customer
    }

    override func post(key: String, approval: SupervisorApproval?, session: Session,
                       by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try TransferService(session.context).transfer(entry.request(ticketID: ticket?.ticketID), key: key, approval: approval, by: actor)
    }

    override func confirmationRows(_ session: Session) -> [(String, String)] {
        let s = session.strings
        let request = entry.request(ticketID: nil)
        var rows: [(String, String)] = [
            (s(.transferFrom), AccountNumber.masked(request.fromAccountNumber) + "  " + (holder?.name ?? "")),
        ]
        if let payee = request.payee {
            rows.append((s(.transferTo), payee.name + ", " + payee.bank + ", " + AccountNumber.masked(payee.accountNumber)))
            if request.savePayee { rows.append(("", s(.transferWillSavePayee))) }
        } else {
            rows.append((s(.transferTo), AccountNumber.masked(request.toAccountNumber) + "  " + (receiverName ?? "")))
        }
        rows.append((s(.cashAmount), currency.rawValue + " " + AmountParser.format(request.amount, minorUnits: currency.minorUnits)))
        if !request.memo.isEmpty { rows.append((s(.cashMemo), request.memo)) }
        return rows
    }

    override func startAnother(_ session: Session) {
        entry.clear()
        payeeIndex = -1
        super.startAnother(session)
    }

    override func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        CashConfirmation.renderTicketLine(ticket, into: &buffer, area: area, session: session)
        return entry.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: area.height - 2),
                            strings: session.strings)
    }
}
