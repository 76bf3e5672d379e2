import BankCore
import Localization

/// The loan officer's calculator: checks the terms as typed and makes the
/// schedule — the very one the application preview and the contract show,
/// and the one `teller loan-calc` prints. Needs no branch file and no sign-in.
public enum LoanCalculator {
    /// The largest principal the calculator takes: CNY 100,000,000.00.
    public static let maximumPrincipal: Int64 = 10_000_000_000
    /// The longest term: 40 years.
    public static let maximumMonths = 480

    /// The schedule for the terms as text, or the message saying which term is wrong and what to give instead.
    public static func schedule(principal: String, rate: String, months: String, method: String,
                                start: BusinessDate) -> Result<LoanSchedule, LocalizedMessage> {
        guard case .success(let amount) = AmountParser.parse(principal), amount <= maximumPrincipal else {
            return .failure(LocalizedMessage(.loanBadPrincipal, principal))
        }
        guard let annual = AnnualRate(percent: rate) else { return .failure(LocalizedMessage(.loanBadRate, rate)) }
        guard months.allSatisfy({ $0.isASCII && $0.isNumber }), let term = Int(months), (1...maximumMonths).contains(term) else {
            return .failure(LocalizedMessage(.loanBadMonths, months))
        }
        guard let repayment = RepaymentMethod(rawValue: method) else { return .failure(LocalizedMessage(.loanBadMethod, method)) }
        return .success(LoanSchedule(principal: amount, rate: annual, months: term, method: repayment, start: start))
    }

    /// The method's name in the reader's language.
    public static func name(of method: RepaymentMethod, _ s: Strings) -> String {
        switch method {
        case .equalInstalment: return s(.loanMethodEqualInstalment)
        case .equalPrincipal: return s(.loanMethodEqualPrincipal)
        case .interestOnly: return s(.loanMethodInterestOnly)
        }
    }
}
