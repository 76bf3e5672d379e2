/// The bottom line listing the keys that work here, drawn from the command table.
public enum Footer {
    public static func render(_ commands: [KeyCommand], into buffer: inout CellBuffer, row: Int) {
        let rect = Rect(x: 0, y: row, width: buffer.width, height: 1)
        buffer.fill(rect, role: .footer)
        var x = 0
        for command in commands where command.inFooter {
            let key = command.keyLabel
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(command.title)
            if x + needed > buffer.width { break }  // the 2-cell gap after it may fall off the edge
            x += buffer.write(key, x: x, y: row, role: .footerKey)
            x += 1
            x += buffer.write(command.title, x: x, y: row, role: .footer)
            x += 2
        }
    }
}
