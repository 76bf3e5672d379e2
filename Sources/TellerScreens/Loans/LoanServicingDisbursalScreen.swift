import BankCore
import BranchServices
import Localization
import TerminalUI

/// Paying a signed loan out: into the customer's account, or in cash from the
/// teller's drawer with the payout suggested and counted on the cash form;
/// a supervisor above the teller's authority; confirm, post and voucher
/// (the money screens' steps, `MoneyOperationScreen`).
final class LoanServicingDisbursalScreen: LoanServicingCounterScreen {
    init(session: Session, loan: LoanRecord) {
        let s = session.strings
        super.init(loan: loan, entry: LoanServicingCounterForm(fields: [
            .choice("payout", s(.loanFieldPayout), options: [("account", s(.loanSideAccount)), ("cash", s(.loanSideCash))]),
        ], sideField: "payout"))
    }

    override func title(_ session: Session) -> String { session.strings(.loanDisbursalTitle, loan.contractNumber) }

    override var entryCapturesText: Bool { entry.isCash }

    /// Cash: the payout suggested from the drawer unless the teller counted their own.
    override func entryChanged(_ session: Session) {
        if entry.isCash, entry.grid.isEmpty || entry.grid.isSuggestion, let actor = session.signedIn {
            entry.grid.fill(CashService(session.context).suggestPayout(amount: loan.principal, by: actor))
        }
    }

    override func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try LoanDisbursalService(session.context).assess(loanID: loan.id, payout: entry.side, by: actor)
    }

    override func post(key: String, approval: SupervisorApproval?, session: Session,
                       by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        try LoanDisbursalService(session.context).disburse(loanID: loan.id, payout: entry.side, key: key, approval: approval, by: actor)
    }

    override func confirmationRows(_ session: Session) -> [(String, String)] {
        let s = session.strings
        var rows: [(String, String)] = [
            (s(.loanContractNumber), loan.contractNumber),
            (s(.cashCustomer), holder?.name ?? ""),
            (s(.cashAmount), "CNY " + AmountParser.format(loan.principal)),
            (s(.loanFieldPayout), s(entry.isCash ? .loanSideCash : .loanSideAccount)),
        ]
        if entry.isCash { rows.append((s(.cashNotesAndCoins), entry.grid.breakdown.summary)) }
        return rows
    }

    override func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        buffer.write(s(.cashAmount) + ": CNY " + AmountParser.format(loan.principal) + " · \(loan.months) · \(loan.rate)%",
                     in: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: 1), role: .header)
        entry.fields.relabel(s, ["payout": .loanFieldPayout])
        return entry.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: entry.height),
                            amount: loan.principal, strings: s)
    }
}
