/// The in-memory screen every widget draws into. Writing counts display
/// width, clips at the edges and never leaves half of a wide character.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after presenting, if anywhere.
    public var cursor: Point?

    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(" ", role: role), count: self.width * self.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Fills a rectangle with one character and role.
    public mutating func fill(_ rect: Rect, role: StyleRole, character: Character = " ") {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { place(Cell(character, role: role), x: x, y: y) }
        }
    }

    /// Writes text starting at (x, y), clipped to `maxWidth` cells and the
    /// buffer edge. A wide character that would not fit whole is replaced by
    /// spaces. Returns the number of cells written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        // maxWidth counts from x; without it the text may run to the right edge
        // (even when x is negative and the start is clipped off the left edge).
        let limit = maxWidth.map { min(width, x + $0) } ?? width
        var column = x
        for character in text {
            // C0 and C1 controls (0x80-0x9F include CSI) are never sent raw, as DisplayWidth assumes.
            let shown: Character = character.unicodeScalars.first.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } == true ? "?" : character
            let w = DisplayWidth.of(shown)
            if w == 0 { continue }
            if column + w > limit {
                while column < limit {
                    if column >= 0 { place(Cell(" ", role: role), x: column, y: y) }
                    column += 1
                }
                break
            }
            if column >= 0 {
                if w == 2 {
                    place(Cell(shown, role: role, kind: .lead), x: column, y: y)
                    place(Cell(" ", role: role, kind: .continuation), x: column + 1, y: y)
                } else {
                    place(Cell(shown, role: role), x: column, y: y)
                }
            } else if w == 2 && column + 1 >= 0 {
                place(Cell(" ", role: role), x: column + 1, y: y)  // half of a wide char hangs off the left edge
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Writes text padded with spaces (or truncated with an ellipsis) to exactly `width` cells.
    public mutating func write(_ text: String, in rect: Rect, role: StyleRole, alignment: TextAlignment = .left) {
        guard rect.height > 0, rect.width > 0 else { return }
        let fitted = TextLayout.fit(text, width: rect.width, alignment: alignment)
        write(fitted, x: rect.x, y: rect.y, role: role, maxWidth: rect.width)
    }

    /// Changes the role of cells without touching their text.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 { for x in x0..<x1 { cells[y * width + x].role = role } }
    }

    /// Sets one cell, blanking the other half of any wide character it breaks.
    mutating func place(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.kind == .lead, cell.kind != .lead, x + 1 < width, cells[index + 1].kind == .continuation {
            cells[index + 1] = Cell(" ", role: cells[index + 1].role)
        }
        if old.kind == .continuation, cell.kind != .continuation, x > 0, cells[index - 1].kind == .lead {
            cells[index - 1] = Cell(" ", role: cells[index - 1].role)
        }
        if cell.kind == .lead, x + 1 >= width {
            cells[index] = Cell(" ", role: cell.role)  // no room for the right half
            return
        }
        cells[index] = cell
    }

    /// One row as text; wide characters appear once.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if cell.kind != .continuation { text.append(cell.character) }
        }
        return text
    }

    /// The whole screen as lines with trailing spaces removed; tests compare this.
    public func text() -> String {
        (0..<height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
