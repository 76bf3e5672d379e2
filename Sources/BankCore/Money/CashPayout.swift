/// Suggests the notes and coins to pay an amount from what a drawer holds:
/// largest denominations first, never more of one than the drawer has.
/// The teller may change the suggestion; the service checks whatever is entered.
public enum CashPayout {
    /// How many fewer of a note than the most that fits are tried before giving
    /// up on it. Taking fewer of a large note only helps to fix what the
    /// smaller notes cannot make up (60 as 20×3 when there is one 50 and no
    /// 10); a few steps back are enough for the 1-2-5 series.
    static let stepsBack = 4

    /// A breakdown of exactly `amount` fen covered by `drawer`, or nil when the
    /// drawer cannot make the amount up. Prefers the largest notes: the
    /// largest-first breakdown when it works, otherwise the first one found
    /// taking slightly fewer of a larger note.
    public static func suggest(amount: Int64, from drawer: CashBreakdown) -> CashBreakdown? {
        guard amount > 0 else { return nil }
        let denominations = Denomination.allCases.sorted(by: >)
        let available = denominations.map { Int64(max(0, drawer.counts[$0, default: 0])) }
        // What the drawer holds in each denomination and all smaller ones.
        var fromHere = [Int64](repeating: 0, count: denominations.count + 1)
        for index in denominations.indices.reversed() {
            fromHere[index] = fromHere[index + 1] + denominations[index].rawValue * available[index]
        }
        var taken = [Int64](repeating: 0, count: denominations.count)
        func fill(_ index: Int, _ remaining: Int64) -> Bool {
            if remaining == 0 { return true }
            guard index < denominations.count, remaining <= fromHere[index] else { return false }
            let value = denominations[index].rawValue
            let most = min(remaining / value, available[index])
            for take in stride(from: most, through: max(0, most - Int64(stepsBack)), by: -1) {
                let rest = remaining - value * take
                // Fewer of this note only leaves more for smaller ones that are already too few.
                if rest > fromHere[index + 1] { break }
                taken[index] = take
                if fill(index + 1, rest) { return true }
            }
            taken[index] = 0
            return false
        }
        guard fill(0, amount) else { return nil }
        var counts: [Denomination: Int] = [:]
        for (index, denomination) in denominations.enumerated() where taken[index] > 0 { counts[denomination] = Int(taken[index]) }
        return CashBreakdown(counts)
    }
}

extension CashBreakdown {
    /// Adds (or with a negative sign, removes) another breakdown.
    public func adding(_ other: CashBreakdown, sign: Int = 1) -> CashBreakdown {
        var result = counts
        for (denomination, count) in other.counts { result[denomination, default: 0] += sign * count }
        return CashBreakdown(result)
    }

    /// `100×3 50×1` — compact text for vouchers and the journal.
    public var summary: String {
        counts.keys.sorted(by: >).map { "\($0.label)×\(counts[$0]!)" }.joined(separator: " ")
    }
}
