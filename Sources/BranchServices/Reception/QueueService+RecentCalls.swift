import BankCore
import Foundation
import Localization

/// A ticket called to a counter, as the lobby board lists it.
public struct RecentCall: Sendable, Equatable {
    public var number: String
    /// The counter's number, nil when the counter is gone from the ticket (transferred back to the queue).
    public var counterNumber: Int?
    public var calledAt: Date
}

extension QueueService {
    /// Today's most recently called tickets, newest first, with the counter that called them.
    public func recentCalls(limit: Int) throws(LocalizedMessage) -> [RecentCall] {
        try context.write {
            let numbers = Dictionary(uniqueKeysWithValues: try queue.counters().map { ($0.id, $0.number) })
            return try queue.recentCalls(date: context.businessDate, limit: limit).map { call in
                RecentCall(number: call.number, counterNumber: call.counterID.flatMap { numbers[$0] }, calledAt: call.calledAt)
            }
        }
    }
}
