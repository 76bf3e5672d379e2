import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The guide's desk: today's appointments (mark arrivals, a late one only
/// after confirming; mark missed or cancelled), walk-ins, the customer
/// registry, and how many wait for each business type with the estimated wait.
final class ReceptionScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case arrived, walkIn, missed, cancel, customers }
    /// What a yes to the question about the selected appointment does.
    private enum Question { case late, missed, cancel }

    private var appointments: [(appointment: Appointment, customer: Customer?)] = []
    private var summaries: [QueueSummary] = []
    private var table = Table(columns: [])
    private var refresh = ChangeWatch()
    /// A question about the selected appointment: a late arrival, marking it missed, or cancelling it.
    private var question: (dialog: ConfirmDialog, action: Question, entry: (appointment: Appointment, customer: Customer?))?

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.receptionTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(.arrived, keys: [.enter], title: s(.receptionArrived), help: s(.receptionArrivedLong)),
            KeyBinding(.walkIn, keys: [.character("w")], title: s(.receptionWalkIn), help: s(.receptionWalkInLong)),
            KeyBinding(.missed, keys: [.character("m")], title: s(.receptionMarkMissed), help: s(.receptionMarkMissedLong)),
            KeyBinding(.cancel, keys: [.character("x")], title: s(.receptionCancelAppointment), help: s(.receptionCancelAppointmentLong)),
            KeyBinding(.customers, keys: [.character("c")], title: s(.receptionCustomers), help: s(.receptionCustomersLong)),
        ])
    }

    private func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let service = QueueService(session.context)
        guard refresh.isDue(service, now: session.context.clock.now()) else { return }
        do {
            appointments = try service.appointments(by: actor)
            summaries = try service.summaries()
        } catch {
            session.say(error)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        if var pending = question {
            let answer = pending.dialog.handle(key)
            question = answer == nil ? pending : nil
            return answer == .yes ? answered(pending.action, pending.entry, session: session) : .handled
        }
        // The list's own keys (arrows, pages) move the highlight.
        if table.handle(key) { return .handled }
        guard let result = dispatch(key, session: session) else { return .ignored }
        refresh.invalidate()
        return result
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .arrived:
            guard let entry = bookedSelection(session) else { return .handled }
            if let late = QueueService(session.context).lateness(of: entry.appointment) {
                let s = session.strings
                question = (ConfirmDialog(title: s(.receptionArrived), message: s(.receptionAppointmentLateQuestion, entry.appointment.time,
                                                                                   String(late)), yes: s(.yes), no: s(.no)), .late, entry)
                return .handled
            }
            return .navigate(.push(TicketIssueScreen(session: session, customer: entry.customer, appointment: entry.appointment)))
        case .missed, .cancel:
            guard let entry = bookedSelection(session) else { return .handled }
            let s = session.strings
            let name = entry.customer?.name ?? "?"
            let missed = action == .missed
            let message = missed ? s(.receptionMarkMissedQuestion, entry.appointment.time, name)
                : s(.receptionCancelAppointmentQuestion, entry.appointment.time, name)
            let title = missed ? s(.receptionMarkMissed) : s(.receptionCancelAppointment)
            question = (ConfirmDialog(title: title, message: message, yes: s(.yes), no: s(.no)), missed ? .missed : .cancel, entry)
            return .handled
        case .walkIn:
            return .navigate(.push(TicketIssueScreen(session: session, customer: nil, appointment: nil)))
        case .customers:
            return .navigate(.push(CustomersScreen(session: session)))
        }
    }

    /// The highlighted appointment when it is still booked; otherwise says why not (nil).
    private func bookedSelection(_ session: Session) -> (appointment: Appointment, customer: Customer?)? {
        guard appointments.indices.contains(table.selected) else { return nil }
        let entry = appointments[table.selected]
        guard entry.appointment.status == .booked else {
            session.say(LocalizedMessage(.appointmentNotBooked))
            return nil
        }
        return entry
    }

    /// The guide said yes: issue the late arrival's ticket, or close the appointment (audited by the service).
    private func answered(_ action: Question, _ entry: (appointment: Appointment, customer: Customer?), session: Session) -> KeyResult {
        refresh.invalidate()
        if action == .late {
            return .navigate(.push(TicketIssueScreen(session: session, customer: entry.customer, appointment: entry.appointment,
                                                     lateConfirmed: true)))
        }
        guard let actor = session.signedIn else { return .handled }
        let status: AppointmentStatus = action == .missed ? .missed : .cancelled
        do {
            try QueueService(session.context).close(appointmentID: entry.appointment.id, as: status, reason: "", by: actor)
            session.say(session.strings(status == .missed ? .receptionMarkedMissed : .receptionAppointmentCancelled,
                                        entry.appointment.time, entry.customer?.name ?? "?"), .success)
        } catch {
            session.say(error)
        }
        return .handled
    }

    func reloadIfChanged(_ session: Session) { reload(session) }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        defer { question?.dialog.render(into: &buffer, area: area) }
        let s = session.strings
        let queueHeight = BusinessType.allCases.count + 2
        let top = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height - queueHeight - 1)
        buffer.write(s(.receptionAppointments), x: top.x, y: top.y, role: .header)
        table.columns = [
            TableColumn(s(.receptionColumnTime), width: 6),
            TableColumn(s(.receptionColumnCustomer)),
            TableColumn(s(.receptionColumnPurpose), width: 22),
            TableColumn(s(.receptionColumnStatus), width: 10),
        ]
        table.emptyMessage = s(.receptionNoAppointments)
        table.setRows(appointments.map { entry in
            let purpose = entry.appointment.purpose.isEmpty ? session.typeName(entry.appointment.businessType) : entry.appointment.purpose
            let name = entry.customer.map { $0.assistance == .none ? $0.name : "\($0.name) (\(session.assistanceName($0.assistance)))" } ?? "?"
            return [entry.appointment.time, name, purpose, session.appointmentStatusName(entry.appointment.status)]
        })
        table.render(into: &buffer, at: top.below(1))
        QueueSummaryTable.render(summaries, session: session, into: &buffer,
                                 at: Rect(x: area.x + 1, y: area.maxY - queueHeight, width: area.width - 2, height: queueHeight))
        return nil
    }
}

/// Waiting count, open counters and estimated wait per business type.
enum QueueSummaryTable {
    static func render(_ summaries: [QueueSummary], session: Session, into buffer: inout CellBuffer, at rect: Rect) {
        let s = session.strings
        buffer.write(s(.receptionQueue), x: rect.x, y: rect.y, role: .header)
        var table = Table(columns: [
            TableColumn(s(.receptionColumnType)),
            TableColumn(s(.receptionColumnWaiting), width: 10, alignment: .right),
            TableColumn(s(.receptionColumnCounters), width: 8, alignment: .right),
            TableColumn(s(.receptionColumnEstimate), width: 16, alignment: .right),
        ])
        table.setRows(summaries.map {
            ["\($0.businessType.series)  " + session.typeName($0.businessType), String($0.waiting), String($0.openCounters),
             session.waitText($0.estimatedWait)]
        })
        table.render(into: &buffer, at: rect.below(1), focused: false)
    }
}
