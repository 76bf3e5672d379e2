/// One row of a screen's key table: the keys that trigger an action, and the
/// text the footer and the help overlay show for it.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var action: Action
    /// Keys that trigger it; the first is the one shown.
    public var keys: [Key]
    /// Short translated title for the footer.
    public var title: String
    /// Longer translated explanation for the help screen.
    public var help: String
    /// Whether the footer shows it (help always does).
    public var inFooter: Bool

    public init(_ action: Action, keys: [Key], title: String, help: String = "", inFooter: Bool = true) {
        self.action = action
        self.keys = keys
        self.title = title
        self.help = help.isEmpty ? title : help
        self.inFooter = inFooter
    }
}

/// A screen's key table: its typed actions bound to keys. The same table
/// decides what a key does (`action(for:)`), what the footer shows and what
/// help lists (`commands`), so they cannot drift apart, and a screen switches
/// over its own action enum — exhaustively, never on a string.
public struct KeyTable<Action: Hashable & Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// The action bound to `key`, if any (the first binding wins).
    public func action(for key: Key) -> Action? { bindings.first { $0.keys.contains(key) }?.action }

    /// The keys bound to `action`, the shown one first.
    public func keys(for action: Action) -> [Key] { bindings.first { $0.action == action }?.keys ?? [] }

    /// The label of the key shown for `action` (e.g. `F5`), for hints that name a key in their text.
    public func label(for action: Action) -> String { keys(for: action).first?.label ?? "" }

    /// The table as the footer and the help overlay read it.
    public var commands: [KeyCommand] {
        bindings.map { KeyCommand(id: String(describing: $0.action), keys: $0.keys, title: $0.title, help: $0.help, inFooter: $0.inFooter) }
    }

    /// This table followed by another's rows (a screen's own keys, then a shared set such as the form keys).
    public func appending(_ other: KeyTable<Action>) -> KeyTable<Action> { KeyTable(bindings + other.bindings) }
}
