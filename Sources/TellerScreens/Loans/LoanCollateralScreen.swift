import BankCore
import BranchServices
import Localization
import TerminalUI

/// The collateral offered with the application being typed: a list with
/// add (kind from the product's accepted kinds, description, appraised
/// value, appraisal date) and remove. Changes are the form's until it saves.
final class LoanCollateralScreen: CommandScreen {
    let work: LoanApplicationWork
    private var table = Table(columns: [])

    init(work: LoanApplicationWork) { self.work = work }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanDeskCollateralTitle, work.customerName) }

    func keyTable(_ session: Session) -> KeyTable<LoanEditListAction> { .addRemove(addHelp: .loanDeskKeyAddCollateralLong, session) }

    func perform(_ action: LoanEditListAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            table.handle(key)
        case .remove:
            if table.removeHighlighted(from: &work.input.collateral) { work.changed = true }
        case .add:
            let kinds = work.product?.collateral.map(\.kind) ?? []
            guard !kinds.isEmpty else {
                session.say(session.strings(.loanDeskNoCollateralKinds), .warning)
                return .handled
            }
            return .navigate(.push(FormScreen(addSpec(kinds, session), session: session)))
        }
        return .handled
    }

    /// The form that adds one piece of collateral to the work and comes back here.
    private func addSpec(_ kinds: [CollateralKind], _ session: Session) -> FormSpec {
        let work = self.work
        let today = session.branch?.businessDate.description ?? ""
        return FormSpec(title: LocalizedMessage(.loanDeskCollateralFormTitle), labelWidth: 18, fields: [
            FieldSpec("kind", .loanDeskFieldKind, .choice { s in kinds.map { ($0.rawValue, s.collateralKindName($0)) } }),
            FieldSpec("description", .loanDeskFieldDescription, .text(maxLength: 60)),
            FieldSpec("value", .loanDeskFieldValue, .text(maxLength: 16, filter: .amount)) { value, _, s in
                AmountEntry.parse(value, strings: s).failure?.text
            },
            FieldSpec("date", .loanDeskFieldAppraisalDate, .text(maxLength: 10), hint: .loanDeskDateHint, initial: today) { value, _, s in
                BusinessDate(value.trimmingCharacters(in: .whitespaces)) == nil ? s(.loanDeskBadDate) : nil
            },
        ]) { form, _ in
            guard let kind = CollateralKind(rawValue: form.value("kind")),
                  case .success(let value) = AmountEntry.parse(form.value("value"), strings: Strings(.english)),
                  let date = BusinessDate(form.value("date").trimmingCharacters(in: .whitespaces)) else { return .handled }
            work.input.collateral.append(Collateral(kind: kind, description: form.value("description").trimmingCharacters(in: .whitespaces),
                                                    appraisedValue: value, appraisalDate: date))
            work.changed = true
            form.markSaved()
            return .navigate(.pop)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [
            TableColumn(s(.loanDeskColKind), width: 12),
            TableColumn(s(.loanDeskColDescription)),
            TableColumn(s(.loanDeskColValue), width: 16, alignment: .right),
            TableColumn(s(.loanDeskColAppraised), width: 12),
        ]
        table.emptyMessage = s(.loanDeskCollateralEmpty)
        table.setRows(work.input.collateral.map {
            [session.collateralKindName($0.kind), $0.description, LoanFigures.money($0.appraisedValue), $0.appraisalDate.description]
        })
        table.render(into: &buffer, at: area.inset(1))
        return nil
    }
}

extension Result {
    /// The error, when there is one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
