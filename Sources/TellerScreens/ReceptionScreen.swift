import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The guide's desk: today's appointments (mark arrivals), walk-ins, the
/// customer registry, and how many wait for each business type with the
/// estimated wait.
final class ReceptionScreen: Screen {
    private var appointments: [(appointment: Appointment, customer: Customer?)] = []
    private var summaries: [QueueSummary] = []
    private var table = Table(columns: [])
    private var refresh = QueueRefresh()

    init(session: Session) {}

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.receptionTitle) }

    func commands(_ session: Session) -> [KeyCommand] {
        let s = session.strings
        return [
            KeyCommand(id: "arrived", keys: [.enter], title: s(.receptionArrived), help: s(.receptionArrivedLong)),
            KeyCommand(id: "walkin", keys: [.character("w")], title: s(.receptionWalkIn), help: s(.receptionWalkInLong)),
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
            return .navigate(.push(TicketIssueScreen(session: session, customer: entry.customer, appointment: entry.appointment)))
        case "walkin":
            return .navigate(.push(TicketIssueScreen(session: session, customer: nil, appointment: nil)))
        case "customers":
            return .navigate(.push(CustomersScreen(session: session)))
        default:
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
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
