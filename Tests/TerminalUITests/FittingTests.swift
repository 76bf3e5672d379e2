import Testing
@testable import TerminalUI

/// Issue 13, "everywhere": at 80 columns nothing the operator needs is cut by
/// the edge — the footer keeps Esc, F1 and F10, the status line keeps the
/// branch, labels get the room they need — and a full field says so.
@Suite("Fitting at 80 columns")
struct FittingTests {
    static let busyScreen: [KeyCommand] = rows([
        ([.character("r")], "Reveal ID and phone"),
        ([.character("o")], "Open an account"),
        ([.character("v")], "Verify the person"),
        ([.character("d")], "Check the ID document"),
        ([.character("t")], "Issue a ticket"),
        ([.escape], "Back"),
        ([.function(1), .character("?")], "Help"),
        ([.function(2)], "中文"),
        ([.escape], "Back"),
        ([.function(10)], "Sign out"),
    ])

    @Test func theFooterKeepsEscF1AndF10AndFoldsTheRest() {
        var buffer = CellBuffer(width: 80, height: 1)
        Footer.render(Self.busyScreen, into: &buffer, row: 0)
        let line = buffer.text()
        #expect(line.contains("Esc Back"))
        #expect(line.contains("F1/? Help"))
        #expect(line.contains("F10 Sign out"))
        // Esc is shown once, though both the screen and the application list it.
        #expect(line.components(separatedBy: "Esc").count == 2)
        // What did not fit is folded away whole, from the end of the screen's own keys.
        #expect(line == "r Reveal ID and phone  o Open an account  Esc Back  F1/? Help  F10 Sign out")
        #expect(!line.contains("…"))
        #expect(DisplayWidth.of(line) <= 80)
    }

    @Test func onANarrowLineOnlyTheEssentialsStay() {
        var buffer = CellBuffer(width: 40, height: 1)
        Footer.render(Self.busyScreen, into: &buffer, row: 0)
        #expect(buffer.text() == "Esc Back  F1/? Help  F10 Sign out")
    }

    @Test func theStatusLineShortensOtherPartsBeforeTheBranch() {
        let segments = [
            StatusSegment("admin · Administrator", short: "admin", rank: 2),
            StatusSegment("English", short: "", rank: 1),
            StatusSegment("Business date 2026-03-02", short: "2026-03-02", rank: 0),
            StatusSegment("DEMO01 Training branch"),
        ]
        var buffer = CellBuffer(width: 80, height: 1)
        StatusLine.render(segments: segments, alert: "TRAINING", right: "12:00 ", into: &buffer)
        // The date loses its label and the language its name before anything is cut.
        #expect(buffer.text() == " TRAINING  admin · Administrator │ 2026-03-02 │ DEMO01 Training branch    12:00")
        var narrow = CellBuffer(width: 62, height: 1)
        StatusLine.render(segments: segments, alert: "TRAINING", right: "12:00 ", into: &narrow)
        #expect(narrow.line(0).contains("DEMO01 Training branch"))
        #expect(!narrow.line(0).contains("…"))
        #expect(!narrow.line(0).contains("English"))
    }

    @Test func aFullFieldRefusesMoreAndSaysItsLimit() {
        var form = Form(fields: [.text("note", "Note", maxLength: 50, required: false)], labelWidth: 10, requiredMessage: "Required")
        form.limitMessage = { "At most \($0) characters" }
        for character in String(repeating: "x", count: 55) { _ = form.handle(.character(character), validate: { _, _ in nil }) }
        #expect(form.value("note").count == 50)
        #expect(form.fields[0].error == "At most 50 characters")
        var buffer = CellBuffer(width: 70, height: 2)
        form.render(into: &buffer, at: Rect(x: 0, y: 0, width: 70, height: 2))
        #expect(buffer.line(1).contains("! At most 50 characters"))
        #expect(buffer.line(1).hasSuffix("50/50"))
        // Taking a character away clears the message; the counter stays.
        _ = form.handle(.backspace, validate: { _, _ in nil })
        #expect(form.fields[0].error == nil)
        form.render(into: &buffer, at: Rect(x: 0, y: 0, width: 70, height: 2))
        #expect(buffer.line(1).hasSuffix("49/50"))
    }

    @Test func choosingAnAnswerClearsRequired() {
        var form = Form(fields: [.choice("risk", "Risk level", options: [(value: "", label: "—"), (value: "low", label: "Low")]),
                                 .text("name", "Name")], labelWidth: 12, requiredMessage: "This field is required")
        #expect(form.validate { _, _ in nil } == false)
        #expect(form.fields[0].error == "This field is required")
        form.focus = 0
        _ = form.handle(.right, validate: { _, _ in nil })
        #expect(form.fields[0].error == nil)
        #expect(form.fields[1].error == "This field is required")
    }

    @Test func longLabelsWidenTheLabelColumnInsteadOfBeingCut() {
        let form = Form(fields: [.text("documents", "Documents brought by the customer"), .text("risk", "Risk level")],
                        labelWidth: 16, requiredMessage: "")
        var buffer = CellBuffer(width: 76, height: 4)
        form.render(into: &buffer, at: Rect(x: 0, y: 0, width: 76, height: 4))
        #expect(buffer.line(0).hasPrefix("Documents brought by the customer"))
        #expect(!buffer.text().contains("…"))
        #expect(form.labelWidth(in: 76) == 34)
    }

    @Test func aFieldMessageTooLongForItsRowIsOfferedWhole() {
        var form = Form(fields: [.text("birth", "Date of birth")], labelWidth: 20, requiredMessage: "")
        form.setError("birth", "The date of birth does not match the ID number (1949-10-01): check both against the document")
        let whole = form.problemTooLong(width: 76)
        #expect(whole == "Date of birth: The date of birth does not match the ID number (1949-10-01): check both against the document")
        form.setError("birth", "Use YYYY-MM-DD")
        #expect(form.problemTooLong(width: 76) == nil)
    }
}
