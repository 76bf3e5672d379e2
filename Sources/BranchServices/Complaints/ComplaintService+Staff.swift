import BankCore
import BankStore
import Localization

/// The people complaint screens need to name: who may be given a complaint to
/// handle, every operator (to show handlers and the person a complaint is
/// about by their operator ID), and the customers in a list (masked).
extension ComplaintService {
    /// Active operators who may handle complaints: the choices when a complaint is reassigned.
    public func handlers(by actor: Operator) throws(LocalizedMessage) -> [Operator] {
        try staff(by: actor).filter { $0.active && $0.role.may(.handleComplaints) }
    }

    /// The masked names (`Masking.name`) of the customers of `complaints`, by customer id; anonymous ones have none.
    public func customerNames(of complaints: [ComplaintRecord], by actor: Operator) throws(LocalizedMessage) -> [Int64: String] {
        try context.read {
            _ = try context.requireActor(actor, .customerLookup)
            let customers = CustomerRepository(db: context.database)
            var names: [Int64: String] = [:]
            for id in Set(complaints.compactMap(\.customerID)) {
                if let customer = try customers.find(id: id) { names[id] = Masking.name(customer.name) }
            }
            return names
        }
    }

    /// Every operator, active or not, by operator ID.
    public func staff(by actor: Operator) throws(LocalizedMessage) -> [Operator] {
        try context.read {
            _ = try context.requireActor(actor, .customerLookup)
            return try context.operators.all()
        }
    }
}
