import BankCore
import Localization
import TerminalUI

/// The count of notes and coins by RMB denomination on the cash screens:
/// a small number cell per denomination, four to a row, with the running total against the
/// amount shown live, so the teller sees at once whether the count matches.
struct DenominationGrid {
    static let denominations = Denomination.allCases.sorted(by: >)
    private(set) var cells: [TextField] = denominations.map { _ in TextField("", maxLength: 5, filter: .digits) }
    var focus = 0
    /// True while the counts are the screen's own suggestion (not typed by the teller).
    private(set) var isSuggestion = false
    /// Shown under the total after a refused count.
    var error: String?

    /// The counts as entered (empty cells count zero).
    var breakdown: CashBreakdown {
        var counts: [Denomination: Int] = [:]
        for (index, denomination) in Self.denominations.enumerated() {
            counts[denomination] = Int(cells[index].text) ?? 0
        }
        return CashBreakdown(counts)
    }

    var isEmpty: Bool { cells.allSatisfy { $0.text.isEmpty } }
}

extension DenominationGrid: EditTracking {
    /// Counts the teller typed (a suggestion from the drawer is not typed work).
    var edited: Bool { !isEmpty && !isSuggestion }
}

extension DenominationGrid {

    /// Fills the cells from a breakdown (a payout suggestion); nil clears them.
    mutating func fill(_ suggestion: CashBreakdown?) {
        for (index, denomination) in Self.denominations.enumerated() {
            let count = suggestion?.counts[denomination] ?? 0
            cells[index].text = count == 0 ? "" : String(count)
        }
        isSuggestion = suggestion != nil
        error = nil
    }

    /// Edits the focused cell; false when the key is not an editing key.
    mutating func edit(_ key: Key) -> Bool {
        guard cells[focus].handle(key) else { return false }
        if case .character = key { isSuggestion = false }
        if key == .backspace || key == .delete { isSuggestion = false }
        error = nil
        return true
    }

    /// Rows of cells, four denominations to a row.
    static let cellRows = (denominations.count + 3) / 4
    /// Rows the grid needs: the cells, the total and a message line.
    static let height = cellRows + 2

    /// Draws the cells and `counted / amount`; returns the focused cell's cursor when `focused`.
    func render(into buffer: inout CellBuffer, at rect: Rect, focused: Bool, amount: Int64?, strings: Strings) -> Point? {
        var cursor: Point?
        let columnWidth = max(14, min(19, rect.width / 4))
        for (index, denomination) in Self.denominations.enumerated() {
            let x = rect.x + (index % 4) * columnWidth
            let y = rect.y + index / 4
            let isFocused = focused && index == focus
            let label = TextLayout.fit(denomination.label, width: 4, alignment: .right) + " ×"
            buffer.write(label, x: x, y: y, role: isFocused ? .header : .label)
            let point = cells[index].render(into: &buffer, at: Rect(x: x + 7, y: y, width: 6, height: 1), focused: isFocused)
            if isFocused { cursor = point }
        }
        let total = breakdown.total
        let counted = strings(.cashCounted, AmountParser.format(total))
        let y = rect.y + Self.cellRows
        if let amount {
            let matches = total == amount
            let state = matches ? strings(.cashCountMatches) : strings(.cashCountDiffers, AmountParser.format(abs(amount - total)))
            buffer.write(counted + " / " + AmountParser.format(amount) + "  " + state,
                         in: Rect(x: rect.x, y: y, width: rect.width, height: 1), role: matches ? .success : .warning)
        } else {
            buffer.write(counted, in: Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .normal)
        }
        if let error {
            buffer.write("! " + error, in: Rect(x: rect.x, y: y + 1, width: rect.width, height: 1), role: .error)
        }
        return cursor
    }
}
