import BankCore
import BankStore
import Foundation
import Localization

/// Appointments: today's list for the reception desk, booking, and arrival
/// (which issues the appointment's ticket through the queue).
extension QueueService {
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

    /// Marks an appointment as arrived and issues its ticket.
    public func arrive(appointmentID: Int64, priority: PriorityReason?, needs: [String: String],
                       by actor: Operator) throws(LocalizedMessage) -> IssuedTicket {
        let found: Appointment? = try context.write { try queue.appointment(id: appointmentID) }
        guard let appointment = found, appointment.status == .booked else { throw LocalizedMessage(.appointmentNotBooked) }
        return try issue(type: appointment.businessType, priority: priority, customerID: appointment.customerID,
                         appointmentID: appointmentID, needs: needs, by: actor)
    }
}
