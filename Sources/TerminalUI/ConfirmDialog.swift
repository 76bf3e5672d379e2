/// A yes/no question in a box. Enter answers the highlighted button, Esc
/// always means no, ←/→/Tab move between the buttons.
public struct ConfirmDialog: Sendable {
    public enum Answer: Sendable, Equatable { case yes, no }

    public var title: String
    public var message: String
    public var yesLabel: String
    public var noLabel: String
    /// Which button is highlighted; defaults to "no" so Enter is never a surprise.
    public private(set) var yesFocused = false

    public init(title: String, message: String, yes: String, no: String, defaultYes: Bool = false) {
        self.title = title
        self.message = message
        self.yesLabel = yes
        self.noLabel = no
        self.yesFocused = defaultYes
    }

    public mutating func handle(_ key: Key) -> Answer? {
        switch key {
        case .left, .right, .tab, .backTab: yesFocused.toggle(); return nil
        case .enter: return yesFocused ? .yes : .no
        case .escape: return .no
        default: return nil
        }
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let width = min(area.width - 4, max(40, DisplayWidth.of(title) + 8))
        let lines = TextLayout.wrap(message, width: width - 4)
        let box = area.centered(width: width, height: lines.count + 5)
        Box.draw(box, title: title, into: &buffer)
        for (i, line) in lines.enumerated() where box.y + 1 + i < box.maxY - 2 {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + i, role: .normal, maxWidth: width - 4)
        }
        let yes = "[ \(yesLabel) ]", no = "[ \(noLabel) ]"
        let buttonsWidth = DisplayWidth.of(yes) + 3 + DisplayWidth.of(no)
        let x = box.x + max(1, (box.width - buttonsWidth) / 2)
        let y = box.maxY - 2
        let yesWidth = buffer.write(yes, x: x, y: y, role: yesFocused ? .selection : .normal)
        buffer.write(no, x: x + yesWidth + 3, y: y, role: yesFocused ? .normal : .selection)
    }
}
