import BankCore
import BranchServices
import Foundation
import Localization

/// `teller loan-calc`: the loan officer's calculator on the command line. It
/// is handled before anything else — no branch file is opened or made, no
/// one signs in — and prints the schedule `LoanCalculator` makes, the same
/// one the loan desk previews. Bad arguments are a message and status 2.
enum LoanCalcCommand {
    /// The output for `arguments` (everything after `loan-calc`), or the message for a bad one; `fallback`
    /// is the reader's language when `--lang` does not name one.
    static func run(_ arguments: [String], today: BusinessDate, fallback: Strings) -> (Strings, Result<String, LocalizedMessage>) {
        switch options(arguments) {
        case .failure(let message): return (fallback, .failure(message))
        case .success(let values):
            guard let code = values["--lang"] else { return (fallback, schedule(values, today: today, fallback)) }
            guard let language = Language(code: code) else { return (fallback, .failure(LocalizedMessage(.cliBadLanguage, code))) }
            let s = Strings(language)
            return (s, schedule(values, today: today, s))
        }
    }

    /// The flags and their values, checked to be loan-calc's own.
    static func options(_ arguments: [String]) -> Result<[String: String], LocalizedMessage> {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            var flag = arguments[index]
            var value: String?
            if flag.hasPrefix("--"), let equals = flag.firstIndex(of: "=") {
                value = String(flag[flag.index(after: equals)...])
                flag = String(flag[..<equals])
            }
            guard ["--principal", "--rate", "--months", "--method", "--start", "--format", "--lang"].contains(flag) else {
                return .failure(LocalizedMessage(.cliUnknownOption, arguments[index]))
            }
            if value == nil {
                guard index + 1 < arguments.count else { return .failure(LocalizedMessage(.cliMissingValue, flag)) }
                index += 1
                value = arguments[index]
            }
            values[flag] = value
            index += 1
        }
        return .success(values)
    }

    static func schedule(_ values: [String: String], today: BusinessDate, _ s: Strings) -> Result<String, LocalizedMessage> {
        for required in ["--principal", "--rate", "--months", "--method"] where values[required] == nil {
            return .failure(LocalizedMessage(.loanCalcMissing, required))
        }
        var start = today
        if let text = values["--start"] {
            guard let date = BusinessDate(text) else { return .failure(LocalizedMessage(.cliBadDate, "--start", text)) }
            start = date
        }
        let format = values["--format"].map { LoanScheduleFormat(rawValue: $0) } ?? .table
        guard let format else { return .failure(LocalizedMessage(.cliBadFormat, values["--format"] ?? "")) }
        return LoanCalculator.schedule(principal: values["--principal"]!, rate: values["--rate"]!, months: values["--months"]!,
                                       method: values["--method"]!, start: start).map { format.render($0, s) }
    }
}
