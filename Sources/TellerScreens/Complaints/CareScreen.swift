import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// Customer care: the open follow-up tasks (call backs after complaints,
/// welcome calls, dormant accounts), each completed or cancelled with its
/// outcome, tasks added by hand, dormant-account follow-ups scheduled in one
/// go; and, on the second tab, the suggestions from customers and staff,
/// open ones first, each answered and closed with `r`. Both lists re-read
/// whenever another terminal commits.
final class CareScreen: CommandScreen {
    enum Tab { case tasks, suggestions }
    /// What a key does on either tab; which rows are in the table depends on the tab.
    enum Action { case switchTab, done, cancel, add, dormant, answer, move }

    private(set) var tab: Tab = .tasks
    private(set) var tasks: [CareTaskRecord] = []
    private(set) var suggestions: [SuggestionRecord] = []
    private var customerNames: [Int64: String] = [:]
    private var staff: StaffNames?
    private var table = Table(columns: [])
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.careTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        let switchTab = KeyBinding(Action.switchTab, keys: [.tab], title: s(tab == .tasks ? .careSuggestionsTab : .careTasksTab),
                                   help: s(.careTabLong))
        switch tab {
        case .tasks:
            return .withListMoves([
                KeyBinding(.done, keys: [.character("d"), .enter], title: s(.careDoneKey), help: s(.careDoneKeyLong)),
                KeyBinding(.cancel, keys: [.character("x")], title: s(.careCancelKey), help: s(.careCancelKeyLong)),
                KeyBinding(.add, keys: [.character("a"), .insert], title: s(.careAddKey), help: s(.careAddKeyLong)),
                KeyBinding(.dormant, keys: [.character("f")], title: s(.careDormantKey), help: s(.careDormantKeyLong), inFooter: false),
                switchTab,
            ], .move, session)
        case .suggestions:
            return .withListMoves([
                KeyBinding(.answer, keys: [.character("r"), .enter], title: s(.careAnswerKey), help: s(.careAnswerKeyLong)),
                KeyBinding(.add, keys: [.character("a"), .insert], title: s(.suggestionAddKey), help: s(.suggestionAddKeyLong)),
                switchTab,
            ], .move, session)
        }
    }

    func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let service = CareService(session.context)
        do {
            tasks = try service.openTasks(by: actor)
            suggestions = try service.suggestions(by: actor)
        } catch {
            session.say(error)
        }
        let ids = Set(tasks.compactMap(\.customerID) + suggestions.compactMap(\.customerID)).subtracting(customerNames.keys)
        for id in ids {
            customerNames[id] = (try? CustomerService(session.context).panel(customerID: id, by: actor))?.customer.name
        }
        staff = StaffNames(session)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        // Whatever a command did, the lists are read again before the next frame.
        if action != .move { refresh.invalidate() }
        switch action {
        case .move:
            table.handle(key)
        case .switchTab:
            tab = tab == .tasks ? .suggestions : .tasks
            table.select(0)
        case .done, .cancel:
            guard tab == .tasks, tasks.indices.contains(table.selected) else { return .handled }
            let task = tasks[table.selected]
            return .navigate(.push(CareSteps.outcome(task, done: action == .done, about: summary(task, session))))
        case .answer:
            guard tab == .suggestions, suggestions.indices.contains(table.selected) else { return .handled }
            let suggestion = suggestions[table.selected]
            guard suggestion.answer == nil else {
                session.say(session.strings(.careSuggestionAnswered))
                return .handled
            }
            return .navigate(.push(CareSteps.answer(suggestion)))
        case .add:
            return .navigate(.push(tab == .tasks ? CareSteps.addTask() : CareSteps.addSuggestion()))
        case .dormant:
            guard let actor = session.signedIn else { return .ignored }
            do {
                let created = try CareService(session.context).scheduleDormantFollowUps(by: actor)
                session.say(session.strings(.careDormantScheduled, String(created)), created > 0 ? .success : .normal)
            } catch {
                session.say(error)
            }
        }
        return .handled
    }

    /// A task in one line: kind, customer, due date.
    private func summary(_ task: CareTaskRecord, _ session: Session) -> String {
        [session.careKindName(task.kind), task.customerID.flatMap { customerNames[$0] } ?? "", task.dueDate.description, task.note]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    func reloadIfChanged(_ session: Session) {
        if refresh.isDue(session.context, now: session.context.clock.now()) { reload(session) }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        var x = inner.x
        x += buffer.write(s(.careTasksTab) + " (\(tasks.count))", x: x, y: inner.y, role: tab == .tasks ? .selection : .normal)
        x += 3
        buffer.write(s(.careSuggestionsTab) + " (\(suggestions.count))", x: x, y: inner.y,
                     role: tab == .suggestions ? .selection : .normal)
        let rect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        switch tab {
        case .tasks:
            let today = session.branch?.businessDate ?? BusinessDate(date: session.context.clock.now())
            table.columns = [TableColumn(s(.careColumnDue), width: 10), TableColumn(s(.careColumnKind), width: 19),
                             TableColumn(s(.careColumnCustomer), width: 14), TableColumn(s(.careColumnNote))]
            table.emptyMessage = s(.careNoTasks)
            table.setRows(tasks.map { task in
                [task.dueDate.description + (task.dueDate < today ? "!" : ""), session.careKindName(task.kind),
                 task.customerID.flatMap { customerNames[$0] } ?? "", task.note]
            })
        case .suggestions:
            table.columns = [TableColumn(s(.careColumnDate), width: 10), TableColumn(s(.suggestionColumnFrom), width: 14),
                             TableColumn(s(.complaintFieldChannel), width: 14), TableColumn(s(.careColumnStatus), width: 8),
                             TableColumn(s(.suggestionFieldText))]
            table.emptyMessage = s(.suggestionNone)
            table.setRows(suggestions.map { suggestion in
                let from = suggestion.source == "staff" ? staff?.name(suggestion.operatorID) ?? ""
                    : suggestion.customerID.flatMap { customerNames[$0] } ?? session.coded("suggestionSource", suggestion.source)
                let channel = ComplaintChannel(rawValue: suggestion.channel).map(session.complaintChannelName) ?? suggestion.channel
                let status = s(suggestion.answer == nil ? .careSuggestionOpen : .careSuggestionClosed)
                return [session.day(suggestion.createdAt), from, channel, status, suggestion.text]
            })
            // The selected suggestion whole, with its answer, below the table.
            let detailHeight = 3
            table.render(into: &buffer, at: Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - detailHeight))
            guard suggestions.indices.contains(table.selected) else { return nil }
            let chosen = suggestions[table.selected]
            let whole = chosen.text + (chosen.answer.map { "  → " + s(.careFieldAnswer) + ": " + $0 } ?? "")
            for (i, line) in TextLayout.wrap(whole, width: rect.width).prefix(detailHeight).enumerated() {
                buffer.write(line, in: Rect(x: rect.x, y: rect.maxY - detailHeight + i, width: rect.width, height: 1), role: .dim)
            }
            return nil
        }
        table.render(into: &buffer, at: rect)
        return nil
    }
}
