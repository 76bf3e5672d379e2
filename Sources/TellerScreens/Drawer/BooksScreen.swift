import BankCore
import BranchServices
import Localization
import TerminalUI

/// The supervisor's view of `teller verify`: recomputes every balance from
/// the postings, checks drawers, reversals and the audit chain, and lists
/// exactly what is wrong.
final class BooksScreen: CommandScreen {
    /// Verify the books again, or move through the problems found.
    enum Action { case verify, move }

    private var report: BooksReport?
    private var table = Table(columns: [])

    init(session: Session) { run(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.booksTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return .withListMoves([KeyBinding(.verify, keys: [.character("v")], title: s(.auditVerify), help: s(.booksVerifyLong))], .move, session)
    }

    private func run(_ session: Session) {
        do {
            report = try BooksService(session.context).verify(by: session.signedIn)
        } catch {
            session.say(error)
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .verify: run(session)
        case .move: table.handle(key)
        }
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        guard let report else { return nil }
        let line = Rect(x: inner.x, y: inner.y, width: inner.width, height: 1)
        buffer.write(report.isClean ? s(.booksClean, String(report.entries), String(report.auditRecords))
                                    : s(.booksBroken, String(report.ledgerBreaches.count + report.auditBreaches.count)),
                     in: line, role: report.isClean ? .success : .error)
        table.columns = [TableColumn(s(.booksColumnProblem))]
        table.emptyMessage = s(.booksNoProblems)
        table.setRows((report.auditBreaches.map(\.description) + report.ledgerBreaches.map(\.description)).map { [$0] })
        table.render(into: &buffer, at: inner.below(2))
        return nil
    }
}
