import BankCore
import BranchServices
import Localization
import TerminalUI

/// One loan application as the desk types it: the form, and from it the
/// collateral, the guarantors, the documents checklist, the schedule
/// preview, the credit assessment and submission. Ctrl-S saves a draft at
/// any time (F2 stays the language key everywhere); leaving with unsaved
/// changes asks first, and a saved draft is continued from the loan desk.
final class LoanApplicationScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case nextField, saveDraft, collateral, guarantors, documents, schedule, assessment, submit }

    let work: LoanApplicationWork
    private let spec: FormSpec
    private var form: Form

    /// A new application for `customerID`, linked to the ticket being served, if any.
    convenience init(session: Session, customerID: Int64, ticketID: Int64? = nil) {
        self.init(session: session, work: LoanDeskData.newWork(customerID: customerID, ticketID: ticketID, session))
    }

    init(session: Session, work: LoanApplicationWork) {
        self.work = work
        spec = LoanApplicationForm.spec(work)
        form = spec.makeForm(session)
        form.compact = true
        if work.products.isEmpty { session.say(session.strings(.loanDeskNoProducts), .warning) }
    }

    /// A saved draft continued, or nil (with the reason said) when it cannot be read.
    static func continuing(session: Session, applicationID: Int64) -> LoanApplicationScreen? {
        LoanDeskData.draftWork(applicationID: applicationID, session).map { LoanApplicationScreen(session: session, work: $0) }
    }

    var capturesText: Bool {
        guard form.fields.indices.contains(form.focus), case .text = form.fields[form.focus].input else { return false }
        return true
    }

    var hasUnsavedWork: Bool { form.edited || work.changed }

    func title(_ session: Session) -> String { spec.title.text(in: session.strings) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(Action.nextField, keys: [.tab, .backTab], title: s(.keyNextField), help: s(.keyNextFieldLong)),
            KeyBinding(.saveDraft, keys: [.control("s")], title: s(.loanDeskKeySaveDraft), help: s(.loanDeskKeySaveDraftLong)),
            // Shown on the form's own lines (with what each holds) rather than in the footer.
            KeyBinding(.collateral, keys: [.function(5)], title: s(.loanDeskKeyCollateral), help: s(.loanDeskKeyCollateralLong), inFooter: false),
            KeyBinding(.guarantors, keys: [.function(6)], title: s(.loanDeskKeyGuarantors), help: s(.loanDeskKeyGuarantorsLong), inFooter: false),
            KeyBinding(.documents, keys: [.function(7)], title: s(.loanDeskKeyDocuments), help: s(.loanDeskKeyDocumentsLong), inFooter: false),
            KeyBinding(.schedule, keys: [.function(8)], title: s(.loanDeskKeySchedule), help: s(.loanDeskKeyScheduleLong), inFooter: false),
            KeyBinding(.assessment, keys: [.function(9)], title: s(.loanDeskKeyAssessment), help: s(.loanDeskKeyAssessmentLong), inFooter: false),
            KeyBinding(.submit, keys: [.function(12)], title: s(.loanDeskKeySubmit), help: s(.loanDeskKeySubmitLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) { formKey(key, session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .nextField: return formKey(key, session)
        case .saveDraft: return saveDraft(session)
        case .collateral: return .navigate(.push(LoanCollateralScreen(work: work)))
        case .guarantors: return .navigate(.push(LoanGuarantorsScreen(session: session, work: work)))
        case .documents: return documents(session)
        case .schedule: return schedule(session, submitting: false)
        case .assessment: return assessment(session)
        case .submit: return submit(session)
        }
    }

    /// The form takes the key; confirming it (Enter on the last field) saves the draft.
    private func formKey(_ key: Key, _ session: Session) -> KeyResult {
        spec.relabel(&form, session)
        let s = session.strings
        let before = form
        let event = form.handle(key) { [spec] id, value in spec.problem(id, value, before, s) }
        work.input.productCode = form.value("product")  // the methods offered follow the product
        spec.relabel(&form, session)
        return event == .submit ? saveDraft(session) : .handled
    }

    /// Checks every typed figure and copies them into the work; false (a field says why) when one is not a figure.
    private func readForm(_ session: Session) -> Bool {
        spec.relabel(&form, session)
        let s = session.strings
        let snapshot = form
        guard form.validate({ [spec] id, value in spec.problem(id, value, snapshot, s) }) else { return false }
        LoanApplicationForm.read(form, into: work)
        return true
    }

    /// Saves the draft; true when it is saved.
    @discardableResult
    private func save(_ session: Session) -> Bool {
        guard readForm(session) else { return false }
        do {
            try work.save(session)
            form.markSaved()
            return true
        } catch {
            session.say(error)
            return false
        }
    }

    private func saveDraft(_ session: Session) -> KeyResult {
        if save(session) { session.say(session.strings(.loanDeskDraftSaved, work.number ?? ""), .success) }
        return .handled
    }

    private func documents(_ session: Session) -> KeyResult {
        guard save(session) else { return .handled }
        return .navigate(.push(LoanChecklistScreen.documents(work)))
    }

    private func assessment(_ session: Session) -> KeyResult {
        guard save(session), let actor = session.signedIn, let id = work.applicationID else { return .handled }
        do {
            let assessment = try LoanApplicationService(session.context).assessment(applicationID: id, by: actor)
            return .navigate(.push(LoanAssessmentScreen(customerName: work.customerName, assessment: assessment)))
        } catch {
            session.say(error)
            return .handled
        }
    }

    /// The schedule the customer would sign; when `submitting`, its confirm key submits the saved draft.
    private func schedule(_ session: Session, submitting: Bool) -> KeyResult {
        guard readForm(session), let actor = session.signedIn else { return .handled }
        do {
            let schedule = try LoanApplicationService(session.context).preview(work.input, by: actor)
            var confirm: LoanScheduleScreen.Submit?
            if submitting, let id = work.applicationID {
                let number = work.number ?? ""
                confirm = { session throws(LocalizedMessage) in
                    guard let actor = session.signedIn else { throw LocalizedMessage(.unexpectedError, "signed out") }
                    let submission = try LoanApplicationService(session.context).submit(applicationID: id, by: actor)
                    return LoanOutcomeScreen(number: number, submission: submission)
                }
            }
            return .navigate(.push(LoanScheduleScreen(schedule: schedule, submit: confirm)))
        } catch {
            session.say(error)
            return .handled
        }
    }

    /// Saves, then shows what stops submission, or the schedule to submit with.
    private func submit(_ session: Session) -> KeyResult {
        guard save(session), let actor = session.signedIn, let id = work.applicationID else { return .handled }
        do {
            let problems = try LoanApplicationService(session.context).problems(applicationID: id, by: actor)
            if !problems.isEmpty { return .navigate(.push(LoanProblemsScreen(problems: problems))) }
        } catch {
            session.say(error)
            return .handled
        }
        return schedule(session, submitting: true)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        spec.relabel(&form, session)
        let s = session.strings
        let inner = area.inset(1)
        let status = work.number.map { s(.loanDeskAppDraftNumber, $0) } ?? s(.loanDeskAppNotSaved)
        buffer.write(status, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        let cursor = form.render(into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: form.height))
        let keys = keyTable(session)
        let documents = work.product?.documents ?? []
        let lines = [
            keys.label(for: .collateral) + "  " + s(.loanDeskAppCollateralLine, String(work.input.collateral.count),
                                                     LoanFigures.money(work.input.collateral.reduce(0) { $0 + $1.appraisedValue })),
            keys.label(for: .guarantors) + "  " + s(.loanDeskAppGuarantorsLine, String(work.input.guarantorIDs.count)),
            keys.label(for: .documents) + "  " + s(.loanDeskAppDocumentsLine,
                                                    String(documents.filter(work.documentsSeen.contains).count), String(documents.count)),
        ]
        let steps = [Action.schedule, .assessment, .submit].compactMap { action in
            keys.bindings.first { $0.action == action }.map { keys.label(for: action) + " " + $0.title }
        }
        var y = inner.y + 3 + form.height
        for line in lines + ["", steps.joined(separator: "   ")] where y < inner.maxY {
            buffer.write(line, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .normal)
            y += 1
        }
        return cursor
    }
}
