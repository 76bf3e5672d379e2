/// Which characters a text field accepts as they are typed. Full validation
/// happens when the form is submitted; this only stops the obviously wrong.
public enum CharacterFilter: Sendable {
    case any
    case digits
    case amount
    case asciiPrintable

    func accepts(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F else { return false }
        switch self {
        case .any: return true
        case .digits: return character.isASCII && character.isNumber
        case .amount: return (character.isASCII && character.isNumber) || character == "." || character == ","
        case .asciiPrintable: return character.isASCII
        }
    }
}

/// A one-line editor. Counts display cells, so Chinese text scrolls and the
/// cursor lands on the right cell; can mask its content (PINs).
public struct TextField: Sendable {
    public private(set) var characters: [Character]
    /// Insertion point, as an index into `characters`.
    public private(set) var cursor: Int
    public var maxLength: Int
    public var isMasked: Bool
    public var filter: CharacterFilter
    /// True when the last key was a character refused because the field is full:
    /// the form then says so instead of dropping it without a word.
    public private(set) var refusedAtLimit = false

    public init(_ text: String = "", maxLength: Int = 64, masked: Bool = false, filter: CharacterFilter = .any) {
        self.characters = Array(text.prefix(maxLength))
        self.cursor = self.characters.count
        self.maxLength = maxLength
        self.isMasked = masked
        self.filter = filter
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(newValue.prefix(maxLength)); cursor = characters.count }
    }

    /// Applies an editing key; returns false when the key is not for a text field.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        refusedAtLimit = false
        switch key {
        case .character(let c):
            guard filter.accepts(c) else { return true }  // swallowed, not inserted
            guard characters.count < maxLength else { refusedAtLimit = true; return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"): characters.removeAll(); cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }

    /// Draws into `rect` (one row). Returns where the cursor belongs.
    @discardableResult
    public func render(into buffer: inout CellBuffer, at rect: Rect, focused: Bool) -> Point {
        let role: StyleRole = focused ? .fieldFocused : .field
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        let shown: [Character] = isMasked ? Array(repeating: "*", count: characters.count) : characters
        // Scroll so the cursor stays inside the field, with room for it on the right.
        // Only a focused field scrolls to its cursor; otherwise it shows its beginning.
        var start = 0
        while focused && start < cursor && DisplayWidth.of(String(shown[start..<cursor])) >= rect.width { start += 1 }
        let visible = String(shown[start...])
        buffer.write(visible, x: rect.x, y: rect.y, role: role, maxWidth: rect.width)
        let cursorX = rect.x + DisplayWidth.of(String(shown[start..<cursor]))
        return Point(x: min(cursorX, rect.maxX - 1), y: rect.y)
    }
}
