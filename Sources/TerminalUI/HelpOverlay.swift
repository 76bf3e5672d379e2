/// The help screen (F1 / ?): every command of the current screen and the
/// global ones, straight from the command tables. It takes the whole area
/// it is given, wraps long explanations under their key column and scrolls
/// (↑ ↓ PgUp PgDn Home End); the scroll position is all the state it keeps.
public struct HelpOverlay: Sendable, Equatable {
    /// The first content line shown.
    public private(set) var scroll = 0

    public init() {}

    /// One row of the help text.
    public enum Line: Sendable, Equatable {
        case heading(String)
        /// Keys (shown on the first row of an entry only) and one row of the explanation.
        case entry(keys: String, text: String)
        case note(String)
        case blank
    }

    /// What a key did to the help screen.
    public enum Outcome: Sendable, Equatable { case stay, close }

    /// Scrolls on ↑ ↓ PgUp PgDn Home End; any other key closes help (and does nothing else).
    /// `lineCount` and `pageHeight` come from `layout`.
    public mutating func handle(_ key: Key, lineCount: Int, pageHeight: Int) -> Outcome {
        let last = max(0, lineCount - pageHeight)
        switch key {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= max(1, pageHeight - 1)
        case .pageDown: scroll += max(1, pageHeight - 1)
        case .home: scroll = 0
        case .end: scroll = last
        default: return .close
        }
        scroll = min(max(0, scroll), last)
        return .stay
    }

    /// The rows the content occupies inside `area` (the box border and the hint row left out).
    public static func pageHeight(in area: Rect) -> Int { max(1, area.height - 3) }

    /// The help text laid out for `area`: a heading per section, then per
    /// command its keys and its explanation wrapped to the room beside them.
    /// A section without commands says `emptyNote`.
    public static func layout(_ sections: [(String, [KeyCommand])], emptyNote: String, area: Rect) -> [Line] {
        let width = max(10, area.width - 4)
        let keyTexts = sections.flatMap { $0.1 }.map(keyText)
        let keyWidth = min(max(8, width / 3), keyTexts.map(DisplayWidth.of).max() ?? 8)
        let textWidth = max(8, width - keyWidth - 2)
        var lines: [Line] = []
        for (index, (heading, commands)) in sections.enumerated() {
            if index > 0 { lines.append(.blank) }
            lines.append(.heading(heading))
            if commands.isEmpty { lines.append(.note(emptyNote)) }
            for command in commands {
                let keys = TextLayout.wrap(keyText(command), width: keyWidth)
                let text = TextLayout.wrap(command.help, width: textWidth)
                for row in 0..<max(keys.count, text.count) {
                    lines.append(.entry(keys: row < keys.count ? keys[row] : "", text: row < text.count ? text[row] : ""))
                }
            }
        }
        return lines
    }

    /// All keys of a command, as help lists them.
    static func keyText(_ command: KeyCommand) -> String { command.keys.map(\.label).joined(separator: " ") }

    /// Draws the box over the whole of `area`, from the current scroll position.
    public func render(title: String, sections: [(String, [KeyCommand])], emptyNote: String, closeHint: String,
                       into buffer: inout CellBuffer, area: Rect) {
        let lines = Self.layout(sections, emptyNote: emptyNote, area: area)
        let page = Self.pageHeight(in: area)
        let first = min(scroll, max(0, lines.count - page))
        Box.draw(area, title: title, into: &buffer)
        let inner = area.inset(1)
        let keyWidth = lines.reduce(0) { widest, line in
            if case .entry(let keys, _) = line { return max(widest, DisplayWidth.of(keys)) }
            return widest
        }
        for (offset, line) in lines.dropFirst(first).prefix(page).enumerated() {
            let y = inner.y + offset
            switch line {
            case .heading(let text):
                buffer.write(text, x: inner.x + 1, y: y, role: .header, maxWidth: inner.width - 2)
            case .note(let text):
                buffer.write(text, x: inner.x + 2, y: y, role: .dim, maxWidth: inner.width - 3)
            case .entry(let keys, let text):
                buffer.write(keys, x: inner.x + 1, y: y, role: .footerKey, maxWidth: keyWidth)
                buffer.write(text, x: inner.x + 3 + keyWidth, y: y, role: .normal, maxWidth: max(0, inner.maxX - inner.x - 3 - keyWidth))
            case .blank:
                break
            }
        }
        var hint = closeHint
        if lines.count > page {
            hint += "  (\(first + 1)–\(min(lines.count, first + page))/\(lines.count))"
        }
        buffer.write(hint, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1), role: .dim)
    }
}
