import BankCore
import BranchServices
import Localization
import TerminalUI

/// The entry form of the loan counter screens: the screen's own fields (how
/// the money goes, what kind of repayment, the amount…) and, when the money
/// is cash, the count of notes and coins below them. Tab, Enter and the
/// arrows walk the fields and then the cells; Ctrl-S submits from anywhere.
/// What was typed stays when the teller goes back from the confirmation.
struct LoanServicingCounterForm {
    enum Event: Equatable { case none, changed, submit }

    var fields: Form
    var grid = DenominationGrid()
    private var onGrid = false
    /// The field whose value `cash` makes the count appear.
    let sideField: String

    init(fields: [FormField], sideField: String) {
        self.fields = Form(fields: fields, labelWidth: 18, requiredMessage: "")
        self.sideField = sideField
        self.fields.compact = true
    }

    var isCash: Bool { fields.value(sideField) == "cash" }
    var side: LoanCashSide { isCash ? .cash(grid.breakdown) : .account }

    mutating func handle(_ key: Key) -> Event {
        if key == .control("s") { return .submit }
        let forward = key == .tab || key == .down || key == .enter
        let backward = key == .backTab || key == .up
        if onGrid {
            if forward && grid.focus == DenominationGrid.denominations.count - 1 {
                if key == .enter { return .submit }
                onGrid = false
                fields.focus = 0
            } else if forward {
                grid.focus += 1
            } else if backward && grid.focus == 0 {
                onGrid = false
                fields.focus = fields.fields.count - 1
            } else if backward {
                grid.focus -= 1
            } else {
                _ = grid.edit(key)
            }
            return .none
        }
        let last = fields.focus == fields.fields.count - 1
        if forward && last {
            guard isCash else { return key == .enter ? .submit : moveToTop() }
            onGrid = true
            grid.focus = 0
            return .changed
        }
        let before = fields.fields.map(\.value)
        _ = fields.handle(key) { _, _ in nil }
        if !isCash { onGrid = false }
        return fields.fields.map(\.value) == before ? .none : .changed
    }

    private mutating func moveToTop() -> Event {
        fields.focus = 0
        return .none
    }

    /// Rows the form needs at most.
    var height: Int { fields.height + 2 + DenominationGrid.height }

    mutating func render(into buffer: inout CellBuffer, at rect: Rect, amount: Int64?, strings s: Strings) -> Point? {
        var shown = fields
        if onGrid { shown.focus = -1 }
        let cursor = shown.render(into: &buffer, at: Rect(x: rect.x, y: rect.y, width: rect.width, height: fields.height))
        guard isCash else { return cursor }
        let y = rect.y + fields.height + 1
        buffer.write(s(.cashNotesAndCoins), x: rect.x, y: y, role: onGrid ? .header : .label)
        let gridCursor = grid.render(into: &buffer, at: Rect(x: rect.x, y: y + 1, width: rect.width, height: DenominationGrid.height),
                                     focused: onGrid, amount: amount, strings: s)
        return onGrid ? gridCursor : cursor
    }
}
