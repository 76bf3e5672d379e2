/// One entry in a screen's command table. The same table decides what a key
/// does, what the footer shows and what help lists, so they cannot drift apart.
public struct KeyCommand: Sendable, Equatable {
    /// Stable identifier the screen switches on.
    public var id: String
    /// Keys that trigger it; the first is the one shown.
    public var keys: [Key]
    /// Short translated title for the footer.
    public var title: String
    /// Longer translated explanation for the help screen.
    public var help: String
    /// Whether the footer shows it (help always does).
    public var inFooter: Bool

    public init(id: String, keys: [Key], title: String, help: String = "", inFooter: Bool = true) {
        self.id = id
        self.keys = keys
        self.title = title
        self.help = help.isEmpty ? title : help
        self.inFooter = inFooter
    }

    /// The footer label for the keys, e.g. `F1/?`.
    public var keyLabel: String { keys.prefix(2).map(\.label).joined(separator: "/") }
}

extension Array where Element == KeyCommand {
    /// The command bound to `key`, if any.
    public func command(for key: Key) -> KeyCommand? { first { $0.keys.contains(key) } }
}
