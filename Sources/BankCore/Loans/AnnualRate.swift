/// A loan's yearly interest rate, held exactly as millionths of one (6% is
/// 60,000), so schedules never depend on binary floating point. The monthly
/// rate is the annual rate divided by twelve, as Chinese banks quote it.
public struct AnnualRate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The rate in millionths: 1,000,000 is 100% a year.
    public let partsPerMillion: Int64

    public init?(partsPerMillion: Int64) {
        guard (0...1_000_000).contains(partsPerMillion) else { return nil }
        self.partsPerMillion = partsPerMillion
    }

    /// Parses a percentage such as `6`, `4.35` or `3.8500` (at most four
    /// decimals, 0 to 100); nil otherwise.
    public init?(percent text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 3,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 4, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || !fraction.isEmpty,
              let wholeValue = Int64(whole), let fractionValue = Int64(fraction.padding(toLength: 4, withPad: "0", startingAt: 0))
        else { return nil }
        self.init(partsPerMillion: wholeValue * 10_000 + fractionValue)
    }

    /// The percentage as text without trailing zeros: `6`, `4.35`.
    public var description: String {
        let whole = partsPerMillion / 10_000
        var fraction = String(partsPerMillion % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }

    /// One month's interest on `outstanding` fen, rounded half-up to the fen.
    public func monthlyInterest(on outstanding: Int64) -> Int64 {
        Self.halfUp(outstanding * partsPerMillion, dividedBy: 12_000_000)
    }

    /// Interest on `amount` for `days` days at this rate over a 360-day year,
    /// rounded half-up (penalty interest on overdue amounts accrues by day).
    public func dailyInterest(on amount: Int64, days: Int) -> Int64 {
        Self.halfUp(amount * partsPerMillion * Int64(days), dividedBy: 360_000_000)
    }

    /// `value / divisor` rounded half-up, for non-negative values.
    static func halfUp(_ value: Int64, dividedBy divisor: Int64) -> Int64 { (value * 2 + divisor) / (divisor * 2) }

    public static func < (lhs: AnnualRate, rhs: AnnualRate) -> Bool { lhs.partsPerMillion < rhs.partsPerMillion }
}
