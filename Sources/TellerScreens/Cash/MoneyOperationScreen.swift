import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The steps every money screen shares, written once: the entry form (the
/// subclass's), then the service's assessment, customer verification and
/// supervisor approval when asked for, a confirmation view, the post with an
/// idempotency key fixed when the teller confirms (and re-used if the post
/// must be retried), and the result. Deposit, withdrawal and transfer
/// subclass it and supply the form, the assessment and the post.
///
/// Keys: one typed table per stage (`keyTable`). The entry stage's rows are
/// the subclass's own actions (`EntryAction`, at least "the form takes this
/// key"); confirm posts; done starts another or rewrites the voucher.
class MoneyOperationScreen<EntryAction: Hashable & Sendable>: KeyedScreen {
    enum Stage { case entry, confirm, done(PostedOperation) }

    /// What a key does on a money screen; which rows are in the table depends on the stage.
    enum Action: Hashable, Sendable {
        /// Entry stage: the subclass's action.
        case entry(EntryAction)
        /// Confirm stage: post the request as confirmed.
        case post
        /// Done stage: clear the form for the next operation.
        case another
        /// Done stage: write the posted entry's voucher file again.
        case reprint
    }

    private(set) var stage: Stage = .entry
    /// The supervisor's approval for the request as confirmed; dropped when the teller edits.
    private(set) var approval: SupervisorApproval?
    /// Fixed when the teller confirms; the same key is sent again on a retry, so nothing posts twice.
    private(set) var idempotencyKey: String?
    /// The account holder of the request being confirmed (for verification and the confirmation view).
    var holder: Customer?

    // MARK: What a subclass supplies

    func title(_ session: Session) -> String { "" }
    /// True while the entry form's focused field takes text.
    var entryCapturesText: Bool { false }
    /// The entry stage's rows (the form keys, and any of the subclass's own).
    func entryTable(_ session: Session) -> KeyTable<EntryAction> { KeyTable([]) }
    /// Performs one of the entry stage's actions.
    func performEntry(_ action: EntryAction, key: Key, session: Session) -> KeyResult { .ignored }
    /// A key on the entry form that is not in the table (text typed into a field);
    /// calls `submitEntry` when the form is complete and valid.
    func handleEntry(_ key: Key, session: Session) -> KeyResult { .ignored }
    func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? { nil }
    /// The service's assessment of the request as entered (writes nothing).
    func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        throw LocalizedMessage(.unexpectedError, "no assessment")
    }
    /// Whether the form satisfies what the assessment asks of it (e.g. a purpose of funds); marks the field if not.
    func formMeets(_ requirements: OperationRequirements, session: Session) -> Bool { true }
    func post(key: String, approval: SupervisorApproval?, session: Session, by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        throw LocalizedMessage(.unexpectedError, "no post")
    }
    /// Label and value rows of the confirmation view.
    func confirmationRows(_ session: Session) -> [(String, String)] { [] }
    /// The account holder of the request as entered, for verification and confirmation.
    func lookUpHolder(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> Customer? { nil }

    // MARK: Screen

    /// The form's typed work, and a confirmed request not yet posted; nothing once posted.
    var hasUnsavedWork: Bool {
        switch stage {
        case .entry: return UnsavedWork.isPresent(in: self)
        case .confirm: return true
        case .done: return false
        }
    }

    var capturesText: Bool {
        if case .entry = stage { return entryCapturesText }
        return false
    }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        switch stage {
        case .entry:
            return KeyTable(entryTable(session).bindings.map {
                KeyBinding(.entry($0.action), keys: $0.keys, title: $0.title, help: $0.help, inFooter: $0.inFooter)
            })
        case .confirm:
            // Esc (back to edit) is the application's Back key in the footer, and the prompt line says so.
            return KeyTable([KeyBinding(.post, keys: [.enter], title: s(.cashConfirmPost), help: s(.cashConfirmPostLong))])
        case .done:
            // A second Enter after posting is in no row: the operation is already done.
            return KeyTable([KeyBinding(.another, keys: [.character("n")], title: s(.cashAnother), help: s(.cashAnotherLong)),
                             KeyBinding(.reprint, keys: [.character("r")], title: s(.keyReprintVoucher), help: s(.keyReprintVoucherLong))])
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        // On the confirmation view Esc goes back to editing rather than leaving; elsewhere
        // Esc, the function keys and the global control keys work here as on every form.
        if key == .escape, case .confirm = stage {
            backToEntry()
            return .handled
        }
        return route(key, session: session) {
            if case .entry = stage { return handleEntry(key, session: session) }
            return .ignored
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .entry(let entryAction):
            return performEntry(entryAction, key: key, session: session)
        case .post:
            postConfirmed(session)
        case .another:
            startAnother(session)
        case .reprint:
            if case .done(let posted) = stage { rewriteVoucher(of: posted, session: session) }
        }
        return .handled
    }

    /// Clears the form for the next operation (the subclass resets its fields and calls super).
    func startAnother(_ session: Session) {
        backToEntry()
        session.message = nil
    }

    private func backToEntry() {
        stage = .entry
        approval = nil
        idempotencyKey = nil
    }

    // MARK: Steps

    /// Called by the subclass when its form is valid: assess, then verification, approval or confirmation.
    func submitEntry(_ session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .handled }
        do throws(LocalizedMessage) {
            let requirements = try assess(session, by: actor)
            guard formMeets(requirements, session: session) else { return .handled }
            holder = try lookUpHolder(session, by: actor)
            approval = nil
            idempotencyKey = nil
            return next(requirements, session: session, replacingTop: false)
        } catch {
            session.say(error)
            return .handled
        }
    }

    /// The next unmet requirement as a screen to push, or the confirmation view.
    private func next(_ requirements: OperationRequirements, session: Session, replacingTop: Bool) -> KeyResult {
        let s = session.strings
        if let service = requirements.verificationService {
            guard let holder else { return .handled }
            let methods: [VerificationMethod] = requirements.oneTimeCodeRequired ? [.otp] : [.pin, .otp]
            if requirements.oneTimeCodeRequired { session.say(s(.cashOneTimeCodeNeeded), .warning) }
            let verify = VerifyCustomerScreen(session: session, customer: holder, service: service, methods: methods) { [weak self] in
                self?.afterVerification(session) ?? .pop
            }
            return .navigate(replacingTop ? .replaceTop(verify) : .push(verify))
        }
        if requirements.needsApproval && approval == nil {
            let why = requirements.approvalReasons.map { $0.text(in: s) }
            let screen = SupervisorApprovalScreen(why: why, need: requirements.approvalNeed) { [weak self] approval, session in
                self?.approval = approval
                self?.stage = .confirm
                session.say(session.strings(.cashApprovedBy, approval.approverName), .success)
                return .navigate(.pop)
            }
            return .navigate(replacingTop ? .replaceTop(screen) : .push(screen))
        }
        stage = .confirm
        return replacingTop ? .navigate(.pop) : .handled
    }

    /// After the customer passed verification: assess again (the verification now counts) and go on.
    private func afterVerification(_ session: Session) -> Navigation {
        guard let actor = session.signedIn else { return .pop }
        do throws(LocalizedMessage) {
            let requirements = try assess(session, by: actor)
            if requirements.verificationService != nil {
                session.say(LocalizedMessage(requirements.oneTimeCodeRequired ? .transferNeedsOneTimeCode : .customerNotVerified))
                return .pop
            }
            if case .navigate(let navigation) = next(requirements, session: session, replacingTop: true) { return navigation }
            return .pop
        } catch {
            session.say(error)
            return .pop
        }
    }

    /// Posts with the key fixed now (or the one fixed on the first attempt).
    private func postConfirmed(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let key = idempotencyKey ?? UUID().uuidString
        idempotencyKey = key
        do throws(LocalizedMessage) {
            let posted = try post(key: key, approval: approval, session: session, by: actor)
            stage = .done(posted)
            let s = session.strings
            if let problem = posted.voucherProblem {
                session.say(problem, .warning)
            } else {
                session.say(posted.replayed ? s(.cashReplayed, String(posted.entryID)) : s(.cashPosted, String(posted.entryID)),
                            posted.replayed ? .warning : .success)
            }
        } catch {
            // The key stays: pressing Enter again retries the very same request.
            session.say(error)
        }
    }

    /// Writes the posted entry's voucher file again from the stored text; the result view then shows it written.
    private func rewriteVoucher(of posted: PostedOperation, session: Session) {
        guard let actor = session.signedIn else { return }
        do throws(LocalizedMessage) {
            let path = try VoucherRepair(session.context).rewrite(entryID: posted.entryID, by: actor)
            var written = posted
            written.voucherProblem = nil
            stage = .done(written)
            session.say(session.strings(.voucherRewritten, path), .success)
        } catch {
            session.say(error)
        }
    }

    // MARK: Drawing

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        switch stage {
        case .entry:
            return renderEntry(into: &buffer, area: area, session: session)
        case .confirm:
            let s = session.strings
            var rows = confirmationRows(session)
            if let approval { rows.append((s(.cashApprovalLabel), approval.approverName + " — " + approval.reason)) }
            MoneyRows.render(s(.cashConfirmHeading), rows, into: &buffer, area: area)
            buffer.write(s(.cashConfirmPrompt, keyTable(session).label(for: .post), Key.escape.label), in: Rect(x: area.x + 2, y: area.maxY - 1, width: area.width - 4, height: 1), role: .header)
        case .done(let posted):
            MoneyRows.render(session.strings(.cashDoneHeading), MoneyRows.result(posted, session: session), into: &buffer, area: area)
        }
        return nil
    }
}
