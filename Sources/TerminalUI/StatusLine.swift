/// One part of the status line, with the shorter form it takes when the line
/// is too narrow (an empty short form lets the part disappear altogether).
public struct StatusSegment: Sendable, Equatable {
    public var text: String
    public var short: String?
    /// Which part shortens first: lower ranks give way before higher ones.
    public var rank: Int

    public init(_ text: String, short: String? = nil, rank: Int = 0) {
        self.text = text
        self.short = short
        self.rank = rank
    }
}

/// The top line: who is working, where and when, with an optional alert
/// badge (used for the training marker) that is never truncated away.
public enum StatusLine {
    public static func render(segments: [String], alert: String?, right: String, into buffer: inout CellBuffer, row: Int = 0) {
        render(segments: segments.map { StatusSegment($0) }, alert: alert, right: right, into: &buffer, row: row)
    }

    /// Draws the segments; when they do not fit, parts with a short form take
    /// it one by one (lowest rank first), and only then is the line cut, so
    /// a part without a short form (the branch) is the last to lose anything.
    public static func render(segments: [StatusSegment], alert: String?, right: String, into buffer: inout CellBuffer, row: Int = 0) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: row, width: width, height: 1), role: .status)
        var x = 0
        if let alert {
            x += buffer.write(" \(alert) ", x: 0, y: row, role: .alert)
            x += 1
        }
        let rightWidth = DisplayWidth.of(right)
        let available = max(0, width - x - rightWidth - 1)
        let left = TextLayout.truncate(fitted(segments, width: available), width: available)
        buffer.write(left, x: x, y: row, role: .status, maxWidth: available)
        if rightWidth < width - x {
            buffer.write(right, x: width - rightWidth, y: row, role: .status)
        }
    }

    /// The joined text after shortening as few parts as it takes to fit `width`.
    static func fitted(_ segments: [StatusSegment], width: Int) -> String {
        var parts = segments
        func joined() -> String { parts.map(\.text).filter { !$0.isEmpty }.joined(separator: " │ ") }
        let order = parts.indices.sorted { (parts[$0].rank, $0) < (parts[$1].rank, $1) }
        for index in order where DisplayWidth.of(joined()) > width {
            if let short = parts[index].short { parts[index].text = short }
        }
        return joined()
    }
}
