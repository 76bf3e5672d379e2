/// A column of a table: a title and a width in cells (0 = share the rest).
public struct TableColumn: Sendable {
    public var title: String
    public var width: Int
    public var alignment: TextAlignment

    public init(_ title: String, width: Int = 0, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A scrollable table with a selected row. Column widths count display
/// cells; text that does not fit ends with `…`.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public private(set) var rows: [[String]]
    public private(set) var selected: Int = 0
    public private(set) var offset: Int = 0
    /// Rows visible at the last render, used for paging.
    public private(set) var pageSize: Int = 10
    public var emptyMessage: String

    public init(columns: [TableColumn], rows: [[String]] = [], emptyMessage: String = "") {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
    }

    public mutating func setRows(_ rows: [[String]]) {
        self.rows = rows
        selected = min(selected, max(0, rows.count - 1))
        offset = min(offset, selected)
    }

    public var selectedRow: [String]? { rows.indices.contains(selected) ? rows[selected] : nil }

    public mutating func select(_ index: Int) {
        guard !rows.isEmpty else { selected = 0; offset = 0; return }
        selected = max(0, min(rows.count - 1, index))
        if selected < offset { offset = selected }
        if selected >= offset + pageSize { offset = selected - pageSize + 1 }
    }

    /// Moves the selection; returns false for keys a table does not use.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up: select(selected - 1)
        case .down: select(selected + 1)
        case .pageUp: select(selected - pageSize)
        case .pageDown: select(selected + pageSize)
        case .home: select(0)
        case .end: select(rows.count - 1)
        default: return false
        }
        return true
    }

    /// Widths that fill `total` cells: fixed columns keep theirs, flexible ones share the rest.
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { $0 + $1.width }
        let flexible = columns.filter { $0.width == 0 }.count
        let spare = max(0, total - fixed - gaps)
        var remaining = spare
        var flexSeen = 0
        return columns.map { column in
            guard column.width == 0 else { return column.width }
            flexSeen += 1
            let share = flexSeen == flexible ? remaining : spare / max(1, flexible)
            remaining -= share
            return share
        }
    }

    public mutating func render(into buffer: inout CellBuffer, at rect: Rect, focused: Bool = true) {
        guard rect.height > 0 else { return }
        pageSize = max(1, rect.height - 1)
        if selected >= offset + pageSize { offset = selected - pageSize + 1 }
        if selected < offset { offset = selected }
        // No empty rows below while rows above are scrolled away (after setRows shrank the list or the screen grew).
        offset = max(0, min(offset, rows.count - pageSize))
        let widths = columnWidths(total: rect.width)
        buffer.fill(rect, role: .normal)
        drawRow(columns.map(\.title), widths: widths, y: rect.y, x: rect.x, role: .header, into: &buffer, width: rect.width)
        if rows.isEmpty {
            buffer.write(emptyMessage, in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1), role: .dim)
            return
        }
        for line in 0..<pageSize {
            let index = offset + line
            guard index < rows.count else { break }
            let role: StyleRole = (index == selected && focused) ? .selection : .normal
            drawRow(rows[index], widths: widths, y: rect.y + 1 + line, x: rect.x, role: role, into: &buffer, width: rect.width)
        }
        if rows.count > pageSize {
            let marker = "\(selected + 1)/\(rows.count)"
            buffer.write(marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.y, role: .dim)
        }
    }

    private func drawRow(_ cells: [String], widths: [Int], y: Int, x: Int, role: StyleRole, into buffer: inout CellBuffer, width: Int) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        var column = x
        for (i, w) in widths.enumerated() {
            let text = i < cells.count ? cells[i] : ""
            buffer.write(TextLayout.fit(text, width: w, alignment: columns[i].alignment), x: column, y: y, role: role, maxWidth: w)
            column += w + 1
        }
    }
}
