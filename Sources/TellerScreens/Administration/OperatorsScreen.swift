import BankCore
import BranchServices
import Localization
import TerminalUI

/// The list of operators, for administrators (add, reset PIN, unlock,
/// deactivate) and supervisors (unlock only).
final class OperatorsScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case add, resetPIN, unlock, toggleActive }

    private var table = Table(columns: [])
    private var operators: [Operator] = []
    private var confirm: (dialog: ConfirmDialog, target: Operator)?

    init(session: Session) { reload(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.operatorsTitle) }

    private var canManage: (Session) -> Bool = { $0.signedIn?.role.may(.manageOperators) ?? false }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        let unlock = KeyBinding(Action.unlock, keys: [.character("u")], title: s(.operatorsUnlock), help: s(.operatorsUnlockLong))
        guard canManage(session) else { return KeyTable([unlock]) }
        return KeyTable([
            KeyBinding(.add, keys: [.character("a"), .insert], title: s(.operatorsAdd), help: s(.operatorsAddLong)),
            KeyBinding(.resetPIN, keys: [.character("p")], title: s(.operatorsResetPIN), help: s(.operatorsResetPINLong)),
            unlock,
            KeyBinding(.toggleActive, keys: [.character("d")], title: s(.operatorsToggleActive), help: s(.operatorsToggleActiveLong)),
        ])
    }

    func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            operators = try OperatorAdministration(session.context).list(by: actor)
        } catch {
            session.say(error)
        }
    }

    private var selected: Operator? {
        guard let row = table.selectedRow else { return nil }
        return operators.first { $0.username == row.first }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if var pending = confirm {
            let answer = pending.dialog.handle(key)
            confirm = answer == nil ? pending : nil
            if answer == .yes { toggleActive(pending.target, session: session) }
            return .handled
        }
        // The list's own keys (arrows, pages) move the highlight.
        if table.handle(key) { return .handled }
        return dispatch(key, session: session) ?? .ignored
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard let actor = session.signedIn else { return .ignored }
        let admin = OperatorAdministration(session.context)
        switch action {
        case .add:
            return .navigate(.push(OperatorFormScreen.make(mode: .add, session: session) { [weak self] in self?.reload(session) }))
        case .resetPIN:
            guard let target = selected else { return .handled }
            return .navigate(.push(OperatorFormScreen.make(mode: .resetPIN(target), session: session) { [weak self] in self?.reload(session) }))
        case .unlock:
            guard let target = selected else { return .handled }
            do {
                try admin.unlock(target, by: actor)
                session.say(session.strings(.operatorsUnlocked, target.username), .success)
            } catch {
                session.say(error)
            }
            reload(session)
        case .toggleActive:
            guard let target = selected else { return .handled }
            let s = session.strings
            let question = target.active ? s(.operatorsDeactivateConfirm, target.username) : s(.operatorsReactivateConfirm, target.username)
            confirm = (ConfirmDialog(title: s(.operatorsToggleActive), message: question, yes: s(.yes), no: s(.no)), target)
        }
        return .handled
    }

    private func toggleActive(_ target: Operator, session: Session) {
        guard let actor = session.signedIn else { return }
        do {
            try OperatorAdministration(session.context).setActive(target, !target.active, by: actor)
            session.say(session.strings(target.active ? .operatorsDeactivated : .operatorsReactivated, target.username), .success)
        } catch {
            session.say(error)
        }
        reload(session)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let now = session.context.clock.now()
        table.columns = [
            TableColumn(s(.operatorsColumnID), width: 12),
            TableColumn(s(.operatorsColumnName)),
            TableColumn(s(.operatorsColumnRole), width: 14),
            TableColumn(s(.operatorsColumnState), width: 12),
            TableColumn(s(.operatorsColumnLanguage), width: 10),
        ]
        table.emptyMessage = s(.operatorsEmpty)
        table.setRows(operators.map { op in
            let state = !op.active ? s(.operatorsStateInactive) : op.isLocked(at: now) ? s(.operatorsStateLocked) : s(.operatorsStateActive)
            let language = op.language.flatMap(Language.init(code:))?.nativeName ?? ""
            return [op.username, op.displayName, session.roleName(op.role), state, language]
        })
        table.render(into: &buffer, at: area.inset(1))
        confirm?.dialog.render(into: &buffer, area: area)
        return nil
    }
}
