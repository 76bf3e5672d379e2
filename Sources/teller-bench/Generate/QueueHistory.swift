import BankCore
import BankStore
import BranchServices
import Foundation

/// Two years of the queue for a generated branch: every business day's
/// tickets with their called, started and finished (or no-show, left) events,
/// written through `QueueRepository` (the store path the queue service
/// uses), one transaction per day. What it skips is the audit
/// row the live service adds for each step; the ledger's audit trail is the
/// one `teller verify` cross-checks. Waits, handling times and satisfaction
/// are drawn so the dashboard shows plausible, varied figures.
struct QueueHistory {
    let context: BranchContext
    let scale: BranchScale
    let staff: GeneratedStaff
    let customerIDs: [Int64]
    var random: SeededGenerator

    /// Share of each business type in a hundred tickets.
    static let typeWeights: [(BusinessType, Int)] = [(.cash, 45), (.accounts, 20), (.loans, 10), (.wealth, 15), (.complaints, 10)]

    /// Writes the tickets; returns the ids of each history day's tickets (oldest day first) for complaints to refer to.
    mutating func write() throws -> [ClosedRange<Int64>?] {
        let queue = QueueRepository(db: context.database)
        let today = context.businessDate
        let perDay = scale.tickets / scale.days
        var leftOver = scale.tickets - perDay * scale.days
        let clerksFor = Dictionary(uniqueKeysWithValues: BusinessType.allCases.map { type in
            (type, staff.serves.indices.filter { staff.serves[$0].contains(type) })
        })
        var days: [ClosedRange<Int64>?] = []
        for dayOffset in stride(from: scale.days, through: 1, by: -1) {
            let date = today.adding(days: -dayOffset)
            let midnight = KPIPeriod.day(date).start
            var count = perDay
            if leftOver > 0 { count += 1; leftOver -= 1 }
            let issuedSeconds = (0..<count).map { _ in 9 * 3600 + random.next(below: 7 * 3600 + 2700) }.sorted()
            var nextNumber: [Character: Int] = [:]
            var ids: [Int64] = []
            // One transaction per business day.
            try context.database.transaction {
                for second in issuedSeconds {
                    let type = pickType()
                    let number = nextNumber[type.series, default: 101]
                    nextNumber[type.series] = number + 1
                    ids.append(try writeTicket(queue, date: date, type: type, number: number, issued: midnight.addingTimeInterval(Double(second)),
                                               clerks: clerksFor[type] ?? []))
                }
            }
            days.append(ids.first.flatMap { first in ids.last.map { first...$0 } })
        }
        return days
    }

    /// One ticket and its events: it leaves before being called (3%), is called and does not come (5%), or is served.
    private mutating func writeTicket(_ queue: QueueRepository, date: BusinessDate, type: BusinessType, number: Int, issued: Date,
                                      clerks candidates: [Int]) throws -> Int64 {
        let customer = random.next(below: 10) < 7 ? customerIDs[random.next(below: customerIDs.count)] : nil
        let id = try queue.insertTicket(date: date, series: type.series, number: number, type: type, priority: nil,
                                        customerID: customer, appointmentID: nil, needsJSON: "{}", issuedAt: issued, issuedBy: nil)
        try queue.appendEvent(ticketID: id, at: issued, kind: .issued, type: type, operatorID: nil, counterID: nil)
        let roll = random.next(below: 100)
        var ticket = Ticket(id: id, businessDate: date, series: type.series, number: number, businessType: type,
                            customerID: customer, issuedAt: issued)
        guard roll >= 3, !candidates.isEmpty else {
            let left = issued.addingTimeInterval(Double(300 + random.next(below: 1500)))
            ticket.status = .left
            ticket.outcome = .leftBeforeService
            try queue.update(ticket)
            try queue.appendEvent(ticketID: id, at: left, kind: .left, type: type, operatorID: nil, counterID: nil)
            return id
        }
        let clerk = candidates[random.next(below: candidates.count)]
        let operatorID = staff.clerkIDs[clerk], counterID = staff.counterIDs[clerk]
        let wait = Double(30 + random.next(below: 600) + random.next(below: 600) + random.next(below: 1200))
        let called = issued.addingTimeInterval(wait)
        ticket.calledAt = called
        ticket.counterID = counterID
        try queue.appendEvent(ticketID: id, at: called, kind: .called, type: type, operatorID: operatorID, counterID: counterID)
        if roll < 8 {
            let gone = called.addingTimeInterval(120)
            ticket.status = .noShow
            ticket.outcome = .noShow
            try queue.update(ticket, finishedAt: gone)
            try queue.appendEvent(ticketID: id, at: gone, kind: .noShow, type: type, operatorID: operatorID, counterID: counterID)
            return id
        }
        let started = called.addingTimeInterval(Double(20 + random.next(below: 60)))
        let handling = Double(120 + random.next(below: 900)) * (type == .loans || type == .wealth ? 2 : 1)
        let finished = started.addingTimeInterval(handling)
        ticket.status = .finished
        ticket.outcome = .served
        ticket.satisfaction = random.next(below: 4) == 0 ? nil : satisfaction()
        try queue.update(ticket, startedAt: started, finishedAt: finished)
        try queue.appendEvent(ticketID: id, at: started, kind: .started, type: type, operatorID: operatorID, counterID: counterID)
        // The finished event's trigger sets the ticket's finishing operator (schema 7).
        try queue.appendEvent(ticketID: id, at: finished, kind: .finished, type: type, operatorID: operatorID, counterID: counterID)
        return id
    }

    private mutating func pickType() -> BusinessType {
        var roll = random.next(below: 100)
        for (type, weight) in Self.typeWeights {
            if roll < weight { return type }
            roll -= weight
        }
        return .cash
    }

    /// Mostly satisfied customers, a few unhappy ones.
    private mutating func satisfaction() -> Int {
        let roll = random.next(below: 100)
        switch roll {
        case 0..<3: return 1
        case 3..<8: return 2
        case 8..<20: return 3
        case 20..<55: return 4
        default: return 5
        }
    }
}
