import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// A repayment at the counter: what is due (a partial payment accepted), or
/// early in part (the principal repaid ahead, then a shorter term or a lower
/// instalment, the customer chooses) or in full; from the account or in cash.
/// The quote, with how the money is applied and any new schedule, is worked
/// out as the teller types and shown on the confirmation before posting.
final class LoanRepaymentScreen: LoanServicingCounterScreen {
    private(set) var position: LoanPosition?
    private(set) var quote: LoanRepaymentQuote?
    private var quoteProblem: String?

    init(session: Session, loan: LoanRecord) {
        let s = session.strings
        super.init(loan: loan, entry: LoanServicingCounterForm(fields: [
            .choice("kind", s(.loanFieldKind), options: [("regular", s(.loanKindRegular)), ("part", s(.loanKindEarlyPart)),
                                                         ("full", s(.loanKindEarlyFull))]),
            .text("amount", s(.loanFieldAmount), maxLength: 20, filter: .any, required: false),
            .choice("choice", s(.loanFieldChoice), options: [(EarlyRepaymentChoice.shortenTerm.rawValue, s(.loanChoiceShorten)),
                                                             (EarlyRepaymentChoice.lowerInstalment.rawValue, s(.loanChoiceLower))]),
            .choice("source", s(.loanFieldSource), options: [("account", s(.loanSideAccount)), ("cash", s(.loanSideCash))]),
        ], sideField: "source"))
        readPosition(session)
    }

    private var kind: String { entry.fields.value("kind") }
    private var choice: EarlyRepaymentChoice { EarlyRepaymentChoice(rawValue: entry.fields.value("choice")) ?? .shortenTerm }
    private var typedAmount: Int64? { try? AmountParser.parse(entry.fields.value("amount")).get() }

    private func readPosition(_ session: Session) {
        guard let actor = session.signedIn else { return }
        do throws(LocalizedMessage) {
            position = try LoanRepaymentService(session.context).position(loanID: loan.id, by: actor)
        } catch {
            session.say(error)
        }
    }

    /// The quote for the form as it stands (a read, after a key, never while drawing).
    private func requote(_ session: Session) {
        quote = nil
        quoteProblem = nil
        guard let actor = session.signedIn else { return }
        let service = LoanRepaymentService(session.context)
        do throws(LocalizedMessage) {
            switch kind {
            case "full": quote = try service.earlyQuote(loanID: loan.id, prepayment: nil, choice: choice, by: actor)
            case "part":
                guard let amount = typedAmount else { return }
                quote = try service.earlyQuote(loanID: loan.id, prepayment: amount, choice: choice, by: actor)
            default:
                guard let amount = typedAmount else { return }
                quote = try service.quote(loanID: loan.id, amount: amount, by: actor)
            }
        } catch {
            quoteProblem = error.text(in: session.strings)
        }
    }

    override func title(_ session: Session) -> String { session.strings(.loanRepaymentTitle, loan.contractNumber) }

    override var entryCapturesText: Bool { true }

    override func entryChanged(_ session: Session) { requote(session) }

    override func entrySubmitted(_ session: Session) -> KeyResult {
        requote(session)
        if let quoteProblem {
            session.say(quoteProblem, .error)
            return .handled
        }
        guard quote != nil else {
            session.say(session.strings(.cashAmountEmpty), .error)
            return .handled
        }
        return submitEntry(session)
    }

    override func assess(_ session: Session, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        let service = LoanRepaymentService(session.context)
        if kind == "regular" { return try service.assess(loanID: loan.id, amount: typedAmount ?? 0, from: entry.side, by: actor) }
        return try service.assessEarly(loanID: loan.id, prepayment: kind == "full" ? nil : typedAmount, choice: choice, from: entry.side,
                                       by: actor)
    }

    override func post(key: String, approval: SupervisorApproval?, session: Session,
                       by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        let service = LoanRepaymentService(session.context)
        if kind == "regular" {
            return try service.repay(loanID: loan.id, amount: typedAmount ?? 0, from: entry.side, key: key, approval: approval, by: actor)
        }
        return try service.repayEarly(loanID: loan.id, prepayment: kind == "full" ? nil : typedAmount, choice: choice, from: entry.side,
                                      key: key, approval: approval, by: actor)
    }

    override func startAnother(_ session: Session) {
        entry.fields.setValue("amount", "")
        entry.grid.fill(nil)
        entry.fields.markSaved()
        quote = nil
        readPosition(session)
        super.startAnother(session)
    }

    override func confirmationRows(_ session: Session) -> [(String, String)] {
        let s = session.strings
        guard let quote else { return [] }
        let money = { (fen: Int64) in AmountParser.format(fen) }
        let allocation = quote.allocation
        var rows: [(String, String)] = [
            (s(.cashCustomer), holder?.name ?? ""),
            (s(.cashAmount), "CNY " + money(quote.amount)),
            (s(.loanFieldSource), s(entry.isCash ? .loanSideCash : .loanSideAccount)
                + (entry.isCash ? " " + entry.grid.breakdown.summary : "")),
            (s(.loanPartPenalty), money(allocation.penalty)),
            (s(.loanPartInterest), money(allocation.interest)),
            (s(.loanPartPrincipal), money(allocation.principal)),
        ]
        let ahead = quote.amount - allocation.applied
        if ahead > 0 { rows.append((s(.loanPartPrepayment), money(ahead))) }
        if quote.closesLoan { rows.append((s(.loanOutstandingAfter), s(.loanClosedMark))) }
        if let schedule = quote.newSchedule, let first = schedule.instalments.first, let last = schedule.instalments.last {
            rows.append((s(.loanNewSchedule), s(.loanNewScheduleSummary, String(schedule.months), "\(first.dueDate) \(money(first.payment))",
                                                 "\(last.dueDate) \(money(last.payment))")))
        }
        return rows
    }

    override func renderEntry(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let line = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: 1)
        if let position {
            buffer.write(s(.loanRepaymentDueLine, AmountParser.format(position.dueNow), AmountParser.format(position.overdueAmount),
                           AmountParser.format(position.payoffAmount)), in: line, role: .header)
        }
        entry.fields.relabel(s, ["kind": .loanFieldKind, "amount": .loanFieldAmount, "choice": .loanFieldChoice, "source": .loanFieldSource],
                             hints: ["amount": .loanFieldAmountHint])
        let rect = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: entry.height)
        let cursor = entry.render(into: &buffer, at: rect, amount: quote?.amount, strings: s)
        let below = Rect(x: area.x + 2, y: min(area.maxY - 1, rect.y + entry.fields.height), width: area.width - 4, height: 1)
        if let quoteProblem {
            buffer.write(quoteProblem, in: below, role: .error)
        } else if let quote, !entry.isCash {
            buffer.write(s(.loanRepaymentToPay, AmountParser.format(quote.amount)), in: below, role: .label)
        }
        return cursor
    }
}
