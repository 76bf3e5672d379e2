import BankCore
import BranchServices
import Localization
import TerminalUI

/// The form deposit and withdrawal share: account and amount, the count of
/// notes and coins, then source or purpose of funds and a memo. Tab, Enter
/// and the arrows walk through all three parts in order; Ctrl-S (or Enter on
/// the memo) submits.
struct CashEntryForm {
    enum Event: Equatable { case none, submit, leftAmount }
    private enum Zone { case top, grid, bottom }

    private(set) var top: Form
    var grid = DenominationGrid()
    private(set) var bottom: Form
    private var zone = Zone.top
    /// Set from the assessment: large cash needs a source or purpose of funds.
    var purposeRequired = false

    init(account: String) {
        top = Form(fields: [
            .text("account", "", account, maxLength: 30, filter: .digits),
            .text("amount", "", maxLength: 20, filter: .any),
        ], labelWidth: 20, requiredMessage: "")
        bottom = Form(fields: [
            .text("purpose", "", maxLength: 60, required: false),
            .text("memo", "", maxLength: 60, required: false),
        ], labelWidth: 20, requiredMessage: "")
        if !account.isEmpty { top.focus = 1 }
    }

    var capturesText: Bool { true }
    var account: String { top.value("account").filter { !$0.isWhitespace } }
    var purpose: String { bottom.value("purpose") }
    var memo: String { bottom.value("memo") }
    var isOnAmount: Bool { zone == .top && top.focus == 1 }

    /// The amount as typed, if it parses.
    var amount: Int64? { try? AmountParser.parse(top.value("amount")).get() }

    mutating func handle(_ key: Key) -> Event {
        let wasOnAmount = isOnAmount
        let event = move(key)
        if event == .none, wasOnAmount, !isOnAmount { return .leftAmount }
        return event
    }

    private mutating func move(_ key: Key) -> Event {
        if key == .control("s") { return .submit }
        let forward = key == .tab || key == .down || key == .enter
        let backward = key == .backTab || key == .up
        switch zone {
        case .top:
            if forward && top.focus == top.fields.count - 1 {
                zone = .grid
                grid.focus = 0
            } else if backward && top.focus == 0 {
                zone = .bottom
                bottom.focus = bottom.fields.count - 1
            } else {
                _ = top.handle(key) { _, _ in nil }
            }
        case .grid:
            if forward {
                if grid.focus == DenominationGrid.denominations.count - 1 { zone = .bottom; bottom.focus = 0 } else { grid.focus += 1 }
            } else if backward {
                if grid.focus == 0 { zone = .top; top.focus = top.fields.count - 1 } else { grid.focus -= 1 }
            } else {
                _ = grid.edit(key)
            }
        case .bottom:
            if key == .enter && bottom.focus == bottom.fields.count - 1 { return .submit }
            if (key == .tab || key == .down) && bottom.focus == bottom.fields.count - 1 {
                zone = .top
                top.focus = 0
            } else if backward && bottom.focus == 0 {
                zone = .grid
                grid.focus = DenominationGrid.denominations.count - 1
            } else {
                _ = bottom.handle(key) { _, _ in nil }
            }
        }
        return .none
    }

    /// Checks the fields the screen can judge; marks each problem and focuses the first.
    mutating func validate(_ strings: Strings) -> Bool {
        let amountOK = top.validate { id, value in
            guard id == "amount" else { return nil }
            if case .failure(let refusal) = AmountEntry.parse(value, strings: strings) { return refusal.text }
            return nil
        }
        if !amountOK {
            zone = .top
            return false
        }
        return requirePurposeIfNeeded(strings)
    }

    /// Marks the purpose field when the assessment asked for it and it is missing.
    mutating func requirePurposeIfNeeded(_ strings: Strings) -> Bool {
        let missing = purposeRequired && purpose.trimmingCharacters(in: .whitespaces).count < 2
        bottom.setError("purpose", missing ? strings(.cashPurposeNeeded) : nil)
        if missing { zone = .bottom }
        return !missing
    }

    mutating func clear() {
        top.setValue("amount", "")
        bottom.setValue("purpose", "")
        bottom.setValue("memo", "")
        grid.fill(nil)
        purposeRequired = false
        top.clearErrors()
        bottom.clearErrors()
        top.markSaved()
        bottom.markSaved()
        zone = .top
        top.focus = account.isEmpty ? 0 : 1
    }

    func request(ticketID: Int64?) -> CashRequest {
        CashRequest(accountNumber: account, amount: amount ?? 0, cash: grid.breakdown, purpose: purpose, ticketID: ticketID, memo: memo)
    }

    /// Rows the form needs.
    static let height = 4 + 1 + DenominationGrid.height + 4

    mutating func render(into buffer: inout CellBuffer, at rect: Rect, strings s: Strings, purposeLabel: StringKey0) -> Point? {
        top.relabel(s, ["account": .cashAccountNumber, "amount": .cashAmount], hints: ["amount": .cashAmountHint])
        bottom.relabel(s, ["purpose": purposeLabel, "memo": .cashMemo], hints: ["purpose": .cashPurposeHint])
        var shownTop = top, shownBottom = bottom
        if zone != .top { shownTop.focus = -1 }
        if zone != .bottom { shownBottom.focus = -1 }
        var cursor: Point?
        let topCursor = shownTop.render(into: &buffer, at: Rect(x: rect.x, y: rect.y, width: rect.width, height: 4))
        buffer.write(s(.cashNotesAndCoins), x: rect.x, y: rect.y + 4, role: zone == .grid ? .header : .label)
        let gridCursor = grid.render(into: &buffer, at: Rect(x: rect.x, y: rect.y + 5, width: rect.width, height: DenominationGrid.height),
                                     focused: zone == .grid, amount: amount, strings: s)
        let bottomCursor = shownBottom.render(into: &buffer, at: Rect(x: rect.x, y: rect.y + 5 + DenominationGrid.height,
                                                                 width: rect.width, height: 4))
        switch zone {
        case .top: cursor = topCursor
        case .grid: cursor = gridCursor
        case .bottom: cursor = bottomCursor
        }
        return cursor
    }
}
