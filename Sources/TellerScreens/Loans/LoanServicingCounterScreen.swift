import BankCore
import BranchServices
import Localization
import TerminalUI

/// The keys of the loan counter forms: all go to the form (Ctrl-S submits).
enum LoanCounterAction: Hashable, Sendable { case form }

/// What the loan disbursal and repayment screens share on top of the money
/// screens' steps (`MoneyOperationScreen`): the loan, its counter form and
/// the routing of its keys; the subclass says what a change and a submit do.
class LoanServicingCounterScreen: MoneyOperationScreen<LoanCounterAction> {
    let loan: LoanRecord
    var entry: LoanServicingCounterForm

    init(loan: LoanRecord, entry: LoanServicingCounterForm) {
        self.loan = loan
        self.entry = entry
    }

    /// A field changed (a choice moved, text typed).
    func entryChanged(_ session: Session) {}
    /// Ctrl-S (or Enter at the end): go on when the form is complete.
    func entrySubmitted(_ session: Session) -> KeyResult { submitEntry(session) }

    override func entryTable(_ session: Session) -> KeyTable<LoanCounterAction> { .formKeys(session, .form) }

    override func performEntry(_ action: LoanCounterAction, key: Key, session: Session) -> KeyResult {
        handleEntry(key, session: session)
    }

    override func handleEntry(_ key: Key, session: Session) -> KeyResult {
        switch entry.handle(key) {
        case .none: return .handled
        case .changed:
            entryChanged(session)
            return .handled
        case .submit:
            return entrySubmitted(session)
        }
    }

    override func lookUpHolder(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> Customer? {
        try CustomerService(session.context).panel(customerID: loan.customerID, by: actor).customer
    }
}
