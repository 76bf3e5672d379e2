import BankCore
import Testing

/// `QueuePolicy`: who a counter calls next. Pure rules on hand-made candidates.
@Suite struct PolicyQueueTests {
    typealias Candidate = QueuePolicy.Candidate

    static func regular(_ id: Int64, _ type: BusinessType = .cash, at arrival: Int64, target: Int64? = nil) -> Candidate {
        Candidate(ticketID: id, businessType: type, isPriority: false, targetCounterID: target, arrival: arrival)
    }

    static func priority(_ id: Int64, _ type: BusinessType = .cash, at arrival: Int64, target: Int64? = nil) -> Candidate {
        Candidate(ticketID: id, businessType: type, isPriority: true, targetCounterID: target, arrival: arrival)
    }

    let policy = QueuePolicy(priorityBurst: 3)
    let counter: Int64 = 7
    let cashOnly: Set<BusinessType> = [.cash]

    @Test func nothingWaitingCallsNobody() {
        #expect(policy.next(waiting: [], counterID: counter, serves: cashOnly, priorityStreak: 0) == nil)
    }

    @Test func priorityBeforeRegularAndOldestFirst() {
        let waiting = [
            Self.regular(1, at: 1_000),
            Self.priority(2, at: 3_000),
            Self.priority(3, at: 2_000),
            Self.regular(4, at: 500),
        ]
        #expect(policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 3)
        // Without priority tickets, regular tickets go in order of arrival.
        let regulars = waiting.filter { !$0.isPriority }
        #expect(policy.next(waiting: regulars, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 4)
    }

    /// A steady stream of priority customers: after 3 priority calls in a row the
    /// regular ticket that has waited longest is called, then priority resumes.
    @Test func antiStarvationAfterBurst() {
        var waiting = [Self.regular(1, at: 0), Self.regular(2, at: 10)]
        var nextID: Int64 = 100
        var clock: Int64 = 20
        func arrivePriority() {
            waiting.append(Self.priority(nextID, at: clock))
            nextID += 1
            clock += 1
        }
        arrivePriority()
        arrivePriority()
        var streak = 0
        var called: [Candidate] = []
        for _ in 0..<8 {
            arrivePriority()  // another priority customer arrives before every call
            guard let chosen = policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: streak) else {
                Issue.record("nobody called")
                return
            }
            called.append(chosen)
            streak = policy.streak(after: chosen, previous: streak)
            waiting.removeAll { $0.ticketID == chosen.ticketID }
        }
        #expect(called.map(\.isPriority) == [true, true, true, false, true, true, true, false])
        // The regular tickets come out oldest first; priority tickets oldest first too.
        #expect(called.filter { !$0.isPriority }.map(\.ticketID) == [1, 2])
        #expect(called.filter(\.isPriority).map(\.ticketID) == [100, 101, 102, 103, 104, 105])
        #expect(policy.streak(after: called[3], previous: 3) == 0)
        #expect(policy.streak(after: called[4], previous: 0) == 1)
    }

    @Test func fourthCallTakesLongestWaitingRegular() {
        let waiting = [Self.regular(5, at: 300), Self.regular(6, at: 100), Self.priority(7, at: 50), Self.priority(8, at: 60)]
        #expect(policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 2)?.ticketID == 7)
        #expect(policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 3)?.ticketID == 6)
        #expect(policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 9)?.ticketID == 6)
    }

    @Test func withNoRegularWaitingPriorityKeepsGoing() {
        var waiting = (0..<6).map { Self.priority(Int64($0 + 1), at: Int64($0) * 10) }
        var streak = 0
        var order: [Int64] = []
        while let chosen = policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: streak) {
            order.append(chosen.ticketID)
            streak = policy.streak(after: chosen, previous: streak)
            waiting.removeAll { $0.ticketID == chosen.ticketID }
        }
        #expect(order == [1, 2, 3, 4, 5, 6])
        #expect(streak == 6)
    }

    @Test func ticketTransferredToThisCounterComesFirst() {
        let waiting = [
            Self.priority(1, at: 0),
            Self.regular(2, at: 10),
            Self.regular(3, .loans, at: 500, target: counter),  // even a type this counter does not list
            Self.regular(4, at: 400, target: counter),
            Self.regular(5, at: 1, target: 99),  // meant for another counter
        ]
        #expect(policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 4)
        let withoutFour = waiting.filter { $0.ticketID != 4 }
        #expect(policy.next(waiting: withoutFour, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 3)
        // A ticket sent to another counter is never called here, even when it is the oldest.
        let onlyOthers = [Self.regular(5, at: 1, target: 99)]
        #expect(policy.next(waiting: onlyOthers, counterID: counter, serves: cashOnly, priorityStreak: 0) == nil)
        #expect(policy.next(waiting: onlyOthers, counterID: 99, serves: [], priorityStreak: 0)?.ticketID == 5)
    }

    @Test func counterGetsOnlyTypesItServes() {
        let waiting = [
            Self.priority(1, .loans, at: 0),
            Self.regular(2, .wealth, at: 5),
            Self.regular(3, .cash, at: 50),
        ]
        #expect(policy.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 3)
        #expect(policy.next(waiting: waiting, counterID: counter, serves: [.wealth], priorityStreak: 0)?.ticketID == 2)
        #expect(policy.next(waiting: waiting, counterID: counter, serves: [.loans, .wealth], priorityStreak: 0)?.ticketID == 1)
        #expect(policy.next(waiting: waiting, counterID: counter, serves: [.complaints], priorityStreak: 0) == nil)
    }

    @Test func tiesAreBrokenById() {
        let regulars = [Self.regular(9, at: 100), Self.regular(4, at: 100), Self.regular(6, at: 100)]
        #expect(policy.next(waiting: regulars, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 4)
        let priorities = [Self.priority(12, at: 5), Self.priority(11, at: 5)]
        #expect(policy.next(waiting: priorities + regulars, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 11)
        let targeted = [Self.regular(21, at: 5, target: counter), Self.regular(20, at: 5, target: counter)]
        #expect(policy.next(waiting: targeted, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 20)
    }

    @Test func burstIsAtLeastOne() {
        #expect(QueuePolicy(priorityBurst: 0).priorityBurst == 1)
        #expect(QueuePolicy(priorityBurst: -4).priorityBurst == 1)
        #expect(QueuePolicy.standard.priorityBurst == 3)
        // With a burst of one, priority and regular alternate while both wait.
        let one = QueuePolicy(priorityBurst: 1)
        let waiting = [Self.priority(1, at: 10), Self.regular(2, at: 0)]
        #expect(one.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 0)?.ticketID == 1)
        #expect(one.next(waiting: waiting, counterID: counter, serves: cashOnly, priorityStreak: 1)?.ticketID == 2)
    }
}
