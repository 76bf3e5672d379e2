import BankCore
import Testing

/// `TicketFacts.count` applies the queue definitions one ticket at a time,
/// and `NearestRankSlots` picks each group's nearest rank from one ascending stream.
@Suite struct TicketCountingTests {
    @Test func eachTicketCountsByTheDefinitions() {
        var facts = TicketFacts()
        var fits = true
        // Served, called after 60 s, handled in 300 s, satisfaction 5.
        #expect(facts.count(outcome: "served", issuedAt: 1_000, calledAt: 61_000, startedAt: 70_000, finishedAt: 370_000,
                            satisfaction: 5, fits: &fits) == 60_000)
        // A no-show: called, never started.
        #expect(facts.count(outcome: "no_show", issuedAt: 0, calledAt: 120_000, startedAt: nil, finishedAt: nil,
                            satisfaction: nil, fits: &fits) == 120_000)
        // Referred after service started: handling is only for served tickets.
        #expect(facts.count(outcome: "referred", issuedAt: 0, calledAt: 30_000, startedAt: 40_000, finishedAt: 90_000,
                            satisfaction: 2, fits: &fits) == 30_000)
        // Still waiting: no outcome, no wait.
        #expect(facts.count(outcome: nil, issuedAt: 0, calledAt: nil, startedAt: nil, finishedAt: nil,
                            satisfaction: nil, fits: &fits) == nil)
        // Served without a start time: served, but no handling time.
        facts.count(outcome: "served", issuedAt: 0, calledAt: 10_000, startedAt: nil, finishedAt: 20_000, satisfaction: 4, fits: &fits)
        #expect(fits)
        #expect(facts.issued == 5 && facts.served == 2 && facts.withOutcome == 4 && facts.noShows == 1)
        #expect(facts.waits == 4 && facts.waitTotalMillis == 220_000)
        #expect(facts.handlings == 1 && facts.handlingTotalMillis == 300_000)
        #expect(facts.satisfaction == [0, 1, 0, 1, 1])
        #expect(facts.p90WaitMillis == nil)
    }

    @Test func timesThatOverflowAreReportedNotTrapped() {
        var facts = TicketFacts()
        var fits = true
        facts.count(outcome: "served", issuedAt: Int64.min, calledAt: Int64.max, startedAt: nil, finishedAt: nil,
                    satisfaction: nil, fits: &fits)
        #expect(!fits)
    }

    @Test func slotsPickTheNearestRankOfEachGroup() {
        let groups: [[Int64]] = [[42], [5, 1, 4, 2, 3], Array(1...10), Array(1...11), [7, 7, 7, 1], []]
        var slots = NearestRankSlots(percent: 90, counts: groups.map(\.count))
        let stream = groups.enumerated().flatMap { slot, values in values.map { (slot, $0) } }.sorted { $0.1 < $1.1 }
        for (slot, value) in stream { slots.feed(slot, value) }
        #expect(slots.picked == groups.map { Percentile.nearestRank(90, of: $0) })
        #expect(slots.picked == [42, 5, 9, 10, 7, nil])
        // A group number it was not told about is ignored.
        slots.feed(99, 1)
        #expect(slots.picked.count == 6)
    }
}
