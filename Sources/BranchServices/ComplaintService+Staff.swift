import BankCore
import BankStore
import Localization

/// The staff complaint screens need to name: who may be given a complaint to
/// handle, and every operator (to show handlers and the person a complaint
/// is about by their operator ID).
extension ComplaintService {
    /// Active operators who may handle complaints: the choices when a complaint is reassigned.
    public func handlers(by actor: Operator) throws(LocalizedMessage) -> [Operator] {
        try staff(by: actor).filter { $0.active && $0.role.may(.handleComplaints) }
    }

    /// Every operator, active or not, by operator ID.
    public func staff(by actor: Operator) throws(LocalizedMessage) -> [Operator] {
        try context.read {
            _ = try context.requireActor(actor, .customerLookup)
            return try context.operators.all()
        }
    }
}
