/// The bottom line listing the keys that work here, drawn from the command table.
///
/// Esc, F1 and F10 always keep their place: when the line is too narrow for
/// everything, the other commands are folded away from the end (F1 still
/// lists them all), never those three. A key already shown is not shown twice.
public enum Footer {
    /// Keys the footer never folds away.
    public static let essentialKeys: Set<Key> = [.escape, .function(1), .function(10)]

    public static func render(_ commands: [KeyCommand], into buffer: inout CellBuffer, row: Int) {
        let rect = Rect(x: 0, y: row, width: buffer.width, height: 1)
        buffer.fill(rect, role: .footer)
        var x = 0
        for command in shown(commands, width: buffer.width) {
            x += buffer.write(command.keyLabel, x: x, y: row, role: .footerKey)
            x += 1
            x += buffer.write(command.title, x: x, y: row, role: .footer, maxWidth: max(0, buffer.width - x))
            x += 2
        }
    }

    /// The commands that fit in `width` cells, in table order: the essential
    /// ones first claim their room, the others fill what is left until one
    /// does not fit.
    public static func shown(_ commands: [KeyCommand], width: Int) -> [KeyCommand] {
        var seen = Set<Key>()
        let candidates = commands.filter { command in
            guard command.inFooter, let first = command.keys.first, !seen.contains(first) else { return false }
            seen.insert(first)
            return true
        }
        let isEssential = { (command: KeyCommand) in command.keys.contains { essentialKeys.contains($0) } }
        // The 2-cell gap after the last one may fall off the edge.
        var free = width + 2 - candidates.filter(isEssential).reduce(0) { $0 + cells($1) }
        var folding = false
        return candidates.filter { command in
            if isEssential(command) { return true }
            guard !folding, cells(command) <= free else { folding = true; return false }
            free -= cells(command)
            return true
        }
    }

    /// Cells one entry takes, with the gap after it.
    private static func cells(_ command: KeyCommand) -> Int {
        DisplayWidth.of(command.keyLabel) + 1 + DisplayWidth.of(command.title) + 2
    }
}
