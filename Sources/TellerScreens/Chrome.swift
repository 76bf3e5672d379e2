import BankCore
import Foundation
import TerminalUI

/// The lines around every screen: status (who, where, when, language,
/// training marker), title, message and footer.
enum Chrome {
    static func status(_ session: Session, into buffer: inout CellBuffer) {
        let s = session.strings
        var segments: [String] = []
        if let op = session.signedIn {
            segments.append("\(op.username) · \(session.roleName(op.role))")
        } else {
            segments.append(s(.statusNotSignedIn))
        }
        segments.append(session.language.nativeName)
        if let branch = session.branch {
            segments.append(s(.statusBusinessDate, branch.businessDate.description))
            segments.append("\(branch.code) \(branch.name)")
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
        // A long message takes the row above as well rather than losing its end.
        let lines = TextLayout.wrap(message.text, width: buffer.width - 2)
        let shown = Array(lines.prefix(2))
        for (i, line) in shown.enumerated() {
            let y = row - (shown.count - 1) + i
            buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), role: .normal)
            buffer.write(" " + line, in: Rect(x: 0, y: y, width: buffer.width, height: 1), role: message.role)
        }
    }
}
