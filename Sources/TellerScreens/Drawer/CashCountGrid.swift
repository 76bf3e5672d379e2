import BankCore
import TerminalUI

/// Notes and coins counted by denomination, one row per RMB denomination
/// (largest first) with the value of each row and a running total. Used for
/// the opening float, cash bought from or sold to the vault, the blind count
/// and vault receipts. It never shows what is expected: counts are blind.
struct CashCountGrid {
    static let denominations = Denomination.allCases.sorted(by: >)
    private var fields = CashCountGrid.denominations.map { _ in TextField("", maxLength: 6, filter: .digits) }
    private(set) var focus = 0

    /// Rows the grid takes: one per denomination, a rule and the total.
    static var height: Int { denominations.count + 2 }

    /// The counts entered (empty rows count as zero).
    var breakdown: CashBreakdown {
        var counts: [Denomination: Int] = [:]
        for (i, denomination) in Self.denominations.enumerated() {
            counts[denomination] = Int(fields[i].text) ?? 0
        }
        return CashBreakdown(counts)
    }

    var isOnLastRow: Bool { focus == Self.denominations.count - 1 }

    /// Sets the count shown for a denomination (tests and prefilled counts).
    mutating func set(_ denomination: Denomination, _ count: Int) {
        guard let i = Self.denominations.firstIndex(of: denomination) else { return }
        fields[i] = TextField(count == 0 ? "" : String(count), maxLength: 6, filter: .digits)
    }

    /// Moves between rows or edits the focused count: `edited` when the key changed the counts,
    /// `finished` when Enter was pressed on the last row (the count is complete).
    mutating func handle(_ key: Key) -> (used: Bool, edited: Bool, finished: Bool) {
        switch key {
        case .enter where isOnLastRow:
            return (true, false, true)
        case .down, .tab, .enter:
            focus = min(Self.denominations.count - 1, focus + 1)
            return (true, false, false)
        case .up, .backTab:
            focus = max(0, focus - 1)
            return (true, false, false)
        case .home:
            focus = 0
            return (true, false, false)
        case .end:
            focus = Self.denominations.count - 1
            return (true, false, false)
        default:
            let before = fields[focus].text
            guard fields[focus].handle(key) else { return (false, false, false) }
            return (true, fields[focus].text != before, false)
        }
    }

    /// Draws `100  × [   3 ]  300.00` rows and the total; returns the cursor.
    func render(into buffer: inout CellBuffer, at rect: Rect, totalLabel: String) -> Point? {
        var cursor: Point?
        for (i, denomination) in Self.denominations.enumerated() where rect.y + i < rect.maxY {
            let y = rect.y + i
            let focused = i == focus
            buffer.write(TextLayout.fit(denomination.label, width: 6, alignment: .right), x: rect.x, y: y,
                         role: focused ? .header : .label)
            buffer.write("×", x: rect.x + 7, y: y, role: .dim)
            let point = fields[i].render(into: &buffer, at: Rect(x: rect.x + 9, y: y, width: 8, height: 1), focused: focused)
            if focused { cursor = point }
            let value = denomination.rawValue * Int64(Int(fields[i].text) ?? 0)
            buffer.write(TextLayout.fit(value == 0 ? "" : AmountParser.format(value), width: 16, alignment: .right),
                         x: rect.x + 18, y: y, role: .normal)
        }
        let ruleY = rect.y + Self.denominations.count
        if ruleY < rect.maxY { buffer.write(String(repeating: "─", count: 34), x: rect.x, y: ruleY, role: .dim) }
        if ruleY + 1 < rect.maxY {
            buffer.write(TextLayout.fit(totalLabel, width: 17), x: rect.x, y: ruleY + 1, role: .header)
            buffer.write(TextLayout.fit(AmountParser.format(breakdown.total), width: 16, alignment: .right),
                         x: rect.x + 18, y: ruleY + 1, role: .header)
        }
        return cursor
    }
}
