import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The wall display: now serving per counter, the last few numbers called,
/// and waiting count with estimated wait per business type — always in
/// English and Chinese together, whatever the interface language, since the
/// lobby reads both. On a large screen (a wall at 200×60) the numbers are
/// drawn in block characters as large as the screen allows; at 80×24 they are
/// plain text. A number called in the last few seconds is shown reversed
/// until the next call. Refreshes itself at least every second and at once
/// when another terminal changes the queue.
final class LobbyBoardScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case back, close }

    /// How long a newly called number stays highlighted (or until the next call).
    static let highlightSeconds: TimeInterval = 10
    /// How many of the last calls the board lists.
    static let recentCount = 6

    private var counters: [CounterBoardLine] = []
    private var summaries: [QueueSummary] = []
    private var recent: [RecentCall] = []
    private var refresh = ChangeWatch()
    private var updatedAt = ""
    private let wallDisplay: Bool

    init(session: Session, wallDisplay: Bool = false) { self.wallDisplay = wallDisplay }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { Self.both(.boardTitle) }

    /// The application's Back and Quit, restated with what they mean for the board.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        if wallDisplay {
            return KeyTable([KeyBinding(.close, keys: [.control("q")], title: s(.keyQuit), help: s(.uiBoardCloseLong), inFooter: false)])
        }
        return KeyTable([KeyBinding(.back, keys: [.escape], title: s(.keyBack), help: s(.uiBoardBackLong))])
    }

    func handle(_ key: Key, session: Session) -> KeyResult { dispatch(key, session: session) ?? .ignored }

    /// Both are the application's own keys (its Back leaves, its Ctrl-Q quits): the board only explains them.
    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .back, .close: return .ignored
        }
    }

    private func reload(_ session: Session) {
        let service = QueueService(session.context)
        let now = session.context.clock.now()
        guard refresh.isDue(service, now: now) else { return }
        do {
            let board = try service.board()
            counters = board.counters.filter { $0.counter.state != .closed }
            summaries = board.summaries
            recent = try service.recentCalls(limit: Self.recentCount)
            updatedAt = session.timestamp(now)
        } catch {
            session.say(error)
        }
    }

    // MARK: Drawing

    static let english = Strings(.english)
    static let chinese = Strings(.chinese)
    /// A label in both languages, English first.
    static let both = BothLanguages(separator: "  ")

    /// The newest call, while it is still new.
    private func newest(now: Date) -> RecentCall? {
        guard let call = recent.first, now.timeIntervalSince(call.calledAt) < Self.highlightSeconds else { return nil }
        return call
    }

    private func isNew(_ line: CounterBoardLine, now: Date) -> Bool {
        guard let call = newest(now: now) else { return false }
        return line.nowServing == call.number && call.counterNumber == line.counter.number
    }

    /// What a counter shows when it serves nobody, in both languages.
    private func idleText(_ line: CounterBoardLine) -> String {
        line.counter.state == .onBreak ? Self.both(.uiBoardOnBreak) : Self.english(.boardIdle)
    }

    func reloadIfChanged(_ session: Session) { reload(session) }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let now = session.context.clock.now()
        let x = area.x + 2
        let width = area.width - 4
        // From the bottom: the update stamp, the waiting table (8 rows), the recent calls (3 rows).
        buffer.write(Self.both(.boardRefreshed, updatedAt), x: x, y: area.maxY - 1, role: .dim, maxWidth: width)
        // The table stays readable on a wide wall: its columns do not drift apart.
        BoardWaitingTable.render(summaries, into: &buffer, at: Rect(x: x, y: area.maxY - 10, width: min(width, 96), height: 8))
        renderRecent(into: &buffer, at: Rect(x: x, y: area.maxY - 13, width: width, height: 2), now: now)
        buffer.write(Self.both(.boardNowServing), x: x, y: area.y + 1, role: .header, maxWidth: width)
        let room = Rect(x: x, y: area.y + 2, width: width, height: area.maxY - 14 - (area.y + 2))
        if let scale = bigScale(for: room) {
            renderBig(into: &buffer, at: room, scale: scale, now: now)
        } else {
            renderPlain(into: &buffer, at: room, now: now)
        }
        return nil
    }

    /// Counters in columns, one line each: "Counter 1  1 号窗口   A007".
    private func renderPlain(into buffer: inout CellBuffer, at room: Rect, now: Date) {
        let columnWidth = 38
        let columns = max(1, (room.width + 2) / columnWidth)
        for (i, line) in counters.enumerated() {
            let y = room.y + i / columns
            guard y < room.maxY else { break }
            let cx = room.x + (i % columns) * columnWidth
            let label = Self.english(.boardCounter, String(line.counter.number)) + " " + Self.chinese(.boardCounter, String(line.counter.number))
            buffer.write(label, x: cx, y: y, role: .label, maxWidth: 20)
            let role: StyleRole = line.nowServing == nil ? .dim : (isNew(line, now: now) ? .selection : .title)
            buffer.write(line.nowServing ?? idleText(line), x: cx + 20, y: y, role: role, maxWidth: columnWidth - 22)
        }
    }

    /// The largest block-character scale at which every counter fits `room`, or nil for plain text.
    private func bigScale(for room: Rect) -> Int? {
        guard room.width >= 100, room.height >= 14, !counters.isEmpty else { return nil }
        for scale in stride(from: 4, through: 1, by: -1) {
            let tileWidth = max(BigText.width(of: "V001", scale: scale), 20) + 4
            let columns = max(1, (room.width + 4) / tileWidth)
            let rows = (counters.count + columns - 1) / columns
            if rows * (BigText.height(scale: scale) + 2) <= room.height { return scale }
        }
        return nil
    }

    /// Counters as tiles: the label, then the number in block characters.
    private func renderBig(into buffer: inout CellBuffer, at room: Rect, scale: Int, now: Date) {
        let tileWidth = max(BigText.width(of: "V001", scale: scale), 20) + 4
        let tileHeight = BigText.height(scale: scale) + 2
        let columns = max(1, (room.width + 4) / tileWidth)
        for (i, line) in counters.enumerated() {
            let tx = room.x + (i % columns) * tileWidth
            let ty = room.y + (i / columns) * tileHeight
            let label = Self.english(.boardCounter, String(line.counter.number)) + "  " + Self.chinese(.boardCounter, String(line.counter.number))
            buffer.write(label, x: tx, y: ty, role: .label, maxWidth: tileWidth - 4)
            if let number = line.nowServing {
                BigText.draw(number, scale: scale, x: tx, y: ty + 1, role: isNew(line, now: now) ? .selection : .title,
                             maxWidth: tileWidth - 4, into: &buffer)
            } else if line.counter.state == .onBreak {
                buffer.write(idleText(line), x: tx, y: ty + 1 + BigText.height(scale: scale) / 2, role: .dim, maxWidth: tileWidth - 4)
            } else {
                BigText.draw("—", scale: scale, x: tx, y: ty + 1, role: .dim, maxWidth: tileWidth - 4, into: &buffer)
            }
        }
    }

    /// "Recently called": the last numbers, newest first, each with its counter.
    private func renderRecent(into buffer: inout CellBuffer, at rect: Rect, now: Date) {
        buffer.write(Self.both(.uiBoardRecent), x: rect.x, y: rect.y, role: .header, maxWidth: rect.width)
        var x = rect.x
        for (i, call) in recent.enumerated() {
            let text = call.number + " → " + (call.counterNumber.map(String.init) ?? "—")
            let width = DisplayWidth.of(text)
            guard x + width <= rect.maxX else { break }
            let role: StyleRole = i == 0 && newest(now: now) != nil ? .selection : .normal
            buffer.write(text, x: x, y: rect.y + 1, role: role)
            x += width + 4
        }
        if recent.isEmpty { buffer.write(Self.english(.boardIdle), x: x, y: rect.y + 1, role: .dim) }
    }
}

