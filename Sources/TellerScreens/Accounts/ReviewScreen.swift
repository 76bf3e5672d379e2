import BankCore
import BranchServices
import Localization
import TerminalUI

/// Supervisors decide account applications stopped by a watch-list hit or a
/// high risk rating: Enter opens the whole application
/// (`ApplicationReviewScreen`); approve or reject with a reason. Whether this
/// supervisor may decide it (maker ≠ checker) is asked of the service before
/// the reason is typed; a refusal is said at once and audited.
final class ReviewScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case decide, open, approve, reject }

    private var pending: [(application: ApplicationRecord, customer: Customer?)] = []
    private var table = Table(columns: [])
    private var reason = TextField(maxLength: 120)
    private var editingReason: Bool?
    /// Re-reads the pending list when another terminal commits (not while a reason is typed).
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) {}

    private func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            pending = try AccountOpeningService(session.context).pendingReviews(by: actor)
        } catch {
            session.say(error)
        }
    }

    var capturesText: Bool { editingReason != nil }

    func title(_ session: Session) -> String { session.strings(.reviewTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        if editingReason != nil {
            return KeyTable([KeyBinding(.decide, keys: [.enter], title: s(.keySubmit), help: s(.reviewReasonHint))])
        }
        return KeyTable([
            KeyBinding(.open, keys: [.enter], title: s(.reviewOpen), help: s(.reviewOpenLong)),
            KeyBinding(.approve, keys: [.character("a")], title: s(.reviewApprove), help: s(.reviewApproveLong)),
            KeyBinding(.reject, keys: [.character("r")], title: s(.reviewReject), help: s(.reviewRejectLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if editingReason != nil {
            if let result = dispatch(key, session: session) { return result }
            // The reason's field: Esc puts it away (the list stays), anything else but a function key is typed.
            if key == .escape { editingReason = nil; return .handled }
            if case .function = key { return .ignored }
            reason.handle(key)
            return .handled
        }
        // The list's own keys (arrows, pages) move the highlight.
        if table.handle(key) { return .handled }
        return dispatch(key, session: session) ?? .ignored
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard let actor = session.signedIn, pending.indices.contains(table.selected) else { return action == .decide ? .handled : .ignored }
        let id = pending[table.selected].application.id
        let service = AccountOpeningService(session.context)
        switch action {
        case .decide:
            let approve = editingReason ?? false
            do {
                try service.review(applicationID: id, approve: approve, reason: reason.text, by: actor)
                session.say(session.strings(approve ? .reviewApproved : .reviewRejected, String(id)), .success)
                editingReason = nil
                reload(session)
            } catch {
                session.say(error)
            }
        case .open:
            do {
                return .navigate(.push(ApplicationReviewScreen(review: try service.reviewDetail(applicationID: id, by: actor))))
            } catch {
                session.say(error)
            }
        case .approve, .reject:
            if let refusal = service.reviewRefusal(applicationID: id, by: actor) {
                session.say(refusal)
                reload(session)
                return .handled
            }
            reason = TextField(maxLength: 120)
            editingReason = action == .approve
        }
        return .handled
    }

    func reloadIfChanged(_ session: Session) {
        if editingReason == nil, refresh.isDue(session.context, now: session.context.clock.now()) { reload(session) }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [
            TableColumn(s(.reviewColumnID), width: 5, alignment: .right),
            TableColumn(s(.customersColumnName), width: 18),
            TableColumn(s(.panelRisk), width: 10),  // "Risk level" whole
            TableColumn(s(.reviewColumnHit)),
        ]
        table.emptyMessage = s(.reviewNone)
        table.setRows(pending.map { entry in
            [String(entry.application.id), entry.customer?.name ?? "?", session.riskName(entry.application.riskLevel),
             entry.application.screeningDetail.isEmpty ? s(.reviewNoHit) : session.screeningText(entry.application.screeningDetail)]
        })
        table.render(into: &buffer, at: Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 5))
        guard let approve = editingReason else { return nil }
        let y = area.maxY - 3
        buffer.write(s(approve ? .reviewApprove : .reviewReject) + " — " + s(.reviewReason), x: area.x + 2, y: y, role: .header)
        let cursor = reason.render(into: &buffer, at: Rect(x: area.x + 2, y: y + 1, width: area.width - 4, height: 1), focused: true)
        buffer.write(s(.reviewReasonHint), in: Rect(x: area.x + 2, y: y + 2, width: area.width - 4, height: 1), role: .dim)
        return cursor
    }
}
