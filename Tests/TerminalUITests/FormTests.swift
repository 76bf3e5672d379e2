import Testing
@testable import TerminalUI

@Suite("Form")
struct FormTests {
    func transferForm(noteField: Bool = false) -> Form {
        var fields: [FormField] = [
            .text("name", "Name", maxLength: 20),
            .text("amount", "Amount", filter: .amount, hint: "e.g. 100.00"),
            .choice("currency", "Currency", options: [(value: "CNY", label: "人民币"), (value: "USD", label: "US dollar")]),
        ]
        if noteField { fields.append(.text("note", "Note", required: false)) }
        return Form(fields: fields, labelWidth: 10, requiredMessage: "Required")
    }

    /// The screen's validator: amounts need exactly two decimals.
    static func validator(_ id: String, _ value: String) -> String? {
        guard id == "amount", !value.isEmpty else { return nil }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[1].count == 2 ? nil : "Two decimals: 12.50"
    }

    @discardableResult
    func press(_ keys: [Key], _ form: inout Form) -> FormEvent {
        var last = FormEvent.none
        for key in keys { last = form.handle(key, validate: Self.validator(_:_:)) }
        return last
    }

    func type(_ text: String, _ form: inout Form) { press(text.map { .character($0) }, &form) }

    func render(_ form: Form) -> CellBuffer {
        var buffer = CellBuffer(width: 40, height: 6)
        form.render(into: &buffer, at: Rect(x: 0, y: 0, width: 40, height: 6))
        return buffer
    }

