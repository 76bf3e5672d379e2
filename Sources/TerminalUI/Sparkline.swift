/// Tiny charts drawn with Unicode block characters: a sparkline (one cell
/// per value, eight heights ▁▂▃▄▅▆▇█) and a horizontal bar in eighths of a
/// cell. Missing values draw as a space; when there are more values than
/// cells, the most recent ones are kept and the first cell shows `…`.
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// One cell per value, scaled so the largest value is a full block; all zeros draw as the lowest block.
    public static func line(_ values: [Double?], width: Int) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        var shown = values
        var prefix = ""
        if shown.count > width {
            shown = Array(shown.suffix(max(0, width - 1)))
            prefix = "…"
        }
        let top = shown.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        return prefix + String(shown.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            guard top > 0, value > 0 else { return levels[0] }
            let index = Int((value / top * Double(levels.count - 1)).rounded())
            return levels[max(0, min(levels.count - 1, index))]
        })
    }

    /// A bar `value ÷ maximum` of `width` cells long, in eighths of a cell; empty for no value or a zero maximum.
    public static func bar(_ value: Double?, maximum: Double, width: Int) -> String {
        guard let value, value.isFinite, maximum > 0, width > 0, value > 0 else { return "" }
        let units = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
        guard units > 0 else { return String(eighths[0]) }
        let full = units / 8, rest = units % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
    }
}
