import BankCore
import Localization
import TerminalUI

/// Why an application cannot be submitted yet: every problem the service
/// found, each on its own line (wrapped, never cut), scrolled when there are
/// more than fit.
final class LoanProblemsScreen: CommandScreen {
    /// Scroll the list; Esc goes back to the application.
    enum Action: Hashable, Sendable { case up, down }

    let problems: [LocalizedMessage]
    private let heading: StringKey0
    private let lead: StringKey0
    private var offset = 0

    init(problems: [LocalizedMessage], title: StringKey0 = .loanDeskProblemsTitle, lead: StringKey0 = .loanDeskProblemsLead) {
        self.problems = problems
        heading = title
        self.lead = lead
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(heading) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        KeyTable([
            KeyBinding(.up, keys: [.up, .pageUp], title: session.strings(.uiHelpMenuMove), help: session.strings(.uiHelpMenuMove), inFooter: false),
            KeyBinding(.down, keys: [.down, .pageDown], title: session.strings(.uiHelpMenuMove), help: session.strings(.uiHelpMenuMove),
                       inFooter: false),
        ])
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        offset = max(0, action == .up ? offset - 1 : offset + 1)
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let inner = area.inset(1)
        buffer.write(session.strings(lead), in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        let lines = LoanText.bulleted(problems.map { $0.text(in: session.strings) }, width: inner.width)
        LoanText.draw(lines, from: &offset, into: &buffer, at: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2),
                      role: .error)
        return nil
    }
}

/// Text the loan screens wrap into lines: each item its own bullet, continuation lines indented.
enum LoanText {
    static func bulleted(_ items: [String], width: Int) -> [String] {
        items.flatMap { item in
            TextLayout.wrap(item, width: max(1, width - 2)).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
        }
    }

    /// Draws `lines` from `offset` (clamped so the last page is full), marking when more are below.
    static func draw(_ lines: [String], from offset: inout Int, into buffer: inout CellBuffer, at rect: Rect, role: StyleRole) {
        guard rect.height > 0 else { return }
        offset = min(offset, max(0, lines.count - rect.height))
        for (row, line) in lines.dropFirst(offset).prefix(rect.height).enumerated() {
            buffer.write(line, in: Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1), role: role)
        }
        if lines.count > rect.height {
            let marker = "\(offset + 1)-\(min(lines.count, offset + rect.height))/\(lines.count)"
            buffer.write(marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.y - 2, role: .dim)
        }
    }
}
