import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// Complaints and care: the complaint lists (open, due soon, overdue,
/// recent, my complaints), each one digit away and counted at the top, with
/// overdue deadlines in the error colour and the customer's masked name.
/// Enter opens a complaint; `n` takes a new one down; `c` opens customer
/// care (follow-up tasks and suggestions). The lists re-read whenever
/// another terminal commits (a new complaint, a `demo-reset`).
final class ComplaintsScreen: CommandScreen {
    /// Open the highlighted complaint, take a new one, show a list, open care, show the list `by` places on, move the highlight.
    enum Action: Hashable, Sendable { case open, new, list(ComplaintList), care, cycle(by: Int), move }

    private(set) var list: ComplaintList = .open
    private(set) var shown: [ComplaintRecord] = []
    private var counts: [ComplaintList: Int] = [:]
    private var table = Table(columns: [])
    private var staff: StaffNames?
    private var customers: [Int64: String] = [:]
    /// The branch's response deadlines, read with the list (a frame only compares them with the clock).
    private var deadlines: ComplaintDeadlines?
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.menuComplaints) }

    /// The digit that shows each list.
    static let listKeys: [(ComplaintList, Character)] = [(.open, "1"), (.dueSoon, "2"), (.overdue, "3"), (.recent, "4"), (.mine, "5")]

    func listName(_ which: ComplaintList, _ s: Strings) -> String {
        switch which {
        case .open: return s(.complaintListOpen)
        case .dueSoon: return s(.complaintListDueSoon)
        case .overdue: return s(.complaintListOverdue)
        case .recent: return s(.complaintListRecent)
        case .mine: return s(.complaintListMine)
        }
    }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        var rows = [
            KeyBinding(Action.open, keys: [.enter], title: s(.complaintOpenKey), help: s(.complaintOpenKeyLong)),
            KeyBinding(.new, keys: [.character("n"), .insert], title: s(.complaintNewKey), help: s(.complaintNewKeyLong)),
        ]
        for (which, key) in Self.listKeys {
            rows.append(KeyBinding(.list(which), keys: [.character(key)], title: listName(which, s),
                                   help: s(.complaintListKeyLong, listName(which, s)), inFooter: which == .dueSoon || which == .overdue))
        }
        rows.append(KeyBinding(.care, keys: [.character("c")], title: s(.careKey), help: s(.careKeyLong)))
        rows += [KeyBinding(.cycle(by: 1), keys: [.right], title: s(.complaintCycleKey), help: s(.complaintCycleKeyLong), inFooter: false),
                 KeyBinding(.cycle(by: -1), keys: [.left], title: s(.complaintCycleKey), help: s(.complaintCycleKeyLong), inFooter: false)]
        return .withListMoves(rows, .move, session)
    }

    func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let service = ComplaintService(session.context)
        do {
            for which in ComplaintList.allCases where which != .recent {
                counts[which] = try service.list(which, by: actor).count
            }
            shown = try service.list(list, by: actor)
            customers = try service.customerNames(of: shown, by: actor)
            deadlines = service.deadlines()
        } catch {
            session.say(error)
        }
        staff = StaffNames(session)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .open:
            guard shown.indices.contains(table.selected) else { return .handled }
            refresh.invalidate()
            return .navigate(.push(ComplaintDetailScreen(session: session, complaintID: shown[table.selected].id)))
        case .new:
            refresh.invalidate()
            return .navigate(.push(ComplaintIntakeScreen(session: session)))
        case .care:
            return .navigate(.push(CareScreen(session: session)))
        case .cycle(let step):
            let all = ComplaintList.allCases
            let index = all.firstIndex(of: list) ?? 0
            show(all[(index + all.count + step) % all.count], session)
        case .list(let which):
            show(which, session)
        case .move:
            table.handle(key)
        }
        return .handled
    }

    private func show(_ which: ComplaintList, _ session: Session) {
        list = which
        table.select(0)
        refresh.invalidate()
    }

    func reloadIfChanged(_ session: Session) {
        guard refresh.isDue(session.context, now: session.context.clock.now()) else { return }
        let selected = shown.indices.contains(table.selected) ? shown[table.selected].id : nil
        reload(session)
        if let index = shown.firstIndex(where: { $0.id == selected }) { table.select(index) }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        var x = inner.x
        for (which, key) in Self.listKeys {
            let count = counts[which].map { " (\($0))" } ?? ""
            let alarm: StyleRole = which == .overdue && (counts[.overdue] ?? 0) > 0 ? .error
                : which == .dueSoon && (counts[.dueSoon] ?? 0) > 0 ? .warning : .normal
            x += buffer.write("\(key) ", x: x, y: inner.y, role: .dim)
            x += buffer.write(listName(which, s) + count, x: x, y: inner.y, role: which == list ? .selection : alarm)
            x += 3
        }
        // The registration number carries the business date it was received on; the due date is month-day,
        // so 80 columns leave the customer and the category room.
        table.columns = [TableColumn(s(.complaintColumnNumber), width: 14), TableColumn(s(.complaintColumnCustomer), width: 8),
                         TableColumn(s(.complaintColumnCategory)), TableColumn(s(.complaintColumnSeverity), width: 8),
                         TableColumn(s(.complaintColumnStatus), width: 13), TableColumn(s(.complaintColumnHandler), width: 7),
                         TableColumn(s(.complaintColumnDue), width: 5)]
        table.emptyMessage = s(.complaintListEmpty)
        table.setRows(shown.map { row($0, session) })
        let tableRect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        table.render(into: &buffer, at: tableRect)
        markOverdue(in: &buffer, tableRect, session)
        return nil
    }

    private func row(_ complaint: ComplaintRecord, _ session: Session) -> [String] {
        [complaint.number, complaint.customerID.map { customers[$0] ?? "?" } ?? "—",
         session.complaintCategoryName(complaint.category),
         session.complaintSeverityName(complaint.severity), session.complaintStatusName(complaint.status),
         staff?.name(complaint.handlerID) ?? "", String(session.day(complaint.dueAt).dropFirst(5))]
    }

    /// Paints the due date of every visible overdue complaint in the error colour.
    private func markOverdue(in buffer: inout CellBuffer, _ rect: Rect, _ session: Session) {
        guard let rules = deadlines, let businessDate = session.branch?.businessDate else { return }
        let now = ComplaintDeadlines.onBusinessDay(session.context.clock.now(), businessDate)
        let widths = table.columnWidths(total: rect.width)
        let dueX = rect.x + widths.dropLast().reduce(0) { $0 + $1 + 1 }
        for line in 0..<table.pageSize {
            let index = table.offset + line
            guard shown.indices.contains(index), rules.isOverdue(status: shown[index].status, dueAt: shown[index].dueAt, now: now)
            else { continue }
            buffer.restyle(Rect(x: dueX, y: rect.y + 1 + line, width: widths.last ?? 10, height: 1), role: .error)
        }
    }
}
