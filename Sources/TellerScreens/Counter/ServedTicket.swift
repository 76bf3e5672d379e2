import BankCore
import BranchServices
import Localization

/// The ticket the teller is serving at their counter, if any: money screens
/// link their operation to it (`ticketID`) and prefill the customer's
/// account from it.
struct ServedTicket {
    var ticketID: Int64
    var customerID: Int64?

    /// The current ticket of the signed-in teller's open counter.
    static func current(_ session: Session) -> ServedTicket? {
        guard let actor = session.signedIn,
              let counter = try? QueueService(session.context).counters().first(where: { $0.operatorID == actor.id && $0.state != .closed }),
              let ticketID = counter.currentTicketID,
              let found = try? QueueService(session.context).ticket(id: ticketID) else { return nil }
        return ServedTicket(ticketID: ticketID, customerID: found.ticket.customerID)
    }

    /// The customer's accounts in CNY that are not closed.
    func cnyAccounts(_ session: Session) -> [AccountRecord] {
        guard let actor = session.signedIn, let customerID,
              let accounts = try? LedgerQueryService(session.context).accounts(customerID: customerID, by: actor) else { return [] }
        return accounts.filter { $0.currency == .cny && $0.status != .closed }
    }

    /// The account to prefill: the customer's only CNY account, if they have exactly one.
    func onlyCNYAccount(_ session: Session) -> String? {
        let accounts = cnyAccounts(session)
        return accounts.count == 1 ? accounts[0].number : nil
    }
}

/// Finding the holder of an account number typed on a money screen.
enum AccountHolder {
    static func of(_ number: String, session: Session, by actor: Operator) throws(LocalizedMessage) -> (AccountRecord, Customer) {
        let account = try LedgerQueryService(session.context).account(number: number, by: actor)
        let customer = try CustomerService(session.context).panel(customerID: account.customerID, by: actor).customer
        return (account, customer)
    }
}
