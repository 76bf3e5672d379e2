import BankCore
import Foundation
import TerminalUI

/// The lines around every screen: status (who, where, when, language,
/// training marker), title, message and footer.
enum Chrome {
    static func status(_ session: Session, into buffer: inout CellBuffer) {
        let s = session.strings
        // At 80 columns the branch is never cut: the date loses its label first,
        // then the language its name, then the operator their role.
        var segments: [StatusSegment] = []
        if let op = session.signedIn {
            segments.append(StatusSegment("\(op.username) · \(session.roleName(op.role))", short: op.username, rank: 2))
        } else {
            segments.append(StatusSegment(s(.statusNotSignedIn)))
        }
        segments.append(StatusSegment(session.language.nativeName, short: "", rank: 1))
        if let branch = session.branch {
            segments.append(StatusSegment(s(.statusBusinessDate, branch.businessDate.description),
                                          short: branch.businessDate.description, rank: 0))
            segments.append(StatusSegment("\(branch.code) \(branch.name)"))
        }
        let clock = LocalTimeText.hoursMinutes(session.context.clock.now())
        StatusLine.render(segments: segments, alert: session.isTraining ? s(.trainingMarker) : nil,
                          right: clock + " ", into: &buffer, row: 0)
    }

    static func title(_ text: String, into buffer: inout CellBuffer) {
        buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), role: .title)
        buffer.write(" " + text, in: Rect(x: 0, y: 1, width: buffer.width, height: 1), role: .title)
    }

    static func message(_ message: (text: String, role: StyleRole)?, into buffer: inout CellBuffer) {
        let row = buffer.height - 2
        buffer.fill(Rect(x: 0, y: row, width: buffer.width, height: 1), role: .normal)
        guard let message else { return }
        // A long message takes the rows above as well (up to three in all) rather than losing its end.
        let lines = TextLayout.wrap(message.text, width: buffer.width - 2)
        let shown = Array(lines.prefix(3))
        for (i, line) in shown.enumerated() {
            let y = row - (shown.count - 1) + i
            buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), role: .normal)
            buffer.write(" " + line, in: Rect(x: 0, y: y, width: buffer.width, height: 1), role: message.role)
        }
    }
}
