/// Large characters made of block cells, for text read from across a room
/// (the lobby board's ticket numbers on a wall screen). Each glyph is five
/// rows of four cells, drawn `scale` times larger in both directions, with
/// one blank column (times `scale`) between glyphs. Characters without a
/// glyph are drawn blank.
public enum BigText {
    public static let glyphHeight = 5
    public static let glyphWidth = 4

    static let glyphs: [Character: [String]] = [
        "0": ["####", "#  #", "#  #", "#  #", "####"],
        "1": ["  # ", " ## ", "  # ", "  # ", " ###"],
        "2": ["####", "   #", "####", "#   ", "####"],
        "3": ["####", "   #", " ###", "   #", "####"],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "####", "   #", "####"],
        "6": ["####", "#   ", "####", "#  #", "####"],
        "7": ["####", "   #", "  # ", " #  ", " #  "],
        "8": ["####", "#  #", "####", "#  #", "####"],
        "9": ["####", "#  #", "####", "   #", "####"],
        "A": [" ## ", "#  #", "####", "#  #", "#  #"],
        "B": ["### ", "#  #", "### ", "#  #", "### "],
        "C": [" ###", "#   ", "#   ", "#   ", " ###"],
        "D": ["### ", "#  #", "#  #", "#  #", "### "],
        "E": ["####", "#   ", "### ", "#   ", "####"],
        "V": ["#  #", "#  #", "#  #", " ## ", " ## "],
        "—": ["    ", "    ", "####", "    ", "    "],
        "-": ["    ", "    ", "####", "    ", "    "],
    ]

    /// Cells `text` takes across at `scale`.
    public static func width(of text: String, scale: Int) -> Int {
        guard !text.isEmpty else { return 0 }
        return text.count * (glyphWidth + 1) * scale - scale
    }

    /// Rows the text takes at `scale`.
    public static func height(scale: Int) -> Int { glyphHeight * scale }

    /// The text as rows of cells (`█` and spaces).
    public static func rows(_ text: String, scale: Int) -> [String] {
        let scale = max(1, scale)
        var rows: [String] = []
        for row in 0..<glyphHeight {
            var line = ""
            for (index, character) in text.enumerated() {
                if index > 0 { line += String(repeating: " ", count: scale) }
                let pattern = glyphs[Character(character.uppercased())]?[row] ?? String(repeating: " ", count: glyphWidth)
                for cell in pattern { line += String(repeating: cell == "#" ? "█" : " ", count: scale) }
            }
            rows += Array(repeating: line, count: scale)
        }
        return rows
    }

    /// Draws the text with its top left at (`x`, `y`), clipped to `maxWidth` cells.
    public static func draw(_ text: String, scale: Int, x: Int, y: Int, role: StyleRole, maxWidth: Int, into buffer: inout CellBuffer) {
        for (offset, line) in rows(text, scale: scale).enumerated() {
            buffer.write(line, x: x, y: y + offset, role: role, maxWidth: maxWidth)
        }
    }
}
