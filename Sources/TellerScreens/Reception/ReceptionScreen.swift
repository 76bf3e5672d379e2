import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The guide's desk: today's appointments (mark arrivals, a late one only
/// after confirming; mark missed or cancelled), walk-ins, the customer
/// registry, and how many wait for each business type with the estimated wait.
final class ReceptionScreen: Screen {
    private var appointments: [(appointment: Appointment, customer: Customer?)] = []
    private var summaries: [QueueSummary] = []
    private var table = Table(columns: [])
    private var refresh = QueueRefresh()
    /// A question about the selected appointment: a late arrival, marking it missed, or cancelling it.
    private var question: (dialog: ConfirmDialog, action: String, entry: (appointment: Appointment, customer: Customer?))?

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.receptionTitle) }

    func commands(_ session: Session) -> [KeyCommand] {
        let s = session.strings
        return [
            KeyCommand(id: "arrived", keys: [.enter], title: s(.receptionArrived), help: s(.receptionArrivedLong)),
            KeyCommand(id: "walkin", keys: [.character("w")], title: s(.receptionWalkIn), help: s(.receptionWalkInLong)),
            KeyCommand(id: "missed", keys: [.character("m")], title: s(.receptionMarkMissed), help: s(.receptionMarkMissedLong)),
            KeyCommand(id: "cancel", keys: [.character("x")], title: s(.receptionCancelAppointment),
                       help: s(.receptionCancelAppointmentLong)),
            KeyCommand(id: "customers", keys: [.character("c")], title: s(.receptionCustomers), help: s(.receptionCustomersLong)),
        ]
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
        if table.handle(key) { return .handled }
        if key == .escape { return .navigate(.pop) }
        guard let command = commands(session).command(for: key) else { return .ignored }
        refresh.invalidate()
        switch command.id {
        case "arrived":
            guard appointments.indices.contains(table.selected) else { return .handled }
            let entry = appointments[table.selected]
            guard entry.appointment.status == .booked else {
                session.say(LocalizedMessage(.appointmentNotBooked))
                return .handled
            }
            if let late = QueueService(session.context).lateness(of: entry.appointment) {
                let s = session.strings
                question = (ConfirmDialog(title: s(.receptionArrived), message: s(.receptionAppointmentLateQuestion, entry.appointment.time,
                                                                                   String(late)), yes: s(.yes), no: s(.no)), "late", entry)
                return .handled
            }
            return .navigate(.push(TicketIssueScreen(session: session, customer: entry.customer, appointment: entry.appointment)))
        case "missed", "cancel":
            guard appointments.indices.contains(table.selected) else { return .handled }
            let entry = appointments[table.selected]
            guard entry.appointment.status == .booked else {
                session.say(LocalizedMessage(.appointmentNotBooked))
                return .handled
            }
            let s = session.strings
            let name = entry.customer?.name ?? "?"
            let message = command.id == "missed" ? s(.receptionMarkMissedQuestion, entry.appointment.time, name)
                : s(.receptionCancelAppointmentQuestion, entry.appointment.time, name)
            question = (ConfirmDialog(title: command.title, message: message, yes: s(.yes), no: s(.no)), command.id, entry)
            return .handled
        case "walkin":
            return .navigate(.push(TicketIssueScreen(session: session, customer: nil, appointment: nil)))
        case "customers":
            return .navigate(.push(CustomersScreen(session: session)))
        default:
            return .handled
        }
    }

    /// The guide said yes: issue the late arrival's ticket, or close the appointment (audited by the service).
    private func answered(_ action: String, _ entry: (appointment: Appointment, customer: Customer?), session: Session) -> KeyResult {
        refresh.invalidate()
        if action == "late" {
            return .navigate(.push(TicketIssueScreen(session: session, customer: entry.customer, appointment: entry.appointment,
                                                     lateConfirmed: true)))
        }
        guard let actor = session.signedIn else { return .handled }
        let status: AppointmentStatus = action == "missed" ? .missed : .cancelled
        do {
            try QueueService(session.context).close(appointmentID: entry.appointment.id, as: status, reason: "", by: actor)
            session.say(session.strings(status == .missed ? .receptionMarkedMissed : .receptionAppointmentCancelled,
                                        entry.appointment.time, entry.customer?.name ?? "?"), .success)
        } catch {
            session.say(error)
        }
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        defer { question?.dialog.render(into: &buffer, area: area) }
        reload(session)
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
