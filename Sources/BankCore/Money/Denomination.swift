/// Notes and coins of the renminbi, in fen. A cash operation counts them by
/// denomination; the breakdown must add up to the amount exactly. The fen
/// coins are rare but still legal tender, so every amount to the fen can be
/// paid in cash (49,999.99 included).
public enum Denomination: Int64, CaseIterable, Sendable, Codable, Comparable {
    case yuan100 = 10_000
    case yuan50 = 5_000
    case yuan20 = 2_000
    case yuan10 = 1_000
    case yuan5 = 500
    case yuan1 = 100
    case jiao5 = 50
    case jiao1 = 10
    case fen5 = 5
    case fen2 = 2
    case fen1 = 1

    public static func < (lhs: Denomination, rhs: Denomination) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Shown on screens and vouchers: `100`, `0.5`.
    public var label: String { AmountParser.format(rawValue).replacingZeroFraction() }
}

/// A count of notes and coins by denomination.
public struct CashBreakdown: Sendable, Equatable, Codable {
    public private(set) var counts: [Denomination: Int]

    public init(_ counts: [Denomination: Int] = [:]) {
        self.counts = counts.filter { $0.value != 0 }
    }

    /// Total in fen.
    public var total: Int64 { counts.reduce(0) { $0 + $1.key.rawValue * Int64($1.value) } }

    /// Why a breakdown does not fit an amount, if it does not: a negative
    /// count, or a total different from the amount.
    public func problem(forAmount amount: Int64) -> CashProblem? {
        if counts.values.contains(where: { $0 < 0 }) { return .negativeCount }
        if total != amount { return .totalMismatch(expected: amount, counted: total) }
        return nil
    }

    /// Whether `drawer` holds at least this many of every denomination.
    public func isCovered(by drawer: CashBreakdown) -> Bool {
        counts.allSatisfy { drawer.counts[$0.key, default: 0] >= $0.value }
    }
}

/// Why a cash count was refused.
public enum CashProblem: Error, Equatable, Sendable {
    case negativeCount
    case totalMismatch(expected: Int64, counted: Int64)
}

private extension String {
    func replacingZeroFraction() -> String { hasSuffix(".00") ? String(dropLast(3)) : self }
}
