/// The nearest-rank percentile used for waiting times: sort the values
/// ascending and take the element at 1-based rank ceil(p/100 · n). It is
/// always one of the observed values; no interpolation. The store's SQL
/// computes the same rank with the same integer formula (`rank`).
public enum Percentile {
    /// The percentile the dashboard reports for waiting times.
    public static let wait = 90

    /// The 1-based rank ceil(percent · count / 100) in integer arithmetic; nil for no values.
    public static func rank(percent: Int, count: Int) -> Int? {
        guard count > 0, (1...100).contains(percent) else { return nil }
        return max(1, (percent * count + 99) / 100)
    }

    /// The nearest-rank percentile of `values` (any order); nil when there are none.
    public static func nearestRank<Value: Comparable>(_ percent: Int, of values: [Value]) -> Value? {
        guard let rank = rank(percent: percent, count: values.count) else { return nil }
        return values.sorted()[rank - 1]
    }
}

/// Ratios for KPI figures: a zero denominator means "no data" (nil), never 0
/// and never a crash.
public enum KPIRatio {
    /// numerator ÷ denominator, or nil when the denominator is zero.
    public static func of(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// numerator ÷ denominator × 1000, or nil when the denominator is zero.
    public static func perThousand(_ numerator: Int, _ denominator: Int) -> Double? {
        of(numerator, denominator).map { $0 * 1000 }
    }

    /// A total of milliseconds over `count` items as average seconds, or nil when count is zero.
    public static func averageSeconds(totalMillis: Int64, count: Int) -> Double? {
        count == 0 ? nil : Double(totalMillis) / Double(count) / 1000
    }
}

/// Picks the nearest-rank percentile of many groups at once from one stream
/// of values in ascending order: told how many values each group has, it
/// keeps the value at rank ceil(p/100 · n) of each group as it goes by. A
/// year of waits can then be read once, sorted, without a sort per group.
/// Groups are numbered 0..<n and kept in arrays, so feeding a value costs no
/// hashing (the KPI report feeds about a million a year).
public struct NearestRankSlots: Sendable {
    private var targets: [Int]
    private var seen: [Int]
    /// The picked value per group; nil for groups without values or whose rank has not been reached yet.
    public private(set) var picked: [Int64?]

    /// `counts[g]`: how many values group g will receive.
    public init(percent: Int, counts: [Int]) {
        targets = counts.map { Percentile.rank(percent: percent, count: $0) ?? 0 }
        seen = Array(repeating: 0, count: counts.count)
        picked = Array(repeating: nil, count: counts.count)
    }

    /// The next value of group `slot`; values must arrive in ascending order. Unknown groups are ignored.
    public mutating func feed(_ slot: Int, _ value: Int64) {
        guard targets.indices.contains(slot) else { return }
        seen[slot] += 1
        if seen[slot] == targets[slot] { picked[slot] = value }
    }
}

/// `NearestRankSlots` for groups named by any hashable key.
public struct NearestRankPicker<Key: Hashable> {
    private var slotOf: [Key: Int] = [:]
    private var slots: NearestRankSlots
    /// The picked value per group (groups whose rank has not been reached yet are missing).
    public var picked: [Key: Int64] { slotOf.compactMapValues { slots.picked[$0] } }

    /// `counts`: how many values each group will receive.
    public init(percent: Int, counts: [Key: Int]) {
        var ordered: [Int] = []
        for (key, count) in counts {
            slotOf[key] = ordered.count
            ordered.append(count)
        }
        slots = NearestRankSlots(percent: percent, counts: ordered)
    }

    /// The next value of `key`'s group; values must arrive in ascending order.
    public mutating func feed(_ key: Key, _ value: Int64) {
        guard let slot = slotOf[key] else { return }
        slots.feed(slot, value)
    }
}
