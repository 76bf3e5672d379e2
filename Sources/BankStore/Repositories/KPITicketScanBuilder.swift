import BankCore
import Foundation

/// Builds one `TicketScan` from any mix of sources — tickets read live and
/// the stored summaries of closed days — so both give the same groups,
/// waits and series: groups are keyed by (business type, stored counter id,
/// finishing operator), waits keep their group, and each ticket (or a day's
/// totals) lands in the series bucket holding its issue time.
struct TicketScanBuilder {
    /// A group's key as stored (the counter by id; figures show its number).
    struct GroupKey: Hashable {
        var type: String
        var counterID: Int64?
        var operatorID: Int64?
    }

    private(set) var scan: TicketScan
    private(set) var keys: [GroupKey] = []
    private var groupIndex: [GroupKey: Int] = [:]
    private let numbers: [Int64: Int]
    private let bucketStarts: [Int64]
    private let bucketEnds: [Int64]
    /// False once a time or total did not fit in 64 bits (a damaged file).
    var fits = true

    init(buckets: [KPIPeriod], counterNumbers: [Int64: Int]) {
        numbers = counterNumbers
        bucketStarts = buckets.map { EpochMillis.from($0.start) }
        bucketEnds = buckets.map { EpochMillis.from($0.end) }
        scan = TicketScan(series: Array(repeating: SeriesFacts(), count: buckets.count))
    }

    /// The index of the group for `key`, made on first use.
    mutating func group(_ key: GroupKey) -> Int {
        if let known = groupIndex[key] { return known }
        let index = scan.groups.count
        groupIndex[key] = index
        keys.append(key)
        scan.groups.append(TicketGroupFacts(businessType: key.type, counterNumber: key.counterID.flatMap { numbers[$0] },
                                            operatorID: key.operatorID, facts: TicketFacts()))
        return index
    }

    /// The series bucket holding the instant `millis`, if any: the last one starting at or before it, if it is before its end.
    func bucket(of millis: Int64) -> Int? {
        var low = 0, high = bucketStarts.count
        while low < high {
            let middle = (low + high) / 2
            if bucketStarts[middle] <= millis { low = middle + 1 } else { high = middle }
        }
        let bucket = low - 1
        return bucket >= 0 && millis < bucketEnds[bucket] ? bucket : nil
    }

    /// Whether [start, end) lies inside one bucket (a closed day's totals can then go to it whole).
    func oneBucket(_ start: Int64, _ end: Int64) -> Bool { bucket(of: start).map { end <= bucketEnds[$0] } ?? false }

    /// Counts one ticket read live.
    mutating func addTicket(_ key: GroupKey, outcome: String?, issuedAt: Int64, calledAt: Int64?, startedAt: Int64?,
                            finishedAt: Int64?, satisfaction: Int64?) {
        let index = group(key)
        let wait = scan.groups[index].facts.count(outcome: outcome, issuedAt: issuedAt, calledAt: calledAt, startedAt: startedAt,
                                                  finishedAt: finishedAt, satisfaction: satisfaction, fits: &fits)
        if let wait { scan.waits.append(TicketWait(millis: wait, group: index)) }
        if let bucket = bucket(of: issuedAt) {
            if outcome == "served" { scan.series[bucket].served += 1 }
            if let wait {
                scan.series[bucket].waits += 1
                scan.series[bucket].waitTotalMillis &+= wait
            }
        }
    }

    /// Adds a closed day's stored group: its facts, its waits, and its totals to the bucket holding the day.
    mutating func addSummary(_ key: GroupKey, facts: TicketFacts, waits: [Int64], dayStart: Int64) {
        let index = group(key)
        scan.groups[index].facts.add(facts)
        for wait in waits { scan.waits.append(TicketWait(millis: wait, group: index)) }
        if let bucket = bucket(of: dayStart) {
            scan.series[bucket].served += facts.served
            scan.series[bucket].waits += facts.waits
            scan.series[bucket].waitTotalMillis &+= facts.waitTotalMillis
        }
    }
}
