import BankCore
import BranchServices
import Localization
import TerminalUI

/// The guarantors of the application being typed: customers of the bank,
/// added by the customer lookup (never the applicant, never twice) and
/// removed from the list. Changes are the form's until it saves.
final class LoanGuarantorsScreen: CommandScreen {
    let work: LoanApplicationWork
    private var table = Table(columns: [])
    /// Names read once for the guarantors on the list (drawing reads nothing).
    private var names: [Int64: String] = [:]

    init(session: Session, work: LoanApplicationWork) {
        self.work = work
        for id in work.input.guarantorIDs { names[id] = LoanDeskData.customerName(id, session) }
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanDeskGuarantorsTitle, work.customerName) }

    func keyTable(_ session: Session) -> KeyTable<LoanEditListAction> { .addRemove(addHelp: .loanDeskKeyAddGuarantorLong, session) }

    func perform(_ action: LoanEditListAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
        case .remove:
            if table.removeHighlighted(from: &work.input.guarantorIDs) { work.changed = true }
        case .add:
            return .navigate(.push(FormScreen(addSpec(), session: session)))
        }
        return .handled
    }

    /// The form that finds a customer and adds them as a guarantor, refusing the applicant and repeats.
    private func addSpec() -> FormSpec {
        FormSpec(title: LocalizedMessage(.loanDeskGuarantorFormTitle), labelWidth: 12, fields: [
            FieldSpec("customer", .loanDeskPickCustomer, .text(maxLength: 40), hint: .loanDeskPickCustomerHint),
        ]) { [weak self] form, session in
            guard let self else { return .navigate(.pop) }
            let s = session.strings
            switch CustomerLookup.resolve(form.value("customer"), session: session) {
            case .failure(let problem):
                form.setError("customer", problem.text)
            case .success(nil):
                form.setError("customer", s(.required))
            case .success(let customer?):
                if customer.id == work.input.customerID {
                    form.setError("customer", s(.loanDeskGuarantorIsApplicant))
                } else if work.input.guarantorIDs.contains(customer.id) {
                    form.setError("customer", s(.loanDeskGuarantorTwice))
                } else {
                    work.input.guarantorIDs.append(customer.id)
                    names[customer.id] = customer.name
                    work.changed = true
                    form.markSaved()
                    return .navigate(.pop)
                }
            }
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [TableColumn(s(.loanDeskColName))]
        table.emptyMessage = s(.loanDeskGuarantorsEmpty)
        table.setRows(work.input.guarantorIDs.map { [names[$0] ?? "#\($0)"] })
        table.render(into: &buffer, at: area.inset(1))
        return nil
    }
}
