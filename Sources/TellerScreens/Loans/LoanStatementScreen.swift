import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// A loan's statement, scrollable: every instalment of the schedule in force
/// (earlier ones as they were paid) with what was paid and when, then every
/// repayment with how it was applied, and the penalty accrued and paid.
final class LoanStatementScreen: CommandScreen {
    enum Action: Hashable, Sendable { case scroll }

    let loanID: Int64
    private(set) var statement: LoanStatement?
    private var offset = 0
    private var visible = 10
    private var refresh = ChangeWatch(maxAge: nil)

    init(session: Session, loanID: Int64) {
        self.loanID = loanID
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.loanStatementTitle, statement?.loan.contractNumber ?? "") }

    func keyTable(_ session: Session) -> KeyTable<Action> { .withListMoves([], .scroll, session) }

    func reloadIfChanged(_ session: Session) {
        guard refresh.isDue(session.context, now: session.context.clock.now()), let actor = session.signedIn else { return }
        do throws(LocalizedMessage) {
            statement = try LoanRepaymentService(session.context).statement(loanID: loanID, by: actor)
        } catch {
            session.say(error)
        }
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        let count = statement.map { lines($0, session.strings).count } ?? 0
        let last = max(0, count - visible)
        switch key {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= visible
        case .pageDown: offset += visible
        case .home: offset = 0
        case .end: offset = last
        default: break
        }
        offset = min(max(0, offset), last)
        return .handled
    }

    /// The body: instalments, then repayments.
    func lines(_ statement: LoanStatement, _ s: Strings) -> [String] {
        let money = { (fen: Int64) in AmountParser.format(fen) }
        var lines = statement.lines.map { line in
            let row = line.instalment
            let paid = row.principalPaid + row.interestPaid
            return [TextLayout.fit(String(row.number), width: 4, alignment: .right), row.dueDate.description,
                    TextLayout.fit(money(row.principal), width: 12, alignment: .right), TextLayout.fit(money(row.interest), width: 10, alignment: .right),
                    TextLayout.fit(money(paid), width: 12, alignment: .right), line.paidOn.map(\.description).joined(separator: " ")]
                .joined(separator: "  ")
        }
        lines.append("")
        lines.append(s(.loanStatementRepayments))
        if statement.repayments.isEmpty {
            lines.append(s(.loanStatementNoRepayments))
            return lines
        }
        let widths = [10, 6, 12, 9, 10, 12, 12]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                TextLayout.fit(pair.0, width: pair.1, alignment: index < 2 ? .left : .right)
            }.joined(separator: " ")
        }
        lines.append(row([s(.loanStatementDate), s(.loanStatementEntry), s(.loanServicingColumnAmount), s(.loanPartPenalty),
                          s(.loanPartInterest), s(.loanPartPrincipal), s(.loanPartPrepayment)]))
        for repayment in statement.repayments {
            lines.append(row([repayment.businessDate.description, String(repayment.entryID), money(repayment.amount), money(repayment.penalty),
                              money(repayment.interest), money(repayment.principal), money(repayment.prepayment)]))
        }
        return lines
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        guard let statement else { return nil }
        let inner = area.inset(1)
        buffer.write(s(.loanStatementHeader, AmountParser.format(statement.loan.principal), AmountParser.format(statement.loan.outstandingPrincipal),
                       AmountParser.format(statement.penaltyAccrued), AmountParser.format(statement.penaltyPaid)),
                     in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), role: .header)
        let heads = [TextLayout.fit(s(.loanColumnNumber), width: 4, alignment: .right), TextLayout.fit(s(.loanColumnDue), width: 10),
                     TextLayout.fit(s(.loanColumnPrincipal), width: 12, alignment: .right),
                     TextLayout.fit(s(.loanColumnInterest), width: 10, alignment: .right),
                     TextLayout.fit(s(.loanStatementPaid), width: 12, alignment: .right), s(.loanStatementPaidOn)].joined(separator: "  ")
        buffer.write(heads, in: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1), role: .label)
        let body = lines(statement, s)
        visible = max(1, inner.height - 3)
        for (row, line) in body.dropFirst(offset).prefix(visible).enumerated() {
            buffer.write(line, in: Rect(x: inner.x, y: inner.y + 3 + row, width: inner.width, height: 1), role: .normal)
        }
        return nil
    }
}
