import BankCore
import BranchServices
import Localization
import TerminalUI

/// A loan schedule as text: a table for people (in the reader's language,
/// amounts grouped), CSV and JSON for machines (fen as plain decimals, the
/// method's stable code), every instalment then the totals.
enum LoanScheduleFormat: String, CaseIterable, Sendable {
    case table, csv, json

    func render(_ schedule: LoanSchedule, _ s: Strings) -> String {
        switch self {
        case .table: return Self.table(schedule, s)
        case .csv: return Self.csv(schedule)
        case .json: return Self.json(schedule)
        }
    }

    static func table(_ schedule: LoanSchedule, _ s: Strings) -> String {
        let money = AmountParser.format
        let headers = [s(.loanColumnNumber), s(.loanColumnDue), s(.loanColumnPayment), s(.loanColumnPrincipal),
                       s(.loanColumnInterest), s(.loanColumnRemaining)]
        let rows = schedule.instalments.map { row in
            [String(row.number), row.dueDate.description, money(row.payment, 2), money(row.principal, 2), money(row.interest, 2),
             money(row.remaining, 2)]
        }
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column == 1 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var lines = [s(.loanSummary, money(schedule.principal, 2), schedule.rate.description, String(schedule.months),
                       LoanCalculator.name(of: schedule.method, s)), "", line(headers)]
        lines += rows.map(line)
        lines += ["", s(.loanTotals, money(schedule.totalPayment, 2), money(schedule.principal, 2), money(schedule.totalInterest, 2))]
        return lines.joined(separator: "\n")
    }

    static func csv(_ schedule: LoanSchedule) -> String {
        var lines = ["number,due_date,payment,principal,interest,remaining"]
        lines += schedule.instalments.map { row in
            "\(row.number),\(row.dueDate),\(plain(row.payment)),\(plain(row.principal)),\(plain(row.interest)),\(plain(row.remaining))"
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ schedule: LoanSchedule) -> String {
        let rows = schedule.instalments.map { row in
            "    {\"number\": \(row.number), \"due_date\": \"\(row.dueDate)\", \"payment\": \(plain(row.payment)), "
                + "\"principal\": \(plain(row.principal)), \"interest\": \(plain(row.interest)), \"remaining\": \(plain(row.remaining))}"
        }
        return """
        {
          "principal": \(plain(schedule.principal)),
          "annual_rate_percent": \(schedule.rate.description),
          "months": \(schedule.months),
          "method": "\(schedule.method.rawValue)",
          "total_interest": \(plain(schedule.totalInterest)),
          "total_payment": \(plain(schedule.totalPayment)),
          "instalments": [
        \(rows.joined(separator: ",\n"))
          ]
        }
        """
    }

    /// Fen as a plain decimal: `1032797` → `10327.97`.
    static func plain(_ minor: Int64) -> String {
        let fen = String(minor % 100)
        return "\(minor / 100)." + (fen.count == 1 ? "0" + fen : fen)
    }
}
