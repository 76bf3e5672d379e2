import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The ticket just issued, as the customer will hold it: number, people
/// ahead, estimated wait and the needs summary. `p` prints it.
final class TicketSlipScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case print }

    private let issued: IssuedTicket
    private let needs: [String: String]
    private let customer: Customer?

    init(issued: IssuedTicket, needs: [String: String], customer: Customer?) {
        self.issued = issued
        self.needs = needs
        self.customer = customer
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.slipTitle, issued.ticket.displayNumber) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([KeyBinding(.print, keys: [.character("p")], title: s(.slipPrint), help: s(.slipPrintLong))])
    }

    /// The slip as plain text lines, in the customer's language when known.
    func lines(_ session: Session) -> [String] {
        let s = session.strings
        let ticket = issued.ticket
        return [
            session.branch.map { "\($0.code) \($0.name)" } ?? "",
            "",
            ticket.displayNumber,
            "",
            "\(s(.issueBusinessType)): \(session.typeName(ticket.businessType))"
                + (ticket.priority.map { " / " + session.priorityName($0) } ?? ""),
            "\(s(.slipAhead)): \(issued.peopleAhead)",
            "\(s(.slipWait)): " + (issued.estimatedWait.map { session.waitText($0) } ?? s(.slipUnknownWait)),
            "\(s(.slipIssuedAt)): \(session.timestamp(ticket.issuedAt))",
            "\(s(.slipNeeds)): \(session.needsSummary(needs, type: ticket.businessType))",
        ]
    }

    func handle(_ key: Key, session: Session) -> KeyResult { dispatch(key, session: session) ?? .ignored }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .print: print(session)
        }
        return .handled
    }

    /// Writes the slip for the ticket printer and says where.
    private func print(_ session: Session) {
        let ticket = issued.ticket
        do {
            let path = try TicketPrinter.print(lines(session).joined(separator: "\n") + "\n",
                                               name: "\(ticket.businessDate)-\(ticket.displayNumber)",
                                               branchFile: session.context.filePath)
            session.say(session.strings(.slipPrinted, path), .success)
        } catch {
            session.say(error)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let box = area.centered(width: min(area.width - 4, 70), height: 13)
        Box.draw(box, title: session.strings(.slipTitle, issued.ticket.displayNumber), into: &buffer)
        for (i, line) in lines(session).enumerated() where box.y + 1 + i < box.maxY - 1 {
            if i == 2 {
                buffer.write("  " + line + "  ", in: Rect(x: box.x + 2, y: box.y + 1 + i, width: box.width - 4, height: 1),
                             role: .title, alignment: .center)
                continue
            }
            let role: StyleRole = .normal
            for (j, wrapped) in TextLayout.wrap(line, width: box.width - 4).prefix(i == 8 ? 3 : 1).enumerated() {
                buffer.write(wrapped, x: box.x + 2, y: box.y + 1 + i + j, role: role, maxWidth: box.width - 4)
            }
        }
        return nil
    }
}
