/// The currencies an account can be held in (ISO 4217 codes as raw values).
/// Amounts are integer counts of the minor unit, so each currency says how
/// many decimal places that unit has.
public enum Currency: String, CaseIterable, Sendable, Codable {
    case cny = "CNY"
    case usd = "USD"
    case eur = "EUR"
    case hkd = "HKD"
    case jpy = "JPY"
    case gbp = "GBP"

    /// Decimal places of the minor unit (ISO 4217): JPY has none (amounts are
    /// whole yen), every other currency here has 2 (fen, cents, pence).
    public var minorUnits: Int {
        switch self {
        case .jpy: return 0
        case .cny, .usd, .eur, .hkd, .gbp: return 2
        }
    }
}
