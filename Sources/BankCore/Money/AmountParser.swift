import Foundation

/// Why typed amount text was refused.
public enum AmountProblem: Error, Equatable, Sendable {
    case empty
    /// A `+` or `-` sign: amounts are always positive; the operation says the direction.
    case sign
    /// `1e5` and similar.
    case exponent
    /// Anything but digits and one decimal point (thousands separators are not accepted).
    case character
    /// More decimals than the currency has.
    case tooManyDecimals(allowed: Int)
    case zero
    /// Above `AmountParser.maximumMinorUnits`.
    case tooLarge
}

/// Strict amount entry: digits, at most one decimal point, at most the
/// currency's number of decimals, no sign, no exponent, no separators, and
/// an upper bound. Produces an integer count of minor units (fen, cents):
/// money is never a floating-point number.
public enum AmountParser {
    /// 10,000,000,000.00 in minor units: far above any counter operation, far below Int64 overflow.
    public static let maximumMinorUnits: Int64 = 1_000_000_000_000

    public static func parse(_ text: String, minorUnits: Int = 2) -> Result<Int64, AmountProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if trimmed.first == "+" || trimmed.first == "-" { return .failure(.sign) }
        if trimmed.contains(where: { $0 == "e" || $0 == "E" }) { return .failure(.exponent) }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }) else {
            return .failure(.character)
        }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty, !(parts.count == 2 && fraction.isEmpty) else { return .failure(.character) }
        guard fraction.count <= minorUnits else { return .failure(.tooManyDecimals(allowed: minorUnits)) }
        let digits = String(whole.isEmpty ? "0" : whole) + String(fraction) + String(repeating: "0", count: minorUnits - fraction.count)
        let significant = digits.drop { $0 == "0" }
        guard significant.count <= 18, let value = Int64(significant.isEmpty ? "0" : String(significant)) else {
            return .failure(.tooLarge)
        }
        guard value > 0 else { return .failure(.zero) }
        guard value <= maximumMinorUnits else { return .failure(.tooLarge) }
        return .success(value)
    }

    /// `1234567` minor units → `12,345.67` (grouped for reading, never for entry).
    public static func format(_ minor: Int64, minorUnits: Int = 2) -> String {
        let negative = minor < 0
        let magnitude = minor.magnitude
        let scale = UInt64(pow10(minorUnits))
        let whole = String(magnitude / scale)
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let fraction = minorUnits > 0 ? "." + String(String(magnitude % scale).reversed()).padding(minorUnits).reversed() : ""
        return (negative ? "-" : "") + grouped + fraction
    }

    static func pow10(_ n: Int) -> Int64 { (0..<n).reduce(1) { value, _ in value * 10 } }
}

private extension String {
    /// Pads with zeros on the right to `length` characters (used on reversed digits).
    func padding(_ length: Int) -> String { self + String(repeating: "0", count: max(0, length - count)) }
}
