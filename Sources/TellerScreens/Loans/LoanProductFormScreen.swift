import BankCore
import BranchServices
import Localization
import TerminalUI

/// A loan product edited or defined by an administrator: the declared form
/// for its terms, a checklist (F5) for the repayment methods offered and the
/// documents required, and on save the service's problems, each with its
/// rule and figure, or the version it was saved as.
final class LoanProductFormScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case form, save, checklist }

    private let spec: FormSpec
    private var form: Form
    private var methods: [RepaymentMethod]
    private var documents: [LoanDocument]
    /// Methods or documents ticked differently since the screen opened.
    private var checklistChanged = false
    private let saved: () -> Void

    /// Edits `product`, or defines a new one when it is nil; `saved` runs after a save (the list re-reads).
    init(session: Session, product: LoanProduct?, saved: @escaping () -> Void = {}) {
        spec = LoanProductForm.spec(product)
        form = spec.makeForm(session)
        form.compact = true
        methods = product?.methods ?? [.equalInstalment]
        documents = product?.documents ?? [.identityDocument, .proofOfIncome]
        self.saved = saved
    }

    var capturesText: Bool {
        guard form.fields.indices.contains(form.focus), case .text = form.fields[form.focus].input else { return false }
        return true
    }

    var hasUnsavedWork: Bool { form.edited || checklistChanged }

    func title(_ session: Session) -> String { spec.title.text(in: session.strings) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(Action.form, keys: [.tab, .backTab], title: s(.keyNextField), help: s(.keyNextFieldLong)),
            KeyBinding(.save, keys: [.control("s")], title: s(.loanDeskKeySave), help: s(.loanDeskKeySaveLong)),
            KeyBinding(.checklist, keys: [.function(5)], title: s(.loanDeskKeyChecklist), help: s(.loanDeskKeyChecklistLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) { formKey(key, session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .form: return formKey(key, session)
        case .save: return save(session)
        case .checklist: return .navigate(.push(checklist()))
        }
    }

    private func formKey(_ key: Key, _ session: Session) -> KeyResult {
        spec.relabel(&form, session)
        let s = session.strings
        let before = form
        _ = form.handle(key) { [spec] id, value in spec.problem(id, value, before, s) }
        return .handled
    }

    /// Methods first, then documents, each ticked on or off here (saved with the form).
    private func checklist() -> LoanChecklistScreen {
        let items = RepaymentMethod.allCases.enumerated().map { index, method in
            LoanChecklistScreen.Item(id: "method:" + method.rawValue, label: { $0.loanMethodName(method) },
                                     heading: index == 0 ? { $0.strings(.loanDeskChecklistMethods) } : nil)
        } + LoanDocument.allCases.enumerated().map { index, document in
            LoanChecklistScreen.Item(id: "document:" + document.rawValue, label: { $0.loanDocumentName(document) },
                                     heading: index == 0 ? { $0.strings(.loanDeskChecklistDocuments) } : nil)
        }
        let ticked = Set(methods.map { "method:" + $0.rawValue } + documents.map { "document:" + $0.rawValue })
        return LoanChecklistScreen(title: { $0.strings(.loanDeskChecklistTitle) }, items: items, ticked: ticked,
                                   empty: .loanDeskDocumentsNone) { [weak self] id, on, _ in
            guard let self else { return [] }
            if let method = RepaymentMethod(rawValue: String(id.dropFirst("method:".count))), id.hasPrefix("method:") {
                methods = RepaymentMethod.allCases.filter { $0 == method ? on : methods.contains($0) }
            } else if let document = LoanDocument(rawValue: String(id.dropFirst("document:".count))) {
                documents = LoanDocument.allCases.filter { $0 == document ? on : documents.contains($0) }
            }
            checklistChanged = true
            return Set(methods.map { "method:" + $0.rawValue } + documents.map { "document:" + $0.rawValue })
        }
    }

    private func save(_ session: Session) -> KeyResult {
        spec.relabel(&form, session)
        let s = session.strings
        let snapshot = form
        guard form.validate({ [spec] id, value in spec.problem(id, value, snapshot, s) }), let actor = session.signedIn else { return .handled }
        let product = LoanProductForm.product(form, methods: methods, documents: documents)
        let problems = LoanProductService.problems(product)
        guard problems.isEmpty else {
            return .navigate(.push(LoanProblemsScreen(problems: problems, title: .menuLoanProducts, lead: .loanDeskProductProblems)))
        }
        do {
            let version = try LoanProductService(session.context).save(product, by: actor)
            form.markSaved()
            checklistChanged = false
            saved()
            session.say(s(.loanDeskProductSaved, product.code, String(version)), .success)
            return .navigate(.pop)
        } catch {
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        spec.relabel(&form, session)
        let inner = area.inset(1)
        let cursor = form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y, width: inner.width, height: form.height))
        // The checklist key with what it holds, on the line below the form (the footer may fold it away at 80 columns).
        buffer.write(keyTable(session).label(for: .checklist) + "  " + session.strings(.loanDeskKeyChecklist) + ": "
                     + session.strings(.loanDeskChecklistCount, String(methods.count), String(documents.count)),
                     in: Rect(x: inner.x, y: area.maxY - 1, width: inner.width, height: 1), role: .dim)
        return cursor
    }
}
