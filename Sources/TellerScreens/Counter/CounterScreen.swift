import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// A teller's counter: take a counter and declare what it serves, call the
/// next ticket (the reception's questionnaire answers appear at once),
/// recall, start, finish with outcome and satisfaction, transfer, no-show,
/// break and close.
final class CounterScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case setup, next, recall, start, finish, noShow, transfer, takeBreak, close, cash, complaint, loan }

    private var counter: Counter?
    private var current: (ticket: Ticket, needs: [String: String])?
    private var customerName: String?
    private var waitingHere = 0
    private var refresh = ChangeWatch()

    init(session: Session) {}

    var capturesText: Bool { false }

    /// Before the title: it must not show the counter as it was.
    func reloadIfChanged(_ session: Session) { reload(session) }

    func title(_ session: Session) -> String {
        counter.map { session.strings(.counterTitle, String($0.number)) } ?? session.strings(.counterSetupTitle)
    }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        guard counter != nil else {
            return KeyTable([KeyBinding(.setup, keys: [.enter, .character("o")], title: s(.counterSetupTitle), help: s(.counterSetupTitle))])
        }
        var rows = [
            KeyBinding(Action.next, keys: [.character("n")], title: s(.counterCallNext), help: s(.counterCallNextLong)),
            KeyBinding(.recall, keys: [.character("r")], title: s(.counterRecall), help: s(.counterRecallLong)),
            KeyBinding(.start, keys: [.character("s")], title: s(.counterStart), help: s(.counterStartLong)),
            KeyBinding(.finish, keys: [.character("f")], title: s(.counterFinish), help: s(.counterFinishLong)),
            KeyBinding(.noShow, keys: [.character("x")], title: s(.counterNoShow), help: s(.counterNoShowLong)),
            KeyBinding(.transfer, keys: [.character("t")], title: s(.counterTransfer), help: s(.counterTransferLong)),
            KeyBinding(.takeBreak, keys: [.character("b")], title: s(.counterBreak), help: s(.counterBreakLong)),
            KeyBinding(.close, keys: [.character("c")], title: s(.counterClose), help: s(.counterCloseLong), inFooter: false),
            KeyBinding(.setup, keys: [.character("o")], title: s(.counterSetupTitle), help: s(.counterSetupTitle), inFooter: false),
            // Not in the (full) footer: the customer lines say it while someone is served, and F1 lists it.
            KeyBinding(.cash, keys: [.character("m")], title: s(.cashCounterKey), help: s(.cashCounterKeyLong), inFooter: false),
            KeyBinding(.complaint, keys: [.character("p")], title: s(.complaintCounterKey), help: s(.complaintCounterKeyLong), inFooter: false),
        ]
        if offersLoan(session) {
            rows.append(KeyBinding(.loan, keys: [.character("l")], title: s(.loanDeskCounterKey), help: s(.loanDeskCounterKeyLong), inFooter: false))
        }
        return KeyTable(rows)
    }

    /// A loan application is offered for a served loans (C) ticket or any served customer, to those at the loan desk.
    private func offersLoan(_ session: Session) -> Bool {
        guard let ticket = current?.ticket, session.signedIn?.role.may(.loans) == true else { return false }
        return ticket.businessType == .loans || ticket.customerID != nil
    }

    private func reload(_ session: Session, force: Bool = false) {
        guard let actor = session.signedIn else { return }
        let service = QueueService(session.context)
        if force { refresh.invalidate() }
        guard refresh.isDue(service, now: session.context.clock.now()) else { return }
        do {
            counter = try service.counters().first { $0.operatorID == actor.id && $0.state != .closed }
            if let id = counter?.currentTicketID, let found = try service.ticket(id: id) {
                current = found
                customerName = found.ticket.customerID.flatMap { id in
                    try? CustomerService(session.context).panel(customerID: id, by: actor).customer.name
                }
            } else {
                current = nil
                customerName = nil
            }
            let serves = counter?.serves ?? []
            waitingHere = try service.waitingTickets().filter {
                $0.targetCounterID == counter?.id || ($0.targetCounterID == nil && serves.contains($0.businessType))
            }.count
        } catch {
            session.say(error)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        reload(session, force: true)
        return dispatch(key, session: session) ?? .ignored
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        if action == .setup {
            refresh.invalidate()  // the dialog changes the counter: re-read when it returns
            return .navigate(.push(CounterSetupScreen.make(session: session, counter: counter)))
        }
        guard let counter, let actor = session.signedIn else { return .ignored }
        let service = QueueService(session.context)
        let s = session.strings
        do throws(LocalizedMessage) {
            switch action {
            case .setup:
                break
            case .next:
                if let ticket = try service.callNext(counterID: counter.id, by: actor) {
                    session.say(s(.counterCalled, ticket.displayNumber, String(counter.number)), .success)
                } else {
                    session.say(s(.counterNothingWaiting), .warning)
                }
            case .recall:
                let ticket = try service.recall(counterID: counter.id, by: actor)
                session.say(s(.counterCalled, ticket.displayNumber, String(counter.number)), .success)
            case .start:
                _ = try service.start(counterID: counter.id, by: actor)
                session.message = nil
            case .finish:
                guard let current else { throw LocalizedMessage(.queueNoCurrentTicket) }
                refresh.invalidate()
                return .navigate(.push(FinishServiceScreen(session: session, counter: counter, ticket: current.ticket)))
            case .noShow:
                let ticket = try service.finish(counterID: counter.id, outcome: .noShow, satisfaction: nil, by: actor)
                session.say(s(.counterFinished, ticket.displayNumber, session.outcomeName(.noShow)), .success)
            case .transfer:
                guard let current else { throw LocalizedMessage(.queueNoCurrentTicket) }
                refresh.invalidate()
                return .navigate(.push(TransferTicketScreen.make(session: session, counter: counter, ticket: current.ticket)))
            case .cash:
                return .navigate(.push(CashHubScreen(session: session)))
            case .complaint:
                let customer = current?.ticket.customerID.flatMap { try? CustomerService(session.context).panel(customerID: $0, by: actor).customer }
                return .navigate(.push(ComplaintIntakeScreen(session: session, customer: customer, ticketID: current?.ticket.id)))
            case .loan:
                guard let ticket = current?.ticket else { throw LocalizedMessage(.queueNoCurrentTicket) }
                return .navigate(.push(ticket.customerID.map { LoanApplicationScreen(session: session, customerID: $0, ticketID: ticket.id) }
                                       ?? LoanCustomerPick.screen(session: session, ticketID: ticket.id)))
            case .takeBreak:
                try service.setState(counterID: counter.id, counter.state == .onBreak ? .open : .onBreak, by: actor)
            case .close:
                try service.setState(counterID: counter.id, .closed, by: actor)
                session.say(s(.counterClosed), .success)
            }
        } catch {
            session.say(error)
        }
        reload(session, force: true)
        return .handled
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let x = area.x + 2
        guard let counter else {
            buffer.write(s(.counterSetupTitle), x: x, y: area.y + 1, role: .header)
            buffer.write(keyTable(session).label(for: .setup) + ": " + s(.counterSetupTitle), x: x, y: area.y + 3, role: .normal)
            return nil
        }
        var y = area.y + 1
        let serves = BusinessType.allCases.filter(counter.serves.contains).map { "\($0.series) \(session.typeName($0))" }
        buffer.write(s(.counterStateLabel) + ": " + session.counterStateName(counter.state), x: x, y: y,
                     role: counter.state == .onBreak ? .warning : .header)
        y += 1
        buffer.write(serves.joined(separator: ", "), in: Rect(x: x, y: y, width: area.width - 4, height: 1), role: .dim)
        y += 2
        buffer.write(s(.counterCurrent), x: x, y: y, role: .header)
        y += 1
        guard let current else {
            buffer.write(s(.counterNoCurrent, keyTable(session).label(for: .next)), x: x + 2, y: y, role: .normal)
            buffer.write(s(.counterWaitingHere, String(waitingHere)), x: x, y: y + 2, role: .normal)
            return nil
        }
        let ticket = current.ticket
        let waited = Int(session.context.clock.now().timeIntervalSince(ticket.issuedAt) / 60)
        func line(_ label: String, _ value: String, _ role: StyleRole = .normal) {
            buffer.write(TextLayout.fit(label, width: 17), x: x + 2, y: y, role: .label)  // "Documents brought" whole
            buffer.write(value, in: Rect(x: x + 20, y: y, width: area.width - 24, height: 1), role: role)
            y += 1
        }
        line(s(.counterTicket), "\(ticket.displayNumber)  \(session.typeName(ticket.businessType))"
             + (ticket.priority.map { "  " + session.priorityName($0) } ?? ""), .title)
        line(s(.receptionColumnStatus), session.ticketStatusName(ticket.status))
        line(s(.issueCustomer), customerName ?? s(.issueWalkIn))
        let keys = keyTable(session)
        if ticket.customerID != nil {
            let loan = offersLoan(session) ? "   " + keys.label(for: .loan) + ": " + s(.loanDeskCounterHint) : ""
            line("", keys.label(for: .cash) + ": " + s(.menuCash) + "   " + keys.label(for: .complaint) + ": " + s(.complaintCounterKey) + loan, .dim)
        } else if offersLoan(session) {
            line("", keys.label(for: .loan) + ": " + s(.loanDeskCounterKey), .dim)  // a loans ticket without a customer yet
        }
        line(s(.counterWaited), s(.receptionMinutes, String(waited)))
        line(s(.counterRecalls), String(ticket.recalls))
        y += 1
        buffer.write(s(.counterNeeds), x: x + 2, y: y, role: .header)
        y += 1
        for question in NeedsQuestionnaire.questions(for: ticket.businessType) {
            guard let answer = current.needs[question.id], y < area.maxY - 2 else { continue }
            line(session.needLabel(question.id), question.isFreeText ? answer : session.needLabel(answer))
        }
        buffer.write(s(.counterWaitingHere, String(waitingHere)), x: x, y: area.maxY - 1, role: .dim)
        return nil
    }
}
