import BankCore
import BranchServices
import Localization
import TerminalUI

/// The complaint just registered, as the customer will hold it: the
/// registration number large, the category and the date the branch will
/// respond by. `p` prints the bilingual receipt; Enter opens the complaint.
final class ComplaintSlipScreen: CommandScreen {
    /// Print the customer's receipt, or open the complaint.
    enum Action { case print, open }

    let complaint: ComplaintRecord
    private let customerName: String?

    init(complaint: ComplaintRecord, customerName: String?) {
        self.complaint = complaint
        self.customerName = customerName
    }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.complaintSlipTitle, complaint.number) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([
            KeyBinding(.print, keys: [.character("p")], title: s(.slipPrint), help: s(.complaintSlipPrintLong)),
            KeyBinding(.open, keys: [.enter], title: s(.complaintOpenKey), help: s(.complaintOpenKeyLong)),
        ])
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .open:
            return .navigate(.replaceTop(ComplaintDetailScreen(session: session, complaintID: complaint.id)))
        case .print:
            printSlip(session)
            return .handled
        }
    }

    private func printSlip(_ session: Session) {
        do {
            let path = try ComplaintSlip.print(complaint, branch: session.branch, customerName: customerName,
                                               branchFile: session.context.filePath)
            session.say(session.strings(.complaintSlipPrinted, path), .success)
        } catch {
            session.say(error)
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        let box = area.centered(width: min(area.width - 4, 70), height: 12)
        Box.draw(box, title: s(.complaintSlipTitle, complaint.number), into: &buffer)
        let width = box.width - 4
        buffer.write("  " + complaint.number + "  ", in: Rect(x: box.x + 2, y: box.y + 2, width: width, height: 1),
                     role: .title, alignment: .center)
        let lines = [
            "\(s(.complaintFieldCategory)): \(session.complaintCategoryName(complaint.category))"
                + " → \(session.complaintTeamName(complaint.team))",
            "\(s(.complaintFieldSeverity)): \(session.complaintSeverityName(complaint.severity))",
            "\(s(.complaintFieldCustomer)): \(customerName ?? s(.complaintAnonymous))",
            "\(s(.complaintFieldReceived)): \(ComplaintSlip.received(complaint))",
            "\(s(.complaintFieldDue)): \(session.day(complaint.dueAt))",
        ]
        for (i, line) in lines.enumerated() {
            buffer.write(line, in: Rect(x: box.x + 2, y: box.y + 4 + i, width: width, height: 1), role: .normal)
        }
        buffer.write(s(.complaintSlipHint, keyTable(session).label(for: .print), keyTable(session).label(for: .open)), in: Rect(x: box.x + 2, y: box.maxY - 2, width: width, height: 1), role: .dim)
        return nil
    }
}
