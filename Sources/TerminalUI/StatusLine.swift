/// The top line: who is working, where and when, with an optional alert
/// badge (used for the training marker) that is never truncated away.
public enum StatusLine {
    public static func render(segments: [String], alert: String?, right: String, into buffer: inout CellBuffer, row: Int = 0) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: row, width: width, height: 1), role: .status)
        var x = 0
        if let alert {
            x += buffer.write(" \(alert) ", x: 0, y: row, role: .alert)
            x += 1
        }
        let rightWidth = DisplayWidth.of(right)
        let available = max(0, width - x - rightWidth - 1)
        let left = TextLayout.truncate(segments.filter { !$0.isEmpty }.joined(separator: " │ "), width: available)
        buffer.write(left, x: x, y: row, role: .status, maxWidth: available)
        if rightWidth < width - x {
            buffer.write(right, x: width - rightWidth, y: row, role: .status)
        }
    }
}
