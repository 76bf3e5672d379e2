/// One choice in a menu.
public struct MenuItem: Sendable, Equatable {
    public var id: String
    public var title: String
    /// A key that picks the item directly (shown before the title).
    public var hotkey: Character?

    public init(id: String, title: String, hotkey: Character? = nil) {
        self.id = id
        self.title = title
        self.hotkey = hotkey
    }
}

/// A vertical list of choices: arrows move, Enter or the item's hotkey picks.
public struct Menu: Sendable {
    public var items: [MenuItem]
    public private(set) var selected: Int = 0

    public init(items: [MenuItem]) { self.items = items }

    public var selectedItem: MenuItem? { items.indices.contains(selected) ? items[selected] : nil }

    public mutating func select(id: String) {
        if let i = items.firstIndex(where: { $0.id == id }) { selected = i }
    }

    /// Returns the chosen item's id when a key picks one.
    public mutating func handle(_ key: Key) -> String? {
        guard !items.isEmpty else { return nil }
        switch key {
        case .up: selected = (selected + items.count - 1) % items.count
        case .down, .tab: selected = (selected + 1) % items.count
        case .backTab: selected = (selected + items.count - 1) % items.count
        case .home: selected = 0
        case .end: selected = items.count - 1
        case .enter: return items[selected].id
        case .character(let c):
            if let i = items.firstIndex(where: { $0.hotkey.map { String($0).lowercased() == String(c).lowercased() } ?? false }) {
                selected = i
                return items[i].id
            }
        default: break
        }
        return nil
    }

    public func render(into buffer: inout CellBuffer, at rect: Rect) {
        for (i, item) in items.enumerated() {
            let y = rect.y + i
            guard y < rect.maxY else { break }
            let role: StyleRole = i == selected ? .selection : .normal
            let prefix = item.hotkey.map { " \($0)  " } ?? "    "
            buffer.write(prefix + item.title, in: Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role)
            if item.hotkey != nil && i != selected {
                buffer.write(String(item.hotkey!), x: rect.x + 1, y: y, role: .footerKey)
            }
        }
    }
}
