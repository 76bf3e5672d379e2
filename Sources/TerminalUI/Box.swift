/// Frames and panels drawn with box characters.
public enum Box {
    /// Draws a border around `rect`, with an optional title in the top edge,
    /// and clears the inside.
    public static func draw(_ rect: Rect, title: String? = nil, into buffer: inout CellBuffer, role: StyleRole = .border, fill: StyleRole = .normal) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        buffer.fill(rect.inset(1), role: fill)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, role: role)
        buffer.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", x: rect.x, y: y, role: role)
            buffer.write("│", x: rect.maxX - 1, y: y, role: role)
        }
        if let title, rect.width > 6 {
            let text = " " + TextLayout.truncate(title, width: rect.width - 6) + " "
            buffer.write(text, x: rect.x + 2, y: rect.y, role: .title)
        }
    }
}
