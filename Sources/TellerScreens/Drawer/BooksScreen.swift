import BankCore
import BankStore
import BranchServices
import Localization
import TerminalUI

/// The supervisor's view of `teller verify`: recomputes every balance from
/// the postings, checks drawers, reversals and the audit chain, and lists
/// exactly what is wrong.
final class BooksScreen: Screen {
    private var report: BooksReport?
    private var table = Table(columns: [])

    init(session: Session) { run(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.booksTitle) }

    func commands(_ session: Session) -> [KeyCommand] {
        [KeyCommand(id: "verify", keys: [.character("v")], title: session.strings(.auditVerify), help: session.strings(.booksVerifyLong))]
    }

    private func run(_ session: Session) {
        do {
            report = try BooksService(session.context).verify(by: session.signedIn)
        } catch {
            session.say(error)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if table.handle(key) { return .handled }
        if key == .escape { return .navigate(.pop) }
        guard commands(session).command(for: key)?.id == "verify" else { return .ignored }
        run(session)
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
