import BankCore
import Localization

/// Strict amount entry on the money screens: `AmountParser` decides, and a
/// refused amount says why in words (too many decimals, a sign, a separator…).
enum AmountEntry {
    /// The amount in minor units, or the reason it is refused.
    static func parse(_ text: String, strings: Strings, minorUnits: Int = 2) -> Result<Int64, AmountRefusal> {
        switch AmountParser.parse(text, minorUnits: minorUnits) {
        case .success(let value): return .success(value)
        case .failure(let problem): return .failure(AmountRefusal(text: reason(problem, strings: strings)))
        }
    }

    static func reason(_ problem: AmountProblem, strings s: Strings) -> String {
        switch problem {
        case .empty: return s(.cashAmountEmpty)
        case .sign: return s(.cashAmountSign)
        case .exponent: return s(.cashAmountExponent)
        case .character: return s(.cashAmountCharacter)
        case .tooManyDecimals(let allowed): return s(.cashAmountDecimals, String(allowed))
        case .zero: return s(.cashAmountZero)
        case .tooLarge: return s(.cashAmountTooLarge, AmountParser.format(AmountParser.maximumMinorUnits))
        }
    }
}

/// Why typed amount text was refused, in the operator's language.
struct AmountRefusal: Error {
    var text: String
}
