import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// One complaint: every field, the deadline and whether it is due soon or
/// overdue, and the full history (who did what, when). Handlers act on it
/// from here; the footer offers the steps that fit its status, and every
/// step's key works at any time so the service can say why one is refused.
/// Operators who may not handle complaints see it read-only.
final class ComplaintDetailScreen: CommandScreen {
    /// A handling step, printing the customer's receipt, or moving through the history.
    enum Action: Hashable, Sendable { case step(ComplaintStep), print, move }

    private let complaintID: Int64
    private(set) var complaint: ComplaintRecord?
    private var events: [ComplaintEventRecord] = []
    private var customer: Customer?
    private var staff: StaffNames?
    private var history = Table(columns: [])
    /// Set when a step screen opened from here may have changed the complaint.
    private var stale = false
    /// Set on reload: the history shows its newest steps first time it is drawn.
    private var scrollToNewest = true

    init(session: Session, complaintID: Int64) {
        self.complaintID = complaintID
        reload(session)
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.complaintDetailTitle, complaint?.number ?? "") }

    private func mayHandle(_ session: Session) -> Bool { session.signedIn?.role.may(.handleComplaints) ?? false }

    /// Each step: its key, and the statuses in which the footer offers it.
    private static let steps: [(step: ComplaintStep, key: Character, title: StringKey0, help: StringKey0, offered: Set<ComplaintStatus>)] = [
        (.acknowledge, "a", .complaintAcknowledgeKey, .complaintAcknowledgeKeyLong, [.received]),
        (.investigate, "i", .complaintInvestigateKey, .complaintInvestigateKeyLong, [.acknowledged, .reopened]),
        (.respond, "r", .complaintRespondKey, .complaintRespondKeyLong, [.investigating]),
        (.close, "c", .complaintCloseKey, .complaintCloseKeyLong, [.responded]),
        (.reopen, "o", .complaintReopenKey, .complaintReopenKeyLong, [.responded, .closed]),
        (.note, "n", .complaintNoteKey, .complaintNoteKeyLong, [.investigating]),
        (.assign, "g", .complaintAssignKey, .complaintAssignKeyLong, [.received, .acknowledged]),
        (.extend, "e", .complaintExtendKey, .complaintExtendKeyLong, [.investigating]),
    ]

    /// Handlers get every step (the footer shows those that fit the status); everyone may print and scroll.
    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        var rows: [KeyBinding<Action>] = []
        if mayHandle(session), let status = complaint?.status {
            rows = Self.steps.map { step in
                KeyBinding(.step(step.step), keys: [.character(step.key)], title: s(step.title), help: s(step.help),
                           inFooter: step.offered.contains(status))
            }
        }
        rows.append(KeyBinding(.print, keys: [.character("p")], title: s(.slipPrint), help: s(.complaintSlipPrintLong), inFooter: false))
        return .withListMoves(rows, .move, session)
    }

    func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let service = ComplaintService(session.context)
        do {
            let found = try service.complaint(id: complaintID, by: actor)
            complaint = found
            events = try service.history(complaintID: complaintID, by: actor)
            customer = found.customerID.flatMap { try? CustomerService(session.context).panel(customerID: $0, by: actor).customer }
        } catch {
            session.say(error)
        }
        staff = StaffNames(session)
        scrollToNewest = true
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .move:
            history.handle(key)
            return .handled
        case .print:
            guard let complaint, session.signedIn != nil else { return .ignored }
            stale = true
            printSlip(complaint, session)
            return .handled
        case .step(let step):
            guard let complaint, let actor = session.signedIn else { return .ignored }
            stale = true
            return take(step, on: complaint, by: actor, session)
        }
    }

    private func printSlip(_ complaint: ComplaintRecord, _ session: Session) {
        do {
            let path = try ComplaintSlip.print(complaint, branch: session.branch, customerName: customer?.name,
                                               branchFile: session.context.filePath)
            session.say(session.strings(.complaintSlipPrinted, path), .success)
        } catch {
            session.say(error)
        }
    }

    /// One handling step: the one-key acknowledgement here, the others on their own form.
    private func take(_ step: ComplaintStep, on complaint: ComplaintRecord, by actor: Operator, _ session: Session) -> KeyResult {
        // A step that asks for words is assessed first: a refusal comes before any typing.
        if step != .acknowledge {
            do {
                try ComplaintService(session.context).assess(step, id: complaint.id, by: actor)
            } catch {
                session.say(error)
                return .handled
            }
        }
        switch step {
        case .acknowledge:
            do {
                try ComplaintService(session.context).acknowledge(id: complaint.id, by: actor)
                session.say(session.strings(.complaintAcknowledged, complaint.number), .success)
            } catch {
                session.say(error)
            }
        case .investigate: return .navigate(.push(ComplaintSteps.investigate(complaint)))
        case .note: return .navigate(.push(ComplaintSteps.note(complaint)))
        case .extend: return .navigate(.push(ComplaintSteps.extend(complaint)))
        case .close: return .navigate(.push(ComplaintSteps.close(complaint)))
        case .reopen: return .navigate(.push(ComplaintSteps.reopen(complaint)))
        case .assign:
            do {
                let handlers = try ComplaintService(session.context).handlers(by: actor)
                return .navigate(.push(ComplaintSteps.assign(complaint, handlers: handlers)))
            } catch {
                session.say(error)
            }
        case .respond:
            let accounts = complaint.customerID.flatMap { try? LedgerQueryService(session.context).accounts(customerID: $0, by: actor) }
            return .navigate(.push(ComplaintResponseScreen(complaint: complaint, accounts: (accounts ?? []).filter { $0.status != .closed })))
        }
        return .handled
    }

    func reloadIfChanged(_ session: Session) {
        if stale {
            stale = false
            reload(session)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        guard let complaint else { return nil }
        let s = session.strings
        let inner = area.inset(1)
        var y = inner.y
        let half = inner.width / 2
        func pair(_ label: String, _ value: String, column: Int, role: StyleRole = .normal) {
            let x = inner.x + column * half
            buffer.write(TextLayout.fit(label, width: 14), x: x, y: y, role: .label)
            buffer.write(value, in: Rect(x: x + 15, y: y, width: half - 16, height: 1), role: role)
        }
        func full(_ label: String, _ value: String, lines: Int = 1, role: StyleRole = .normal) {
            buffer.write(TextLayout.fit(label, width: 14), x: inner.x, y: y, role: .label)
            for (i, text) in TextLayout.wrap(value, width: inner.width - 15).prefix(lines).enumerated() {
                buffer.write(text, x: inner.x + 15, y: y + i, role: role, maxWidth: inner.width - 15)
            }
            y += max(1, min(lines, TextLayout.wrap(value, width: inner.width - 15).count))
        }
        pair(s(.complaintFieldStatus), session.complaintStatusName(complaint.status), column: 0, role: .header)
        pair(s(.complaintFieldTrack), session.complaintTrackName(complaint.track), column: 1)
        y += 1
        pair(s(.complaintFieldCategory), session.complaintCategoryName(complaint.category), column: 0)
        pair(s(.complaintFieldTeam), session.complaintTeamName(complaint.team), column: 1)
        y += 1
        pair(s(.complaintFieldSeverity), session.complaintSeverityName(complaint.severity), column: 0,
             role: complaint.severity >= .high ? .warning : .normal)
        pair(s(.complaintFieldChannel), session.complaintChannelName(complaint.channel), column: 1)
        y += 1
        let who = customer?.name ?? s(.complaintAnonymous)
        pair(s(.complaintFieldCustomer), complaint.contact.isEmpty ? who : "\(who) (\(complaint.contact))", column: 0)
        pair(s(.complaintFieldReceived), ComplaintSlip.received(complaint), column: 1)
        y += 1
        pair(s(.complaintFieldHandler), staff?.name(complaint.handlerID) ?? "", column: 0)
        let due = dueText(complaint, session)
        pair(s(.complaintFieldDue), due.text, column: 1, role: due.role)
        y += 1
        if complaint.aboutOperatorID != nil || complaint.satisfaction != nil {
            if complaint.aboutOperatorID != nil { pair(s(.complaintFieldAbout), staff?.name(complaint.aboutOperatorID) ?? "", column: 0) }
            if let score = complaint.satisfaction { pair(s(.complaintSatisfactionShort), "\(score)/5", column: 1) }
            y += 1
        }
        full(s(.complaintFieldDescription), complaint.description, lines: 2)
        if !complaint.remedyWanted.isEmpty { full(s(.complaintFieldRemedyWanted), complaint.remedyWanted) }
        if let explanation = complaint.responseExplanation {
            var response = explanation
            if let paid = complaint.responseMonetary, paid > 0 { response += " · CNY " + AmountParser.format(paid) }
            if let other = complaint.responseNonMonetary, !other.isEmpty { response += " · " + other }
            full(s(.complaintFieldResponse), response, lines: 2, role: .success)
        }
        if !mayHandle(session) {
            buffer.write(s(.complaintReadOnly), in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .dim)
        }
        y += 1
        renderHistory(into: &buffer, Rect(x: inner.x, y: y, width: inner.width, height: max(2, inner.maxY - y)), session)
        return nil
    }

    /// The deadline, and "due soon" or "overdue" when it is.
    private func dueText(_ complaint: ComplaintRecord, _ session: Session) -> (text: String, role: StyleRole) {
        let service = ComplaintService(session.context)
        let rules = service.deadlines(), now = service.businessNow
        let day = session.day(complaint.dueAt)
        if rules.isOverdue(status: complaint.status, dueAt: complaint.dueAt, now: now) {
            return (day + "  " + session.strings(.complaintOverdueMark), .error)
        }
        if rules.isDueSoon(status: complaint.status, dueAt: complaint.dueAt, now: now) {
            return (day + "  " + session.strings(.complaintDueSoonMark), .warning)
        }
        return (day, .normal)
    }

    /// The history, oldest first and scrolled to the newest step; ↑/↓ pick a step, whose whole detail shows below.
    private func renderHistory(into buffer: inout CellBuffer, _ rect: Rect, _ session: Session) {
        let s = session.strings
        history.columns = [TableColumn(s(.complaintColumnWhen), width: 11), TableColumn(s(.complaintColumnWho), width: 7),
                           TableColumn(s(.complaintColumnStep), width: 13), TableColumn(s(.complaintColumnDetail))]
        history.emptyMessage = ""
        history.setRows(events.map { [LocalTimeText.monthDayTime($0.at), staff?.name($0.operatorID) ?? "", session.complaintEventName($0.kind),
                                      detail($0, session)] })
        let tableRect = Rect(x: rect.x, y: rect.y, width: rect.width, height: max(2, rect.height - 2))
        if scrollToNewest {
            scrollToNewest = false
            history.render(into: &buffer, at: tableRect)  // learns its page size
            history.select(events.count - 1)
        }
        history.render(into: &buffer, at: tableRect)
        guard events.indices.contains(history.selected) else { return }
        let event = events[history.selected]
        let whole = "\(session.timestamp(event.at))  \(staff?.name(event.operatorID) ?? "")  \(session.complaintEventName(event.kind))  "
            + detail(event, session)
        for (i, line) in TextLayout.wrap(whole, width: rect.width).prefix(2).enumerated() {
            buffer.write(line, in: Rect(x: rect.x, y: tableRect.maxY + i, width: rect.width, height: 1), role: .dim)
        }
    }

    /// A step's detail in words, with the status it moved to when the step's name does not already say it.
    private func detail(_ event: ComplaintEventRecord, _ session: Session) -> String {
        let text = ComplaintEventText.detail(event, session, staff)
        guard let status = event.toStatus.flatMap(ComplaintStatus.init(rawValue:)), status.rawValue != event.kind else { return text }
        return "→ " + session.complaintStatusName(status) + (text.isEmpty ? "" : "  " + text)
    }
}
