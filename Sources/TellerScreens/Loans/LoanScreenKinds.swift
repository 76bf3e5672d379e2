import BankCore
import Localization
import TerminalUI

/// The actions of a list the desk opens rows from: open the highlighted row, move the highlight.
enum LoanListAction: Hashable, Sendable { case open, move }

/// The actions of a list typed into the application: add a line, remove the highlighted one, move.
enum LoanEditListAction: Hashable, Sendable { case add, remove, move }

/// The one action of a view with no keys of its own (Esc goes back).
enum LoanViewAction: Hashable, Sendable { case none }

/// A loan screen that only shows something (an assessment, an outcome): no keys but the application's.
protocol LoanViewScreen: CommandScreen where Action == LoanViewAction {}

extension LoanViewScreen {
    var capturesText: Bool { false }
    func keyTable(_ session: Session) -> KeyTable<LoanViewAction> { KeyTable([]) }
    func perform(_ action: LoanViewAction, key: Key, session: Session) -> KeyResult { .handled }
}

extension KeyTable where Action == LoanListAction {
    /// Enter opens the highlighted row (with this title and help); the list's keys move the highlight.
    static func openList(_ title: StringKey0, _ help: StringKey0, _ session: Session) -> KeyTable {
        .withListMoves([KeyBinding(.open, keys: [.enter], title: session.strings(title), help: session.strings(help))], .move, session)
    }
}

extension KeyTable where Action == LoanEditListAction {
    /// A (or Insert) adds a line as `addHelp` says, D (or Delete) removes the highlighted one, the list's keys move.
    static func addRemove(addHelp: StringKey0, _ session: Session) -> KeyTable {
        let s = session.strings
        return .withListMoves([
            KeyBinding(.add, keys: [.character("a"), .insert], title: s(.loanDeskKeyAdd), help: s(addHelp)),
            KeyBinding(.remove, keys: [.character("d"), .delete], title: s(.loanDeskKeyRemove), help: s(.loanDeskKeyRemoveLong)),
        ], .move, session)
    }
}

extension Table {
    /// Removes the highlighted row's element from `items` (the rows are drawn from them); false when nothing is highlighted.
    @discardableResult
    func removeHighlighted<Element>(from items: inout [Element]) -> Bool {
        guard items.indices.contains(selected) else { return false }
        items.remove(at: selected)
        return true
    }
}

extension Session {
    /// Reads again with `read` when `watch` says the branch file changed; a refusal is said and the last reading kept.
    func reread<Value>(_ watch: inout ChangeWatch, into value: inout Value, _ read: (Operator) throws(LocalizedMessage) -> Value) {
        guard let actor = signedIn, watch.isDue(context, now: context.clock.now()) else { return }
        do {
            value = try read(actor)
        } catch {
            say(error)
        }
    }
}
