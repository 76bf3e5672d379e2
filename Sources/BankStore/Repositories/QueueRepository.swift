import BankCore
import Foundation

/// Tickets, counters, appointments and the append-only queue event log.
/// Holds no rules: `QueueService` decides, this stores. Callers wrap each
/// business operation in one transaction.
public final class QueueRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    // MARK: Tickets

    /// The next number in a series for a business day (numbers restart daily).
    public func nextNumber(date: BusinessDate, series: Character) throws -> Int {
        Int(try db.scalarInt("SELECT coalesce(max(number), 0) + 1 FROM tickets WHERE business_date = ? AND series = ?",
                             [.text(date.description), .text(String(series))]) ?? 1)
    }

    public func insertTicket(date: BusinessDate, series: Character, number: Int, type: BusinessType, priority: PriorityReason?,
                             customerID: Int64?, appointmentID: Int64?, needsJSON: String, issuedAt: Date, issuedBy: Int64?) throws -> Int64 {
        try db.execute("""
            INSERT INTO tickets (business_date, series, number, business_type, priority, customer_id, appointment_id,
                                 status, issued_at, needs, issued_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)
            """, [.text(date.description), .text(String(series)), SQLValue(number), .text(type.rawValue),
                  SQLValue(priority?.rawValue), SQLValue(customerID), SQLValue(appointmentID), SQLValue(millis: issuedAt),
                  .text(needsJSON), SQLValue(issuedBy)])
        return db.lastInsertRowID
    }

    public func ticket(id: Int64) throws -> (ticket: Ticket, needsJSON: String)? {
        try db.queryOne("\(Self.selectTicket) WHERE id = ?", [.integer(id)]).map(decodeTicket)
    }

    /// Tickets of a business day in the given states, oldest first.
    public func tickets(date: BusinessDate, statuses: [TicketStatus]) throws -> [Ticket] {
        let marks = statuses.map { _ in "?" }.joined(separator: ",")
        return try db.query("\(Self.selectTicket) WHERE business_date = ? AND status IN (\(marks)) ORDER BY issued_at, id",
                            [.text(date.description)] + statuses.map { .text($0.rawValue) }).map { try decodeTicket($0).ticket }
    }

    /// A customer's most recent tickets, newest first.
    public func recentTickets(customerID: Int64, limit: Int) throws -> [Ticket] {
        try db.query("\(Self.selectTicket) WHERE customer_id = ? ORDER BY issued_at DESC, id DESC LIMIT ?",
                     [.integer(customerID), SQLValue(limit)]).map { try decodeTicket($0).ticket }
    }

    /// The tickets of a business day called most recently, newest first: their
    /// number, the counter that called them and when (the lobby board's list).
    public func recentCalls(date: BusinessDate, limit: Int) throws -> [(number: String, counterID: Int64?, calledAt: Date)] {
        try db.query("""
            SELECT series, number, counter_id, called_at FROM tickets
            WHERE business_date = ? AND called_at IS NOT NULL ORDER BY called_at DESC, id DESC LIMIT ?
            """, [.text(date.description), SQLValue(limit)]).map { row in
            (Ticket.displayNumber(series: row.string("series")?.first ?? "?", number: Int(row.int("number") ?? 0)),
             row.int("counter_id"), row.date("called_at") ?? .distantPast)
        }
    }

    /// Updates the moving parts of a ticket.
    public func update(_ ticket: Ticket, startedAt: Date? = nil, finishedAt: Date? = nil) throws {
        try db.execute("""
            UPDATE tickets SET status = ?, business_type = ?, called_at = ?, counter_id = ?, target_counter_id = ?,
                recalls = ?, outcome = ?, satisfaction = ?,
                started_at = coalesce(?, started_at), finished_at = coalesce(?, finished_at)
            WHERE id = ?
            """, [.text(ticket.status.rawValue), .text(ticket.businessType.rawValue), SQLValue(millis: ticket.calledAt),
                  SQLValue(ticket.counterID), SQLValue(ticket.targetCounterID), SQLValue(ticket.recalls),
                  SQLValue(ticket.outcome?.rawValue), SQLValue(ticket.satisfaction.map(Int64.init)),
                  SQLValue(millis: startedAt), SQLValue(millis: finishedAt), .integer(ticket.id)])
    }

    /// Clears the start time when a ticket goes back to the queue (transfer).
    public func clearServiceTimes(ticketID: Int64) throws {
        try db.execute("UPDATE tickets SET started_at = NULL, called_at = NULL WHERE id = ?", [.integer(ticketID)])
    }

    /// Handling times (start to finish) of the latest served tickets of a type since `since`.
    public func recentHandlingTimes(type: BusinessType, since: Date, limit: Int) throws -> [TimeInterval] {
        try db.query("""
            SELECT finished_at - started_at AS took FROM tickets
            WHERE business_type = ? AND outcome = 'served' AND started_at IS NOT NULL AND finished_at >= ?
            ORDER BY finished_at DESC LIMIT ?
            """, [.text(type.rawValue), SQLValue(millis: since), SQLValue(limit)]).compactMap { $0.int("took") }
            .map { Double($0) / 1000 }
    }

    static let selectTicket = """
        SELECT id, business_date, series, number, business_type, priority, customer_id, status, issued_at, called_at,
               counter_id, target_counter_id, recalls, needs, outcome, satisfaction FROM tickets
        """

    private func decodeTicket(_ row: Row) throws -> (ticket: Ticket, needsJSON: String) {
        guard let date = BusinessDate(try row.requiredString("business_date", in: db)),
              let series = try row.requiredString("series", in: db).first,
              let type = BusinessType(rawValue: try row.requiredString("business_type", in: db)),
              let status = TicketStatus(rawValue: try row.requiredString("status", in: db)) else {
            throw Row.damaged("tickets", "known values", in: db)
        }
        let ticket = Ticket(
            id: try row.requiredInt("id", in: db), businessDate: date, series: series,
            number: Int(try row.requiredInt("number", in: db)), businessType: type,
            priority: row.string("priority").flatMap(PriorityReason.init(rawValue:)), customerID: row.int("customer_id"),
            status: status, issuedAt: EpochMillis.date(try row.requiredInt("issued_at", in: db)),
            calledAt: row.int("called_at").map(EpochMillis.date), counterID: row.int("counter_id"),
            targetCounterID: row.int("target_counter_id"), recalls: Int(row.int("recalls") ?? 0),
            outcome: row.string("outcome").flatMap(ServiceOutcome.init(rawValue:)),
            satisfaction: row.int("satisfaction").map(Int.init))
        return (ticket, row.string("needs") ?? "{}")
    }

    // MARK: Events

    public func appendEvent(ticketID: Int64, at: Date, kind: QueueEventKind, type: BusinessType, operatorID: Int64?,
                            counterID: Int64?, detail: String = "") throws {
        try db.execute("""
            INSERT INTO queue_events (ticket_id, at, kind, business_type, operator_id, counter_id, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.integer(ticketID), SQLValue(millis: at), .text(kind.rawValue), .text(type.rawValue),
                  SQLValue(operatorID), SQLValue(counterID), .text(detail)])
    }

    public func events(ticketID: Int64) throws -> [QueueEvent] {
        try db.query("SELECT * FROM queue_events WHERE ticket_id = ? ORDER BY at, id", [.integer(ticketID)]).map { row in
            guard let kind = QueueEventKind(rawValue: row.string("kind") ?? ""),
                  let type = BusinessType(rawValue: row.string("business_type") ?? "") else {
                throw Row.damaged("queue_events", "known values", in: db)
            }
            return QueueEvent(ticketID: ticketID, at: Double(row.int("at") ?? 0) / 1000, kind: kind, businessType: type,
                              operatorID: row.int("operator_id"), counterID: row.int("counter_id"), detail: row.string("detail") ?? "")
        }
    }

    // MARK: Counters

    public func counters() throws -> [Counter] {
        try db.query("SELECT * FROM counters ORDER BY number").map(decodeCounter)
    }

    public func counter(id: Int64) throws -> Counter? {
        try db.queryOne("SELECT * FROM counters WHERE id = ?", [.integer(id)]).map(decodeCounter)
    }

    public func counter(number: Int) throws -> Counter? {
        try db.queryOne("SELECT * FROM counters WHERE number = ?", [SQLValue(number)]).map(decodeCounter)
    }

    public func insertCounter(number: Int, serves: Set<BusinessType>, at: Date) throws -> Counter {
        try db.execute("INSERT INTO counters (number, serves, state, updated_at) VALUES (?, ?, 'closed', ?)",
                       [SQLValue(number), .text(Self.encode(serves)), SQLValue(millis: at)])
        return Counter(id: db.lastInsertRowID, number: number, serves: serves)
    }

    public func save(_ counter: Counter, at: Date) throws {
        try db.execute("""
            UPDATE counters SET serves = ?, state = ?, operator_id = ?, current_ticket_id = ?, priority_streak = ?, updated_at = ?
            WHERE id = ?
            """, [.text(Self.encode(counter.serves)), .text(counter.state.rawValue), SQLValue(counter.operatorID),
                  SQLValue(counter.currentTicketID), SQLValue(counter.priorityStreak), SQLValue(millis: at), .integer(counter.id)])
    }

    /// Business types as stored: comma-separated, in declaration order.
    public static func encode(_ types: Set<BusinessType>) -> String {
        BusinessType.allCases.filter(types.contains).map(\.rawValue).joined(separator: ",")
    }

    private func decodeCounter(_ row: Row) throws -> Counter {
        let serves = Set((row.string("serves") ?? "").split(separator: ",").compactMap { BusinessType(rawValue: String($0)) })
        return Counter(id: try row.requiredInt("id", in: db), number: Int(try row.requiredInt("number", in: db)), serves: serves,
                       state: CounterState(rawValue: row.string("state") ?? "") ?? .closed, operatorID: row.int("operator_id"),
                       currentTicketID: row.int("current_ticket_id"), priorityStreak: Int(row.int("priority_streak") ?? 0))
    }

    // MARK: Appointments

    public func insertAppointment(_ appointment: Appointment, at: Date, by operatorID: Int64?) throws -> Int64 {
        try db.execute("""
            INSERT INTO appointments (customer_id, business_date, time, business_type, purpose, status, account_manager_id,
                                      created_at, created_by)
            VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?)
            """, [.integer(appointment.customerID), .text(appointment.businessDate.description), .text(appointment.time),
                  .text(appointment.businessType.rawValue), .text(appointment.purpose), SQLValue(appointment.accountManagerID),
                  SQLValue(millis: at), SQLValue(operatorID)])
        return db.lastInsertRowID
    }

    public func appointments(date: BusinessDate) throws -> [Appointment] {
        try db.query("SELECT * FROM appointments WHERE business_date = ? ORDER BY time, id", [.text(date.description)])
            .map(decodeAppointment)
    }

    public func appointment(id: Int64) throws -> Appointment? {
        try db.queryOne("SELECT * FROM appointments WHERE id = ?", [.integer(id)]).map(decodeAppointment)
    }

    public func setAppointment(id: Int64, status: AppointmentStatus, ticketID: Int64?) throws {
        try db.execute("UPDATE appointments SET status = ?, ticket_id = coalesce(?, ticket_id) WHERE id = ?",
                       [.text(status.rawValue), SQLValue(ticketID), .integer(id)])
    }

    private func decodeAppointment(_ row: Row) throws -> Appointment {
        guard let date = BusinessDate(row.string("business_date") ?? ""),
              let type = BusinessType(rawValue: row.string("business_type") ?? ""),
              let status = AppointmentStatus(rawValue: row.string("status") ?? "") else {
            throw Row.damaged("appointments", "known values", in: db)
        }
        return Appointment(id: try row.requiredInt("id", in: db), customerID: try row.requiredInt("customer_id", in: db),
                           businessDate: date, time: row.string("time") ?? "", businessType: type,
                           purpose: row.string("purpose") ?? "", status: status,
                           accountManagerID: row.int("account_manager_id"), ticketID: row.int("ticket_id"))
    }

    /// `PRAGMA data_version`: changes whenever another connection commits, so
    /// screens can tell cheaply whether to re-read the queue.
    public func dataVersion() throws -> Int64 { try db.scalarInt("PRAGMA data_version") ?? 0 }
}
