import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The label-and-value rows of a money screen's confirmation and result
/// views: what was posted (entry, amount, balance after, voucher number and
/// file, large-value report, a replay, a voucher problem) and how rows draw.
enum MoneyRows {
    static func result(_ posted: PostedOperation, session: Session) -> [(String, String)] {
        let s = session.strings
        let units = posted.currency.minorUnits
        var rows: [(String, String)] = [
            (s(.cashEntryLabel), String(posted.entryID)),
            (s(.cashAmountLabel), posted.currency.rawValue + " " + AmountParser.format(posted.amount, minorUnits: units)),
        ]
        if let balance = posted.balanceAfter { rows.append((s(.cashBalanceAfter), AmountParser.format(balance, minorUnits: units))) }
        if let sequence = posted.voucherSequence { rows.append((s(.cashVoucherLabel), String(format: "%08lld", sequence))) }
        if let path = posted.voucherPath { rows.append(("", path)) }
        if posted.largeValueReported { rows.append(("", s(.cashLargeValueRecorded))) }
        if posted.replayed { rows.append(("", s(.cashReplayedNote))) }
        if let problem = posted.voucherProblem { rows.append(("!", problem.text(in: s))) }
        return rows
    }

    static func render(_ heading: String, _ rows: [(String, String)], into buffer: inout CellBuffer, area: Rect) {
        let x = area.x + 2
        var y = area.y + 1
        buffer.write(heading, in: Rect(x: x, y: y, width: area.width - 4, height: 1), role: .header)
        y += 2
        for (label, value) in rows where y < area.maxY - 1 {
            buffer.write(TextLayout.fit(label, width: 18), x: x, y: y, role: label == "!" ? .error : .label)
            for line in TextLayout.wrap(value, width: area.width - 25) where y < area.maxY - 1 {
                buffer.write(line, x: x + 20, y: y, role: label == "!" ? .warning : .normal)
                y += 1
            }
        }
    }
}
