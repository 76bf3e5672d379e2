/// Suggests the notes and coins to pay an amount from what a drawer holds:
/// largest denominations first, never more of one than the drawer has.
/// The teller may change the suggestion; the service checks whatever is entered.
public enum CashPayout {
    /// A breakdown of exactly `amount` fen covered by `drawer`, or nil when the
    /// drawer cannot make the amount up (largest-first; adequate for RMB's
    /// 1-2-5 series).
    public static func suggest(amount: Int64, from drawer: CashBreakdown) -> CashBreakdown? {
        guard amount > 0 else { return nil }
        var remaining = amount
        var counts: [Denomination: Int] = [:]
        for denomination in Denomination.allCases.sorted(by: >) {
            let available = drawer.counts[denomination, default: 0]
            let take = min(Int(remaining / denomination.rawValue), available)
            if take > 0 {
                counts[denomination] = take
                remaining -= denomination.rawValue * Int64(take)
            }
        }
        return remaining == 0 ? CashBreakdown(counts) : nil
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
