import BankCore

/// Which outcomes `finish` accepts for a ticket as it stands, so the Finish
/// form offers only those (the service still checks each one).
extension QueueService {
    /// Being served: served or referred. Called but not started: left before
    /// service, and no-show once it was recalled `noShowAfterRecalls` times.
    /// Any other status: none.
    public func possibleOutcomes(for ticket: Ticket) -> [ServiceOutcome] {
        switch ticket.status {
        case .serving: return [.served, .referred]
        case .called: return [.leftBeforeService] + (ticket.recalls >= noShowAfterRecalls ? [.noShow] : [])
        default: return []
        }
    }
}
