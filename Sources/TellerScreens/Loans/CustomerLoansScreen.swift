import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// One customer's loans at the counter: the applications approved and waiting
/// for a contract, and the loans signed, being repaid or closed. From a row:
/// sign the contract, pay the loan out, take a repayment (regular or early)
/// or read its statement. Re-reads when another terminal commits.
final class CustomerLoansScreen: CommandScreen {
    enum Action: Hashable, Sendable { case sign, disburse, repay, statement, move }

    /// One line of the list: an application to sign or a loan.
    enum Row {
        case application(LoanApplication)
        case loan(LoanRecord)
    }

    let customerID: Int64
    private(set) var customerName = ""
    private(set) var rows: [Row] = []
    private var table = Table(columns: [])
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session, customerID: Int64) {
        self.customerID = customerID
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanServicingCustomerTitle, customerName) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return .withListMoves([
            KeyBinding(.sign, keys: [.character("s")], title: s(.loanServicingKeySign), help: s(.loanServicingKeySignLong)),
            KeyBinding(.disburse, keys: [.character("d")], title: s(.loanServicingKeyDisburse), help: s(.loanServicingKeyDisburseLong)),
            KeyBinding(.repay, keys: [.character("r")], title: s(.loanServicingKeyRepay), help: s(.loanServicingKeyRepayLong)),
            KeyBinding(.statement, keys: [.character("t"), .enter], title: s(.loanServicingKeyStatement),
                       help: s(.loanServicingKeyStatementLong)),
        ], .move, session)
    }

    func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do throws(LocalizedMessage) {
            customerName = try CustomerService(session.context).panel(customerID: customerID, by: actor).customer.name
            let waiting = try LoanContractService(session.context).waiting(customerID: customerID, by: actor)
            let loans = try LoanRepaymentService(session.context).loans(customerID: customerID, by: actor)
            rows = waiting.map(Row.application) + loans.sorted { order($0) < order($1) }.map(Row.loan)
        } catch {
            session.say(error)
        }
    }

    /// Loans needing the counter first: signed, then being repaid, then closed.
    private func order(_ loan: LoanRecord) -> (Int, Int64) {
        ([.signed: 0, .active: 1, .closed: 2][loan.status] ?? 3, loan.id)
    }

    func reloadIfChanged(_ session: Session) {
        if refresh.isDue(session.context, now: session.context.clock.now()) { reload(session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        if action == .move {
            _ = table.handle(key)
            return .handled
        }
        refresh.invalidate()
        let chosen = rows.indices.contains(table.selected) ? rows[table.selected] : nil
        switch (action, chosen) {
        case (.sign, .application(let application)):
            return .navigate(.push(LoanContractScreen(session: session, applicationID: application.id)))
        case (.disburse, .loan(let loan)) where loan.status == .signed:
            return .navigate(.push(LoanServicingDisbursalScreen(session: session, loan: loan)))
        case (.repay, .loan(let loan)) where loan.status == .active:
            return .navigate(.push(LoanRepaymentScreen(session: session, loan: loan)))
        case (.statement, .loan(let loan)):
            return .navigate(.push(LoanStatementScreen(session: session, loanID: loan.id)))
        default:
            session.say(session.strings(.loanServicingChooseRow), .warning)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [TableColumn(s(.loanServicingColumnNumber), width: 16), TableColumn(s(.loanServicingColumnStatus), width: 18),
                         TableColumn(s(.loanServicingColumnAmount), width: 13, alignment: .right),
                         TableColumn(s(.loanServicingColumnOutstanding), width: 13, alignment: .right),
                         TableColumn(s(.loanServicingColumnTerms))]
        table.emptyMessage = s(.loanServicingNothing)
        table.setRows(rows.map { row in
            switch row {
            case .application(let application):
                return [application.number, s(.loanServicingWaiting), AmountParser.format(application.amount), "",
                        "\(application.months) · " + LoanCalculator.name(of: application.method, s)]
            case .loan(let loan):
                let status: StringKey0 = [.signed: .loanServicingSigned, .active: .loanServicingActive][loan.status] ?? .loanServicingClosed
                return [loan.contractNumber, s(status), AmountParser.format(loan.principal), AmountParser.format(loan.outstandingPrincipal),
                        "\(loan.months) · \(loan.rate)% · " + LoanCalculator.name(of: loan.method, s)]
            }
        })
        table.render(into: &buffer, at: area.inset(1))
        return nil
    }
}
