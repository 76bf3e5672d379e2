import BankCore
import BankStore
import Foundation
import Localization

/// A ticket just issued, with the wait the customer should expect.
public struct IssuedTicket: Sendable, Equatable {
    public var ticket: Ticket
    /// Seconds; nil when no open counter serves the type.
    public var estimatedWait: TimeInterval?
    public var peopleAhead: Int
}

/// Waiting figures for one business type.
public struct QueueSummary: Sendable, Equatable {
    public var businessType: BusinessType
    public var waiting: Int
    public var openCounters: Int
    public var estimatedWait: TimeInterval?
}

/// One counter as the lobby board shows it.
public struct CounterBoardLine: Sendable, Equatable {
    public var counter: Counter
    public var nowServing: String?
}

/// The reception queue shared by every terminal through the one SQLite file.
/// Each operation is one `BEGIN IMMEDIATE` transaction that changes the
/// ticket and counter and appends the queue event (and audit row), so two
/// counters calling at the same instant can never get the same ticket.
public struct QueueService {
    let context: BranchContext
    let queue: QueueRepository

    public init(_ context: BranchContext) {
        self.context = context
        queue = QueueRepository(db: context.database)
    }

    // MARK: Settings

    static let priorityBurstKey = "queue.priority_burst"
    static let noShowRecallsKey = "queue.no_show_after_recalls"
    static let defaultHandlingKey = "queue.default_handling_minutes"

    public var policy: QueuePolicy { QueuePolicy(priorityBurst: setting(Self.priorityBurstKey, 3, 1...20)) }
    /// Recalls needed before a ticket may be marked no-show.
    public var noShowAfterRecalls: Int { setting(Self.noShowRecallsKey, 2, 0...10) }
    public var estimator: WaitEstimator {
        WaitEstimator(defaultHandlingTime: TimeInterval(setting(Self.defaultHandlingKey, 5, 1...120) * 60))
    }

    private func setting(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) -> Int {
        guard let value = (try? context.settings.int(key)) ?? nil, range.contains(value) else { return fallback }
        return value
    }

    // MARK: Reception

    /// Issues a ticket after checking the questionnaire answers. An
    /// appointment's ticket marks it arrived; `lateArrival` (minutes late,
    /// confirmed by the guide) is audited with it.
    public func issue(type: BusinessType, priority: PriorityReason?, customerID: Int64?, appointmentID: Int64? = nil,
                      lateArrival: Int? = nil, needs: [String: String], by actor: Operator) throws(LocalizedMessage) -> IssuedTicket {
        if let problem = TextRules.problem(in: needs.keys.sorted().map { (needs[$0] ?? "", .fieldAnswer, false) }) { throw problem }
        let problems = NeedsQuestionnaire.problems(in: needs, for: type)
        if let first = problems.first { throw LocalizedMessage(.queueNeedsMissing, first) }
        let json = Self.encodeNeeds(needs)
        let issued = try context.write { () throws -> IssuedTicket in
            let guide = try context.requireActor(actor, .reception)
            if let customerID, try CustomerRepository(db: context.database).find(id: customerID) == nil {
                throw LocalizedMessage(.customerNotFound)
            }
            // Checked again inside the transaction: two guides marking the same arrival get one ticket.
            if let appointmentID, try queue.appointment(id: appointmentID)?.status != .booked {
                throw LocalizedMessage(.appointmentNotBooked)
            }
            let date = context.businessDate
            let series = priority == nil ? type.series : BusinessType.prioritySeries
            let number = try queue.nextNumber(date: date, series: series)
            guard number <= 9999 else { throw LocalizedMessage(.queueSeriesFull, String(series)) }
            let now = context.clock.now()
            let id = try queue.insertTicket(date: date, series: series, number: number, type: type, priority: priority,
                                            customerID: customerID, appointmentID: appointmentID, needsJSON: json,
                                            issuedAt: now, issuedBy: guide.id)
            if let appointmentID {
                try queue.setAppointment(id: appointmentID, status: .arrived, ticketID: id)
                if let lateArrival {
                    try context.record("appointment.late_arrival", by: guide.id, subject: "appointment \(appointmentID)",
                                       detail: "\(lateArrival) minutes late, ticket \(id)")
                }
            }
            try queue.appendEvent(ticketID: id, at: now, kind: .issued, type: type, operatorID: guide.id, counterID: nil,
                                  detail: priority.map { "priority=\($0.rawValue)" } ?? "")
            guard let ticket = try queue.ticket(id: id)?.ticket else { throw LocalizedMessage(.queueTicketNotFound) }
            let waiting = try queue.tickets(date: date, statuses: [.waiting])
                .filter { $0.id != id && $0.businessType == type && ($0.isPriority || priority == nil) }
            let summary = try summary(for: type, waiting: waiting.count)
            return IssuedTicket(ticket: ticket, estimatedWait: summary.estimatedWait, peopleAhead: waiting.count)
        }
        return issued
    }

