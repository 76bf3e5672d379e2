import BankCore
import Foundation
import Localization
import TerminalUI

/// One count of notes and coins for a drawer or vault movement (opening
/// float, buying from or selling to the vault, the blind day-end count, a
/// vault receipt). The teller counts, confirms, and `onConfirmed` posts.
/// The idempotency key is fixed when the teller confirms and kept for a
/// retry of the same counts; changing a count starts a new request.
final class CashCountScreen: KeyedScreen {
    /// Submit the count (asks first), or move on to the next row (Enter on the last row submits).
    enum Action { case submit, next }

    private let heading: StringKey0
    private let intro: [String]
    private let question: StringKey1
    private let onConfirmed: (CashBreakdown, String, CashCountScreen, Session) -> KeyResult
    private var grid = CashCountGrid()
    private var confirm: ConfirmDialog?
    /// The request's idempotency key once confirmed.
    private(set) var key: String?

    /// `question` takes the total as its argument; `onConfirmed` gets the counts, the key and this screen (to come back to).
    init(heading: StringKey0, intro: [String], question: StringKey1,
         onConfirmed: @escaping (CashBreakdown, String, CashCountScreen, Session) -> KeyResult) {
        self.heading = heading
        self.intro = intro
        self.question = question
        self.onConfirmed = onConfirmed
    }

    var capturesText: Bool { confirm == nil }

    var breakdown: CashBreakdown { grid.breakdown }

    func title(_ session: Session) -> String { session.strings(heading) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(.submit, keys: [.control("s")], title: s(.keySubmit), help: s(.drawerCountSubmitLong)),
            KeyBinding(.next, keys: [.tab, .enter], title: s(.keyNextField), help: s(.keyNextFieldLong)),
        ])
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if var dialog = confirm {
            let answer = dialog.handle(key)
            confirm = answer == nil ? dialog : nil
            guard answer == .yes else { return .handled }
            let fixed = self.key ?? UUID().uuidString
            self.key = fixed
            return onConfirmed(grid.breakdown, fixed, self, session)
        }
        return route(key, session: session) { count(key, session: session) }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .submit: return askToConfirm(session)
        case .next: return count(key, session: session)
        }
    }

    /// Hands a key to the grid; Enter on its last row submits.
    private func count(_ key: Key, session: Session) -> KeyResult {
        let result = grid.handle(key)
        if result.finished { return askToConfirm(session) }
        if result.edited { self.key = nil }
        return result.used ? .handled : .ignored
    }

    /// A count with something in it is confirmed first (the total in words).
    private func askToConfirm(_ session: Session) -> KeyResult {
        guard grid.breakdown.total > 0 else {
            session.say(LocalizedMessage(.drawerFloatEmpty))
            return .handled
        }
        let s = session.strings
        confirm = ConfirmDialog(title: s(heading), message: s(question, AmountParser.format(grid.breakdown.total)),
                                yes: s(.yes), no: s(.no))
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        var y = area.y + 1
        for line in intro.prefix(2) {
            buffer.write(line, in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: 1), role: .dim)
            y += 1
        }
        let cursor = grid.render(into: &buffer, at: Rect(x: area.x + 4, y: y + 1, width: area.width - 6,
                                                         height: CashCountGrid.height), totalLabel: s(.drawerTotal))
        if let confirm {
            confirm.render(into: &buffer, area: area)
            return nil
        }
        return cursor
    }
}
