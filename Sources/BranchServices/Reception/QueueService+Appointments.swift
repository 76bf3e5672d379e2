import BankCore
import BankStore
import Foundation
import Localization

/// Appointments: today's list for the reception desk, booking, arrival
/// (which issues the appointment's ticket through the queue), and marking an
/// appointment missed or cancelled. Each change is audited.
extension QueueService {
    /// Minutes after the booked time within which an arrival is on time.
    public static let lateArrivalGrace = 15

    /// Today's appointments with their customers.
    public func appointments(by actor: Operator) throws(LocalizedMessage) -> [(appointment: Appointment, customer: Customer?)] {
        try context.write {
            _ = try context.requireActor(actor, .reception)
            let customers = CustomerRepository(db: context.database)
            return try queue.appointments(date: context.businessDate).map { ($0, try customers.find(id: $0.customerID)) }
        }
    }

    /// Books an appointment (for customers with special needs, with their account manager).
    @discardableResult
    public func book(customerID: Int64, date: BusinessDate, time: String, type: BusinessType, purpose: String,
                     accountManagerID: Int64?, by actor: Operator) throws(LocalizedMessage) -> Int64 {
        if let problem = TextRules.problem(in: [(purpose, .fieldPurpose, false)]) { throw problem }
        guard Appointment.isValidTime(time) else { throw LocalizedMessage(.validTime) }
        guard date >= context.businessDate else { throw LocalizedMessage(.appointmentInPast) }
        return try context.write {
            let guide = try context.requireActor(actor, .reception)
            guard try CustomerRepository(db: context.database).find(id: customerID) != nil else {
                throw LocalizedMessage(.customerNotFound)
            }
            if let accountManagerID {
                guard let manager = try context.operators.find(id: accountManagerID)?.operator, manager.active else {
                    throw LocalizedMessage(.errorOperatorNotFound, String(accountManagerID))
                }
                try CustomerRepository(db: context.database).setAccountManager(customerID: customerID, managerID: accountManagerID)
            }
            let id = try queue.insertAppointment(
                Appointment(id: 0, customerID: customerID, businessDate: date, time: time, businessType: type, purpose: purpose,
                            accountManagerID: accountManagerID), at: context.clock.now(), by: guide.id)
            try context.record("appointment.book", by: guide.id, subject: "customer \(customerID)", detail: "\(date) \(time) \(type.rawValue)")
            return id
        }
    }

    /// How many minutes late an arrival for `appointment` would be now, when
    /// it is later than the grace (`lateArrivalGrace`); nil when on time.
    public func lateness(of appointment: Appointment) -> Int? {
        let now = LocalTimeText.hoursMinutes(context.clock.now())
        guard let past = appointment.minutesPast(date: context.businessDate, time: now), past > Self.lateArrivalGrace else { return nil }
        return past
    }

    /// Marks an appointment as arrived and issues its ticket. An arrival
    /// later than the grace is refused with the lateness named until the
    /// guide confirms it (`lateConfirmed`); a confirmed late arrival is audited.
    public func arrive(appointmentID: Int64, priority: PriorityReason?, needs: [String: String], lateConfirmed: Bool = false,
                       by actor: Operator) throws(LocalizedMessage) -> IssuedTicket {
        let found: Appointment? = try context.write { try queue.appointment(id: appointmentID) }
        guard let appointment = found, appointment.status == .booked else { throw LocalizedMessage(.appointmentNotBooked) }
        let late = lateness(of: appointment)
        if let late, !lateConfirmed {
            throw LocalizedMessage(.receptionAppointmentLate, appointment.time, String(late))
        }
        return try issue(type: appointment.businessType, priority: priority, customerID: appointment.customerID,
                         appointmentID: appointmentID, lateArrival: late, needs: needs, by: actor)
    }

    /// Marks a booked appointment missed (only once its time has passed) or
    /// cancelled (the customer called off), with the guide's reason; audited.
    public func close(appointmentID: Int64, as status: AppointmentStatus, reason: String,
                      by actor: Operator) throws(LocalizedMessage) {
        guard status == .missed || status == .cancelled else { throw LocalizedMessage(.appointmentNotBooked) }
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        try context.write {
            let guide = try context.requireActor(actor, .reception)
            guard let appointment = try queue.appointment(id: appointmentID), appointment.status == .booked else {
                throw LocalizedMessage(.appointmentNotBooked)
            }
            if status == .missed {
                let now = LocalTimeText.hoursMinutes(context.clock.now())
                guard let past = appointment.minutesPast(date: context.businessDate, time: now), past > 0 else {
                    throw LocalizedMessage(.receptionAppointmentNotYetDue, appointment.time)
                }
            }
            try queue.setAppointment(id: appointmentID, status: status, ticketID: nil)
            try context.record("appointment.\(status.rawValue)", by: guide.id, subject: "customer \(appointment.customerID)",
                               detail: "appointment \(appointmentID) \(appointment.businessDate) \(appointment.time)"
                                   + (reason.trimmingCharacters(in: .whitespaces).isEmpty ? "" : ": " + reason))
        }
    }
}