    // MARK: Counter

    /// Takes a counter: creates it if new, records who works there, opens it.
    /// An operator works one counter at a time: taking another releases the first.
    @discardableResult
    public func openCounter(number: Int, serves: Set<BusinessType>, by actor: Operator) throws(LocalizedMessage) -> Counter {
        guard (1...99).contains(number) else { throw LocalizedMessage(.validNumberRange, "1", "99") }
        guard !serves.isEmpty else { throw LocalizedMessage(.counterNeedsTypes) }
        return try context.write {
            let teller = try context.requireActor(actor, .counter)
            let now = context.clock.now()
            var counter = try queue.counter(number: number) ?? queue.insertCounter(number: number, serves: serves, at: now)
            if let holder = counter.operatorID, holder != teller.id, counter.state != .closed {
                throw LocalizedMessage(.counterTaken, String(number))
            }
            // One operator, one counter: moving to another counter releases the old one (not with a customer there).
            for var other in try queue.counters() where other.id != counter.id && other.operatorID == teller.id && other.state != .closed {
                guard other.currentTicketID == nil else { throw LocalizedMessage(.counterBusy) }
                other.state = .closed
                other.operatorID = nil
                try queue.save(other, at: now)
            }
            if counter.currentTicketID == nil { counter.state = .open }
            counter.serves = serves
            counter.operatorID = teller.id
            try queue.save(counter, at: now)
            try context.record("counter.open", by: teller.id, subject: "counter \(number)",
                               detail: QueueRepository.encode(serves))
            return counter
        }
    }