    @Test func initialScreen() {
        let buffer = render(transferForm())
        #expect(buffer.text() == """
            Name

            Amount

            Currency   < 人民币 >

            """)
        #expect(roleMap(buffer) == """
            HHHHHHHHHH.IIIIIIIIIIIIIIIIIIIIIIIIIIII.
            ........................................
            LLLLLLLLLL.iiiiiiiiiiiiiiiiiiiiiiiiiiii.
            ........................................
            LLLLLLLLLL.iiiiiiiiiiiiiiiiiiiiiiiiiiii.
            ........................................
            """)
    }

    @Test func tabShiftTabAndEnterMoveTheFocus() {
        var form = transferForm()
        #expect(form.focus == 0)
        press([.tab], &form)
        #expect(form.focus == 1)
        press([.tab, .tab], &form)
        #expect(form.focus == 0)  // wraps to the first field
        press([.backTab], &form)
        #expect(form.focus == 2)  // and back to the last
        press([.backTab, .up], &form)
        #expect(form.focus == 0)
        press([.down], &form)
        #expect(form.focus == 1)
        #expect(press([.enter], &form) == .none)  // Enter on a field that is not the last moves on
        #expect(form.focus == 2)
    }

    @Test func focusedFieldShowsItsHint() {
        var form = transferForm()
        type("Li Lei", &form)
        press([.tab], &form)
        #expect(render(form).text() == """
            Name       Li Lei

            Amount
                       e.g. 100.00
            Currency   < 人民币 >

            """)
        var buffer = CellBuffer(width: 40, height: 6)
        let cursor = form.render(into: &buffer, at: Rect(x: 0, y: 0, width: 40, height: 6))
        #expect(cursor == Point(x: 11, y: 2))
    }

    @Test func emptyRequiredFieldGetsTheRequiredMessage() {
        var form = transferForm()
        type("Li Lei", &form)
        #expect(press([.enter, .enter], &form) == .none)  // Enter moves on: name → amount → currency
        #expect(form.focus == 2)
        #expect(press([.enter], &form) == .none)  // Enter on the last field tries to submit
        #expect(form.focus == 1)  // the first problem gets the focus
        #expect(render(form).text() == """
            Name       Li Lei

            Amount
                       ! Required
            Currency   < 人民币 >

            """)
    }

    @Test func validatorMessageIsShownUnderTheField() {
        var form = transferForm()
        type("Li Lei", &form)
        press([.tab], &form)
        type("12a.5", &form)  // the amount filter swallows the letter
        #expect(form.value("amount") == "12.5")
        #expect(press([.control("s")], &form) == .none)
        let buffer = render(form)
        #expect(buffer.text() == """
            Name       Li Lei

            Amount     12.5
                       ! Two decimals: 12.50
            Currency   < 人民币 >

            """)
        #expect(roleMap(buffer) == """
            LLLLLLLLLL.iiiiiiiiiiiiiiiiiiiiiiiiiiii.
            ........................................
            HHHHHHHHHH.IIIIIIIIIIIIIIIIIIIIIIIIIIII.
            ...........EEEEEEEEEEEEEEEEEEEEEEEEEEEEE
            LLLLLLLLLL.iiiiiiiiiiiiiiiiiiiiiiiiiiii.
            ........................................
            """)
    }

    @Test func editingTheFieldClearsItsMessage() {
        var form = transferForm()
        type("Li Lei", &form)
        press([.tab], &form)
        type("12.5", &form)
        press([.control("s")], &form)
        #expect(form.fields[1].error == "Two decimals: 12.50")
        type("0", &form)
        #expect(form.fields[1].error == nil)
        #expect(form.value("amount") == "12.50")
    }

    @Test func submitsOnlyWhenEveryFieldIsValid() {
        var form = transferForm()
        #expect(press([.control("s")], &form) == .none)
        type("Li Lei", &form)
        press([.tab], &form)
        type("12.5", &form)
        #expect(press([.tab, .enter], &form) == .none)  // Enter on the last field: amount still wrong
        #expect(form.focus == 1)
        type("0", &form)
        #expect(press([.tab, .enter], &form) == .submit)
        #expect(form.value("name") == "Li Lei")
        #expect(form.value("amount") == "12.50")
        #expect(form.value("currency") == "CNY")
        #expect(form.fields.allSatisfy { $0.error == nil })
    }

    @Test func everyEmptyRequiredFieldIsMarkedAndOptionalOnesAreNot() {
        var form = transferForm(noteField: true)
        press([.tab, .tab], &form)
        #expect(press([.control("s")], &form) == .none)
        #expect(form.focus == 0)
        #expect(form.fields.map(\.error) == ["Required", "Required", nil, nil])
        var spaces = transferForm()
        type("   ", &spaces)
        press([.control("s")], &spaces)
        #expect(spaces.fields[0].error == "Required")  // blanks do not count as an answer
    }

    @Test func choiceFieldCyclesWithArrows() {
        var form = transferForm()
        press([.backTab], &form)
        #expect(form.focus == 2)
        press([.right], &form)
        #expect(form.value("currency") == "USD")
        #expect(render(form).line(4).trimmingTrailingSpaces() == "Currency   < US dollar >")
        press([.right], &form)
        #expect(form.value("currency") == "CNY")  // wraps
        press([.left], &form)
        #expect(form.value("currency") == "USD")  // and back
        press([.character(" ")], &form)
        #expect(form.value("currency") == "CNY")
        #expect(roleRow(render(form), 4) == "HHHHHHHHHH.IIIIIIIIIIIIIIIIIIIIIIIIIIII.")
        var buffer = CellBuffer(width: 40, height: 6)
        let cursor = form.render(into: &buffer, at: Rect(x: 0, y: 0, width: 40, height: 6))
        #expect(cursor == nil)  // no text cursor on a choice
    }

    @Test func setValueAndSetError() {
        var form = transferForm()
        form.setValue("amount", "99.00")
        form.setError("name", "Not on file")
        #expect(form.focus == 0)
        #expect(render(form).text() == """
            Name
                       ! Not on file
            Amount     99.00

            Currency   < 人民币 >

            """)
        form.clearErrors()
        #expect(form.fields.allSatisfy { $0.error == nil })
        #expect(form.height == 6)
    }
}
