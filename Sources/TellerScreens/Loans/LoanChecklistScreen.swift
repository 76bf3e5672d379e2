import BankCore
import BranchServices
import Localization
import TerminalUI

/// A list of items ticked with Space: the documents of an application as
/// each is seen, or a product's repayment methods and required documents.
/// What a tick does is the caller's (a service call or a change to the
/// form being edited); a refusal is said and the tick stays as it was.
final class LoanChecklistScreen: CommandScreen {
    /// One line of the list, under an optional heading that starts a group.
    struct Item {
        var id: String
        var label: (Session) -> String
        var heading: ((Session) -> String)? = nil
    }

    /// Ticks (or unticks) item `id`; returns what is ticked now.
    typealias Toggle = (_ id: String, _ ticked: Bool, Session) throws(LocalizedMessage) -> Set<String>

    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case toggle, move }

    private let heading: (Session) -> String
    let items: [Item]
    private(set) var ticked: Set<String>
    private let toggle: Toggle
    private let emptyMessage: StringKey0
    private var selected = 0

    init(title: @escaping (Session) -> String, items: [Item], ticked: Set<String>, empty: StringKey0, toggle: @escaping Toggle) {
        heading = title
        self.items = items
        self.ticked = ticked
        emptyMessage = empty
        self.toggle = toggle
    }

    /// The documents checklist of the application being typed (its draft is saved before this opens).
    static func documents(_ work: LoanApplicationWork) -> LoanChecklistScreen {
        let documents = work.product?.documents ?? []
        return LoanChecklistScreen(title: { $0.strings(.loanDeskDocumentsTitle, work.customerName) },
                                   items: documents.map { document in Item(id: document.rawValue, label: { $0.loanDocumentName(document) }) },
                                   ticked: Set(work.documentsSeen.map(\.rawValue)), empty: .loanDeskDocumentsNone) { id, seen, session throws(LocalizedMessage) in
            if let document = LoanDocument(rawValue: id) { try work.setDocument(document, seen: seen, session) }
            return Set(work.documentsSeen.map(\.rawValue))
        }
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { heading(session) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        guard !items.isEmpty else { return KeyTable([]) }
        return .withListMoves([KeyBinding(.toggle, keys: [.character(" "), .enter], title: s(.loanDeskKeyTick), help: s(.loanDeskKeyTickLong))],
                              .move, session)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        guard !items.isEmpty else { return .handled }
        switch action {
        case .move:
            switch key {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(items.count - 1, selected + 1)
            case .home, .pageUp: selected = 0
            default: selected = items.count - 1
            }
        case .toggle:
            let id = items[selected].id
            do {
                ticked = try toggle(id, !ticked.contains(id), session)
            } catch {
                session.say(error)
            }
        }
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let inner = area.inset(1)
        guard !items.isEmpty else {
            buffer.write(session.strings(emptyMessage), in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .dim)
            return nil
        }
        var y = inner.y
        for (index, item) in items.enumerated() where y < inner.maxY {
            if let heading = item.heading {
                if index > 0 { y += 1 }
                buffer.write(heading(session), in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .header)
                y += 1
            }
            let mark = ticked.contains(item.id) ? "[x] " : "[ ] "
            buffer.write(mark + item.label(session), in: Rect(x: inner.x + 2, y: y, width: min(60, inner.width - 2), height: 1),
                         role: index == selected ? .selection : .normal)
            y += 1
        }
        return nil
    }
}
