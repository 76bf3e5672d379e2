import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The electronic journal, newest first, searchable by business date,
/// amount, account and (supervisors) operator. Tellers only ever see their
/// own entries — the service enforces it and the screen says so.
/// Supervisors pick an entry and reverse it (reason, confirmation).
final class JournalScreen: KeyedScreen {
    /// `form`: a key for the open search form; the others act on the journal.
    enum Action { case form, filter, older, newer, newest, reverse, voucher, move }

    /// Its form is a search (dates, an account), not work to lose: leaving never asks.
    var hasUnsavedWork: Bool { false }

    static let pageSize = 12
    private var filterForm: JournalFilterForm
    private var editingFilter = false
    private var filter = JournalFilter()
    /// The page shown, newest first.
    private(set) var lines: [JournalLine] = []
    /// The `beforeID` of each newer page, to page back to it.
    private var newerPages: [Int64?] = []
    private var pageStart: Int64?
    private var table = Table(columns: [])
    /// Set when a reversal screen may have changed the journal.
    private var stale = false
    /// Re-reads the page when another terminal commits (issue 13), keeping the selected entry.
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session) {
        filterForm = JournalFilterForm(forSupervisor: session.signedIn?.role.may(.approve) ?? false)
        load(session, before: nil)
    }

    var capturesText: Bool { editingFilter }

    func title(_ session: Session) -> String { session.strings(.journalTitle) }

    private var mayReverse: Bool { filterForm.forSupervisor }

    /// The search form's keys while it is open; otherwise paging, the search, voucher and (supervisors) reversal.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        if editingFilter { return .formKeys(session, .form) }
        var rows = [
            KeyBinding(Action.filter, keys: [.character("f")], title: s(.journalFilter), help: s(.journalFilterLong)),
            KeyBinding(.older, keys: [.pageDown], title: s(.statementOlder), help: s(.journalOlderLong)),
            KeyBinding(.newer, keys: [.pageUp], title: s(.statementNewer), help: s(.journalNewerLong)),
            KeyBinding(.newest, keys: [.home], title: s(.statementNewest), help: s(.journalNewestLong), inFooter: false),
        ]
        if mayReverse {
            rows.append(KeyBinding(.reverse, keys: [.character("r")], title: s(.journalReverse), help: s(.journalReverseLong)))
        }
        rows.append(KeyBinding(.voucher, keys: [.character("v")], title: s(.keyReprintVoucher), help: s(.keyReprintVoucherLong),
                               inFooter: false))
        return .withListMoves(rows, .move, session)
    }

    private func load(_ session: Session, before: Int64?) {
        guard let actor = session.signedIn else { return }
        do {
            lines = try LedgerQueryService(session.context).journal(filter, beforeID: before, limit: Self.pageSize, by: actor)
            pageStart = before
            table.select(0)
        } catch {
            session.say(error)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        // The form's Esc closes the search form rather than leaving the journal.
        if key == .escape, editingFilter {
            editingFilter = false
            return .handled
        }
        return route(key, session: session) {
            guard editingFilter else { return .ignored }
            search(key, session: session)
            return .handled
        }
    }

    /// Hands a key to the search form; a valid search shows its first page.
    private func search(_ key: Key, session: Session) {
        guard let chosen = filterForm.handle(key, session: session) else { return }
        filter = chosen
        editingFilter = false
        newerPages = []
        load(session, before: nil)
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .form:
            search(key, session: session)
        case .move:
            table.handle(key)
        case .filter:
            editingFilter = true
        case .older:
            guard let last = lines.last, let actor = session.signedIn else { return .handled }
            do {
                let page = try LedgerQueryService(session.context).journal(filter, beforeID: last.entry.id, limit: Self.pageSize, by: actor)
                guard !page.isEmpty else { session.say(session.strings(.journalNoOlder), .warning); return .handled }
                newerPages.append(pageStart)
                lines = page
                pageStart = last.entry.id
                table.select(0)
            } catch {
                session.say(error)
            }
        case .newer:
            guard let previous = newerPages.popLast() else { session.say(session.strings(.statementNoNewer), .warning); return .handled }
            load(session, before: previous)
        case .newest:
            newerPages = []
            load(session, before: nil)
        case .voucher:
            guard let line = lines.indices.contains(table.selected) ? lines[table.selected] : nil, let actor = session.signedIn else {
                return .handled
            }
            do {
                session.say(session.strings(.voucherRewritten, try VoucherRepair(session.context).rewrite(entryID: line.entry.id, by: actor)),
                            .success)
            } catch {
                session.say(error)
            }
        case .reverse:
            guard let line = lines.indices.contains(table.selected) ? lines[table.selected] : nil,
                  let actor = session.signedIn else { return .handled }
            // Refused before a reason is typed when the reversal would be refused anyway.
            do {
                try ReversalService(session.context).assess(entryID: line.entry.id, by: actor)
            } catch {
                session.say(error)
                return .handled
            }
            stale = true
            return .navigate(.push(JournalReversalScreen(line: line)))
        }
        return .handled
    }

    func reloadIfChanged(_ session: Session) {
        if stale {
            stale = false
            load(session, before: pageStart)
        }
        if !editingFilter, refresh.isDue(session.context, now: session.context.clock.now()) {
            let selected = lines.indices.contains(table.selected) ? lines[table.selected].entry.id : nil
            load(session, before: pageStart)
            if let index = lines.firstIndex(where: { $0.entry.id == selected }) { table.select(index) }
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let inner = area.inset(1)
        buffer.write(mayReverse ? s(.journalAllOperators) : s(.journalOwnOnly),
                     in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .dim)
        var y = inner.y + 1
        var cursor: Point?
        if editingFilter {
            cursor = filterForm.render(into: &buffer, at: Rect(x: inner.x, y: y, width: inner.width, height: filterForm.height),
                                       session: session)
            y += filterForm.height + 1
        }
        table.columns = [TableColumn(s(.journalColumnEntry), width: 5, alignment: .right), TableColumn(s(.journalColumnDate), width: 10),
                         TableColumn(s(.journalColumnTime), width: 5), TableColumn(s(.journalColumnKind)),
                         TableColumn(s(.journalColumnAccount), width: 8), TableColumn(s(.journalColumnAmount), width: 12, alignment: .right),
                         TableColumn(s(.journalColumnMaker), width: 8), TableColumn(s(.journalColumnApprover), width: 8),
                         TableColumn(s(.journalColumnReversedBy), width: 6)]
        table.emptyMessage = s(.journalEmpty)
        table.setRows(lines.map { Self.row($0, session) })
        let tableHeight = max(2, min(inner.maxY - y - 1, Self.pageSize + 1))
        table.render(into: &buffer, at: Rect(x: inner.x, y: y, width: inner.width, height: tableHeight), focused: !editingFilter)
        if !editingFilter, lines.indices.contains(table.selected) {
            buffer.write(Self.detail(lines[table.selected], s), in: Rect(x: inner.x, y: y + tableHeight, width: inner.width, height: 1),
                         role: lines[table.selected].reversedBy == nil ? .dim : .warning)
        }
        return cursor
    }

    /// `****1234`: the last four digits of an account, enough to tell accounts apart in a narrow column.
    static func shortAccount(_ number: String?) -> String {
        guard let number, !number.isEmpty else { return "" }
        return "****" + number.suffix(4)
    }

    static func row(_ line: JournalLine, _ session: Session) -> [String] {
        let entry = line.entry
        return [String(entry.id), entry.businessDate.description, LocalTimeText.hoursMinutes(entry.at),
                session.coded("journalKind", entry.kind.rawValue), shortAccount(line.accountNumber),
                AmountParser.format(entry.amount), line.maker, line.approver ?? "", line.reversedBy.map(String.init) ?? ""]
    }

    /// The selected entry in a sentence, with "reversed by N" in words.
    static func detail(_ line: JournalLine, _ s: Strings) -> String {
        let about = [line.entry.memo, line.entry.detail].first { !$0.isEmpty } ?? "—"
        var text = s(.journalDetail, String(line.entry.id), about)
        if let original = line.entry.reversesID { text += "  " + s(.journalReverses, String(original)) }
        if let reversal = line.reversedBy { text += "  " + s(.journalReversedBy, String(reversal)) }
        return text
    }
}