/// The board's waiting table: one row per business type, names and column
/// headings in English and Chinese.
enum BoardWaitingTable {
    static func render(_ summaries: [QueueSummary], into buffer: inout CellBuffer, at rect: Rect) {
        let en = LobbyBoardScreen.english, zh = LobbyBoardScreen.chinese
        buffer.write(LobbyBoardScreen.both(.receptionQueue), x: rect.x, y: rect.y, role: .header, maxWidth: rect.width)
        let numbers = 9, estimate = 18
        let typeWidth = max(10, rect.width - 2 * numbers - estimate)
        func row(_ cells: [String], y: Int, role: StyleRole) {
            let text = TextLayout.fit(cells[0], width: typeWidth) + TextLayout.fit(cells[1], width: numbers, alignment: .right)
                + TextLayout.fit(cells[2], width: numbers, alignment: .right) + TextLayout.fit(cells[3], width: estimate, alignment: .right)
            buffer.write(text, x: rect.x, y: y, role: role, maxWidth: rect.width)
        }
        for (offset, strings) in [en, zh].enumerated() {
            row([strings(.receptionColumnType), strings(.receptionColumnWaiting), strings(.receptionColumnCounters),
                 strings(.receptionColumnEstimate)], y: rect.y + 1 + offset, role: .label)
        }
        for (i, summary) in summaries.enumerated() where rect.y + 3 + i < rect.maxY {
            let key = Session.typeKey(summary.businessType)
            let wait: String
            if let seconds = summary.estimatedWait {
                let minutes = String(WaitEstimator.minutes(seconds))
                wait = en(.receptionMinutes, minutes) + " · " + zh(.receptionMinutes, minutes)
            } else {
                wait = LobbyBoardScreen.both(.uiBoardNoCounter)
            }
            row(["\(summary.businessType.series)  " + en(key) + "  " + zh(key), String(summary.waiting), String(summary.openCounters), wait],
                y: rect.y + 3 + i, role: .normal)
        }
    }
}
