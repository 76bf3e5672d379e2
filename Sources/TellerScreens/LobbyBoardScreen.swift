import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The wall display: now serving per counter, and waiting count with
/// estimated wait per business type. Refreshes itself at least every second
/// and at once when another terminal changes the queue.
final class LobbyBoardScreen: Screen {
    private var counters: [CounterBoardLine] = []
    private var summaries: [QueueSummary] = []
    private var refresh = QueueRefresh()
    private var updatedAt = ""

    private let wallDisplay: Bool

    init(session: Session, wallDisplay: Bool = false) { self.wallDisplay = wallDisplay }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.boardTitle) }

    func commands(_ session: Session) -> [KeyCommand] { [] }

    func handle(_ key: Key, session: Session) -> KeyResult {
        key == .escape && !wallDisplay ? .navigate(.pop) : .ignored
    }

    private func reload(_ session: Session) {
        let service = QueueService(session.context)
        let now = session.context.clock.now()
        guard refresh.isDue(service, now: now) else { return }
        do {
            let board = try service.board()
            counters = board.counters.filter { $0.counter.state != .closed }
            summaries = board.summaries
            updatedAt = session.timestamp(now)
        } catch {
            session.say(error)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        reload(session)
        let s = session.strings
        let x = area.x + 2
        var y = area.y + 1
        buffer.write(s(.boardNowServing), x: x, y: y, role: .header)
        y += 1
        let columns = max(1, (area.width - 4) / 24)
        for (i, line) in counters.enumerated() {
            let row = y + i / columns
            guard row < area.maxY - 9 else { break }
            let cx = x + (i % columns) * 24
            buffer.write(s(.boardCounter, String(line.counter.number)), x: cx, y: row, role: .label, maxWidth: 12)
            let value = line.nowServing ?? (line.counter.state == .onBreak ? session.counterStateName(.onBreak) : s(.boardIdle))
            buffer.write(value, x: cx + 12, y: row, role: line.nowServing == nil ? .dim : .title, maxWidth: 10)
        }
        QueueSummaryTable.render(summaries, session: session, into: &buffer,
                                 at: Rect(x: x, y: area.maxY - 8, width: area.width - 4, height: 7))
        buffer.write(s(.boardRefreshed, updatedAt), x: x, y: area.maxY - 1, role: .dim)
        return nil
    }
}
