/// Horizontal placement of text inside a fixed number of cells.
public enum TextAlignment: Sendable { case left, right, center }

/// Truncation and padding measured in display cells, not characters, so
/// Chinese and Latin text line up in the same columns.
public enum TextLayout {
    /// Cuts `text` to at most `width` cells, ending with `…` when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Truncates and pads to exactly `width` cells.
    public static func fit(_ text: String, width: Int, alignment: TextAlignment = .left) -> String {
        let cut = truncate(text, width: width)
        let gap = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// Splits text into lines of at most `width` cells, breaking at spaces where it can.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Any newline ends a paragraph: "\r\n" is a single Character, so splitting on "\n" alone misses it.
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let wordText = String(word)
                let wordWidth = DisplayWidth.of(wordText)
                let needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth
                if needed <= width {
                    line += (lineWidth == 0 ? "" : " ") + wordText
                    lineWidth = needed
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                // A word longer than the line (or CJK text without spaces) breaks by character.
                for character in wordText {
                    let w = DisplayWidth.of(character)
                    if lineWidth + w > width { lines.append(line); line = ""; lineWidth = 0 }
                    line.append(character)
                    lineWidth += w
                }
            }
            lines.append(line)
        }
        return lines
    }
}
