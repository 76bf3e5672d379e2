/// The help box (F1 / ?): every command of the current screen and the global
/// ones, straight from the command tables.
public enum HelpOverlay {
    public static func render(title: String, sections: [(String, [KeyCommand])], closeHint: String, into buffer: inout CellBuffer, area: Rect) {
        let lines = sections.reduce(0) { $0 + $1.1.count + 2 }
        let box = area.centered(width: min(area.width - 2, 72), height: min(area.height, lines + 3))
        Box.draw(box, title: title, into: &buffer)
        let inner = box.inset(1)
        var y = inner.y
        for (heading, commands) in sections {
            guard y < inner.maxY else { break }
            buffer.write(heading, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), role: .header)
            y += 1
            for command in commands {
                guard y < inner.maxY - 1 else { break }
                let keys = command.keys.map(\.label).joined(separator: " ")
                buffer.write(TextLayout.fit(keys, width: 14), x: inner.x + 2, y: y, role: .footerKey, maxWidth: 14)
                buffer.write(command.help, in: Rect(x: inner.x + 17, y: y, width: inner.width - 18, height: 1), role: .normal)
                y += 1
            }
            y += 1
        }
        buffer.write(closeHint, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1), role: .dim)
    }
}
