import Testing
@testable import TerminalUI

@Suite("TextField")
struct TextFieldTests {
    func typed(_ text: String, into field: TextField = TextField()) -> TextField {
        var field = field
        for character in text { field.handle(.character(character)) }
        return field
    }

    /// Renders the field into a 12x1 screen at x 1, 8 cells wide.
    func screen(_ field: TextField, focused: Bool = true) -> (text: String, roles: String, cursor: Point) {
        var buffer = CellBuffer(width: 12, height: 1)
        let cursor = field.render(into: &buffer, at: Rect(x: 1, y: 0, width: 8, height: 1), focused: focused)
        return (buffer.text(), roleMap(buffer), cursor)
    }

    @Test func typingInsertsAtTheCursor() {
        var field = typed("abc")
        #expect(field.text == "abc")
        #expect(field.cursor == 3)
        field.handle(.left)
        field.handle(.left)
        field.handle(.character("X"))
        #expect(field.text == "aXbc")
        #expect(field.cursor == 2)
    }

    @Test func backspaceAndDelete() {
        var field = typed("abcd")
        field.handle(.backspace)
        #expect(field.text == "abc")
        #expect(field.cursor == 3)
        field.handle(.home)
        field.handle(.backspace)  // nothing before the cursor
        #expect(field.text == "abc")
        field.handle(.delete)
        #expect(field.text == "bc")
        #expect(field.cursor == 0)
        field.handle(.control("d"))
        #expect(field.text == "c")
        field.handle(.end)
        field.handle(.delete)  // nothing after the cursor
        #expect(field.text == "c")
        #expect(field.cursor == 1)
    }

    @Test func homeEndAndArrowsStayInsideTheText() {
        var field = TextField("你好ab")
        #expect(field.cursor == 4)
        field.handle(.right)
        #expect(field.cursor == 4)
        field.handle(.home)
        #expect(field.cursor == 0)
        field.handle(.left)
        #expect(field.cursor == 0)
        field.handle(.control("e"))
        #expect(field.cursor == 4)
        field.handle(.control("a"))
        #expect(field.cursor == 0)
        field.handle(.end)
        #expect(field.cursor == 4)
    }

    @Test func controlUClearsAndControlKKillsToTheEnd() {
        var field = TextField("6222 0012 3456")
        field.handle(.control("u"))
        #expect(field.text == "")
        #expect(field.cursor == 0)
        field = TextField("6222 0012 3456")
        field.handle(.home)
        for _ in 0..<4 { field.handle(.right) }
        field.handle(.control("k"))
        #expect(field.text == "6222")
    }

    @Test func maxLengthStopsTyping() {
        let field = typed("1234567", into: TextField(maxLength: 4))
        #expect(field.text == "1234")
        #expect(TextField("abcdef", maxLength: 3).text == "abc")
        var set = TextField(maxLength: 2)
        set.text = "xyz"
        #expect(set.text == "xy")
        #expect(set.cursor == 2)
    }

    @Test func filtersRejectCharactersButSwallowTheKey() {
        var digits = TextField(filter: .digits)
        let used = digits.handle(.character("a"))
        #expect(used)  // swallowed, not inserted
        digits = typed("1a2b３-4", into: digits)
        #expect(digits.text == "124")  // full-width ３ is not an ASCII digit
        #expect(typed("12.50,x", into: TextField(filter: .amount)).text == "12.50,")
        #expect(typed("ab中c", into: TextField(filter: .asciiPrintable)).text == "abc")
        #expect(typed("a\u{7}b", into: TextField()).text == "ab")  // control characters never enter
    }

    @Test func keysThatAreNotForTheFieldAreReturned() {
        var field = TextField("x")
        for key in [Key.enter, .tab, .up, .escape, .function(1)] {
            let used = field.handle(key)
            #expect(!used, "\(key) belongs to the form or screen")
        }
        let used = field.handle(.left)
        #expect(used)
    }

    @Test func rendersTextWithFieldRoles() {
        let shown = screen(TextField("12.50"), focused: false)
        #expect(shown.text == " 12.50")
        #expect(shown.roles == ".iiiiiiii...")
        #expect(screen(TextField("12.50"), focused: true).roles == ".IIIIIIII...")
    }

    @Test func maskedFieldShowsOneStarPerCharacter() {
        let pin = TextField("1234", masked: true)
        let shown = screen(pin)
        #expect(shown.text == " ****")
        #expect(shown.cursor == Point(x: 5, y: 0))
        #expect(pin.text == "1234")
        #expect(screen(TextField("密码", masked: true)).text == " **")  // one star per character, not per cell
    }

    @Test func cursorCountsCellsOverChineseText() {
        var field = TextField("你好ab")
        field.handle(.home)
        field.handle(.right)
        field.handle(.right)
        var buffer = CellBuffer(width: 14, height: 1)
        let cursor = field.render(into: &buffer, at: Rect(x: 3, y: 0, width: 10, height: 1), focused: true)
        #expect(buffer.text() == "   你好ab")
        #expect(cursor == Point(x: 3 + 4, y: 0))
        field.handle(.end)
        #expect(field.render(into: &buffer, at: Rect(x: 3, y: 0, width: 10, height: 1), focused: true) == Point(x: 3 + 6, y: 0))
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var field = TextField("0123456789ABCDEF")
        var shown = screen(field)
        #expect(shown.text == " 9ABCDEF")  // 7 characters and room for the cursor
        #expect(shown.cursor == Point(x: 8, y: 0))
        field.handle(.home)
        shown = screen(field)
        #expect(shown.text == " 01234567")
        #expect(shown.cursor == Point(x: 1, y: 0))
        for _ in 0..<10 { field.handle(.right) }
        shown = screen(field)
        #expect(shown.text == " 3456789A")
        #expect(shown.cursor == Point(x: 8, y: 0))
    }

    @Test func longChineseTextScrollsByCells() {
        let field = TextField("中文输入法测试")  // 14 cells in an 8-cell field
        let shown = screen(field)
        #expect(shown.text == " 法测试")
        #expect(shown.cursor == Point(x: 7, y: 0))
    }
}