    /// Break, back to open, or closed. Not while a customer is at the counter.
    public func setState(counterID: Int64, _ state: CounterState, by actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let teller = try context.requireActor(actor, .counter)
            var counter = try ownCounter(counterID, teller)
            if counter.currentTicketID != nil && state != .serving { throw LocalizedMessage(.counterBusy) }
            counter.state = state
            if state == .closed { counter.operatorID = nil }
            try queue.save(counter, at: context.clock.now())
            try context.record("counter.state", by: teller.id, subject: "counter \(counter.number)", detail: state.rawValue)
        }
    }

    public func counters() throws(LocalizedMessage) -> [Counter] {
        try context.write { try queue.counters() }
    }

    /// Closes every counter this operator holds (sign-out, lockout, quit). A
    /// customer called but not yet served goes back to the queue with their
    /// original arrival time; one being served is recorded as referred (the
    /// visit ended without the service finishing here). Each change is an event.
    public func releaseCounters(of actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let now = context.clock.now()
            for var counter in try queue.counters() where counter.operatorID == actor.id && counter.state != .closed {
                if let ticketID = counter.currentTicketID, var ticket = try queue.ticket(id: ticketID)?.ticket {
                    if ticket.status == .serving {
                        ticket.status = .finished
                        ticket.outcome = .referred
                        try queue.update(ticket, finishedAt: now)
                        try queue.appendEvent(ticketID: ticket.id, at: now, kind: .finished, type: ticket.businessType,
                                              operatorID: actor.id, counterID: counter.id, detail: "outcome=referred counter closed")
                    } else {
                        ticket.status = .waiting
                        ticket.counterID = nil
                        try queue.update(ticket)
                        try queue.clearServiceTimes(ticketID: ticket.id)
                        try queue.appendEvent(ticketID: ticket.id, at: now, kind: .transferred, type: ticket.businessType,
                                              operatorID: actor.id, counterID: counter.id, detail: "returned to queue: counter closed")
                    }
                }
                counter.currentTicketID = nil
                counter.state = .closed
                counter.operatorID = nil
                try queue.save(counter, at: now)
                try context.record("counter.close", by: actor.id, subject: "counter \(counter.number)", detail: "released")
            }
        }
    }

    /// Calls the next ticket for this counter by `QueuePolicy`; nil when nobody waits.
    public func callNext(counterID: Int64, by actor: Operator) throws(LocalizedMessage) -> Ticket? {
        try context.write { () throws -> Ticket? in
            let teller = try context.requireActor(actor, .counter)
            var counter = try ownCounter(counterID, teller)
            guard counter.currentTicketID == nil else { throw LocalizedMessage(.counterBusy) }
            guard counter.state.takesCustomers else { throw LocalizedMessage(.counterNotOpen) }
            let waiting = try queue.tickets(date: context.businessDate, statuses: [.waiting])
            let candidates = waiting.map {
                QueuePolicy.Candidate(ticketID: $0.id, businessType: $0.businessType, isPriority: $0.isPriority,
                                      targetCounterID: $0.targetCounterID, arrival: Int64($0.issuedAt.timeIntervalSince1970 * 1000))
            }
            let policy = self.policy
            guard let chosen = policy.next(waiting: candidates, counterID: counter.id, serves: counter.serves,
                                           priorityStreak: counter.priorityStreak),
                  var ticket = waiting.first(where: { $0.id == chosen.ticketID }) else { return nil }
            let now = context.clock.now()
            ticket.status = .called
            ticket.calledAt = now
            ticket.counterID = counter.id
            ticket.targetCounterID = nil
            try queue.update(ticket)
            counter.currentTicketID = ticket.id
            counter.state = .serving
            if chosen.targetCounterID == nil {
                counter.priorityStreak = policy.streak(after: chosen, previous: counter.priorityStreak)
            }
            try queue.save(counter, at: now)
            try queue.appendEvent(ticketID: ticket.id, at: now, kind: .called, type: ticket.businessType,
                                  operatorID: teller.id, counterID: counter.id)
            return ticket
        }
    }

    /// Calls the current ticket again.
    public func recall(counterID: Int64, by actor: Operator) throws(LocalizedMessage) -> Ticket {
        try change(counterID: counterID, by: actor, allowed: [.called]) { ticket, counter, teller, now in
            ticket.recalls += 1
            try queue.update(ticket)
            try queue.appendEvent(ticketID: ticket.id, at: now, kind: .recalled, type: ticket.businessType,
                                  operatorID: teller.id, counterID: counter.id, detail: "recall \(ticket.recalls)")
        }
    }

    /// The customer has come to the counter: service starts.
    public func start(counterID: Int64, by actor: Operator) throws(LocalizedMessage) -> Ticket {
        try change(counterID: counterID, by: actor, allowed: [.called]) { ticket, counter, teller, now in
            ticket.status = .serving
            try queue.update(ticket, startedAt: now)
            try queue.appendEvent(ticketID: ticket.id, at: now, kind: .started, type: ticket.businessType,
                                  operatorID: teller.id, counterID: counter.id)
        }
    }

    /// Ends the visit at this counter with an outcome and, when given, the
    /// customer's satisfaction (1–5). `transferred` is recorded by `transfer`.
    public func finish(counterID: Int64, outcome: ServiceOutcome, satisfaction: Int?,
                       by actor: Operator) throws(LocalizedMessage) -> Ticket {
        if let satisfaction, !(1...5).contains(satisfaction) { throw LocalizedMessage(.validSatisfaction) }
        guard outcome != .transferred else { throw LocalizedMessage(.queueUseTransfer) }
        let recallsNeeded = noShowAfterRecalls
        return try change(counterID: counterID, by: actor, allowed: [.called, .serving]) { ticket, counter, teller, now in
            switch outcome {
            case .served, .referred:
                guard ticket.status == .serving else { throw LocalizedMessage(.queueNotStarted) }
                ticket.status = .finished
            case .noShow:
                guard ticket.status == .called else { throw LocalizedMessage(.queueAlreadyStarted) }
                guard ticket.recalls >= recallsNeeded else { throw LocalizedMessage(.queueRecallFirst, String(recallsNeeded)) }
                ticket.status = .noShow
            case .leftBeforeService:
                guard ticket.status == .called else { throw LocalizedMessage(.queueAlreadyStarted) }
                ticket.status = .left
            case .transferred:
                break
            }
            ticket.outcome = outcome
            ticket.satisfaction = satisfaction
            try queue.update(ticket, finishedAt: now)
            let kind: QueueEventKind = outcome == .noShow ? .noShow : outcome == .leftBeforeService ? .left : .finished
            try queue.appendEvent(ticketID: ticket.id, at: now, kind: kind, type: ticket.businessType,
                                  operatorID: teller.id, counterID: counter.id, detail: "outcome=\(outcome.rawValue)")
            if let satisfaction {
                try queue.appendEvent(ticketID: ticket.id, at: now, kind: .satisfaction, type: ticket.businessType,
                                      operatorID: teller.id, counterID: counter.id, detail: String(satisfaction))
            }
            counter.currentTicketID = nil
            counter.state = .open
        }
    }

    /// Sends the current ticket to another business type and/or counter. It
    /// goes back to waiting with its original arrival time; the transfer is recorded.
    public func transfer(counterID: Int64, toType: BusinessType?, toCounterNumber: Int?,
                         by actor: Operator) throws(LocalizedMessage) -> Ticket {
        guard toType != nil || toCounterNumber != nil else { throw LocalizedMessage(.queueTransferWhere) }
        return try change(counterID: counterID, by: actor, allowed: [.called, .serving]) { ticket, counter, teller, now in
            let counters = try queue.counters()
            var target: Counter?
            if let toCounterNumber {
                guard let found = counters.first(where: { $0.number == toCounterNumber }), found.state != .closed else {
                    throw LocalizedMessage(.queueNoSuchCounter, String(toCounterNumber))
                }
                // Said as it is: a transfer to oneself or to a counter on a break would leave the customer waiting for nobody.
                if found.id == counter.id { throw LocalizedMessage(.counterTransferOwnCounter, String(toCounterNumber)) }
                if found.state == .onBreak { throw LocalizedMessage(.counterTransferOnBreak, String(toCounterNumber)) }
                target = found
            }
            let newType = toType ?? ticket.businessType
            let servers = counters.filter { $0.state != .closed && $0.serves.contains(newType) && $0.id != counter.id }
            if let target, !target.serves.contains(newType) {
                throw LocalizedMessage(.queueCounterDoesNotServe, String(target.number))
            }
            if servers.isEmpty { throw LocalizedMessage(.queueNobodyServes) }
            let from = "\(ticket.businessType.rawValue)@\(counter.number)"
            ticket.status = .waiting
            ticket.businessType = newType
            ticket.counterID = nil
            ticket.targetCounterID = target?.id
            ticket.recalls = 0
            ticket.outcome = nil
            try queue.update(ticket)
            try queue.clearServiceTimes(ticketID: ticket.id)
            try queue.appendEvent(ticketID: ticket.id, at: now, kind: .transferred, type: newType, operatorID: teller.id,
                                  counterID: counter.id, detail: "from=\(from) to=\(newType.rawValue)@\(target.map { String($0.number) } ?? "any")")
            counter.currentTicketID = nil
            counter.state = .open
        }
    }

    /// Loads the counter and its current ticket, lets `body` change them, and saves both in one transaction.
    private func change(counterID: Int64, by actor: Operator, allowed: Set<TicketStatus>,
                        _ body: (inout Ticket, inout Counter, Operator, Date) throws -> Void) throws(LocalizedMessage) -> Ticket {
        try context.write {
            let teller = try context.requireActor(actor, .counter)
            var counter = try ownCounter(counterID, teller)
            guard let ticketID = counter.currentTicketID, var ticket = try queue.ticket(id: ticketID)?.ticket else {
                throw LocalizedMessage(.queueNoCurrentTicket)
            }
            guard allowed.contains(ticket.status) else { throw LocalizedMessage(.queueWrongState, ticket.status.rawValue) }
            let now = context.clock.now()
            try body(&ticket, &counter, teller, now)
            try queue.save(counter, at: now)
            return ticket
        }
    }

    private func ownCounter(_ counterID: Int64, _ teller: Operator) throws -> Counter {
        guard let counter = try queue.counter(id: counterID) else { throw LocalizedMessage(.queueNoSuchCounter, String(counterID)) }
        guard counter.operatorID == teller.id else { throw LocalizedMessage(.counterTaken, String(counter.number)) }
        return counter
    }

    // MARK: Reading

    public func ticket(id: Int64) throws(LocalizedMessage) -> (ticket: Ticket, needs: [String: String])? {
        try context.write { try queue.ticket(id: id).map { ($0.ticket, Self.decodeNeeds($0.needsJSON)) } }
    }

    public func events(ticketID: Int64) throws(LocalizedMessage) -> [QueueEvent] {
        try context.write { try queue.events(ticketID: ticketID) }
    }

    /// Waiting count, open counters and estimated wait for every business type.
    public func summaries() throws(LocalizedMessage) -> [QueueSummary] {
        try context.write {
            let waiting = try queue.tickets(date: context.businessDate, statuses: [.waiting])
            return try BusinessType.allCases.map { type in
                try summary(for: type, waiting: waiting.filter { $0.businessType == type }.count)
            }
        }
    }

    /// Every counter with the ticket it is serving, and the summaries.
    public func board() throws(LocalizedMessage) -> (counters: [CounterBoardLine], summaries: [QueueSummary]) {
        let lines: [CounterBoardLine] = try context.write {
            try queue.counters().map { counter in
                let serving = try counter.currentTicketID.flatMap { try queue.ticket(id: $0)?.ticket.displayNumber }
                return CounterBoardLine(counter: counter, nowServing: serving)
            }
        }
        return (lines, try summaries())
    }

    /// Tickets waiting today, oldest first.
    public func waitingTickets() throws(LocalizedMessage) -> [Ticket] {
        try context.write { try queue.tickets(date: context.businessDate, statuses: [.waiting]) }
    }

    /// A number that changes when another terminal commits; screens re-read when it moves.
    public func changeMarker() -> ChangeMarker { context.changeMarker() }

    private func summary(for type: BusinessType, waiting: Int) throws -> QueueSummary {
        let open = try queue.counters().filter { $0.state.takesCustomers && $0.serves.contains(type) }.count
        let times = try queue.recentHandlingTimes(type: type, since: context.clock.now() - WaitEstimator.lookback,
                                                  limit: WaitEstimator.sampleSize)
        return QueueSummary(businessType: type, waiting: waiting, openCounters: open,
                            estimatedWait: estimator.estimate(peopleAhead: waiting, openCounters: open, recentHandlingTimes: times))
    }

    static func encodeNeeds(_ needs: [String: String]) -> String {
        let cleaned = needs.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(cleaned)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func decodeNeeds(_ json: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }
}
