/// A terminal colour: the terminal's default, one of the 16 named colours, or
/// an index into the 256-colour palette.
public enum TerminalColor: Equatable, Hashable, Sendable {
    case standard
    case indexed(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, `red`, `bright-red` or `0`…`255`.
    public init?(name: String) {
        let n = name.lowercased()
        if n == "default" { self = .standard; return }
        if let i = TerminalColor.names.firstIndex(of: n) { self = .indexed(i); return }
        if n.hasPrefix("bright-"), let i = TerminalColor.names.firstIndex(of: String(n.dropFirst(7))) {
            self = .indexed(i + 8); return
        }
        if let i = Int(n), (0...255).contains(i) { self = .indexed(i); return }
        return nil
    }
}

/// Text attributes a theme may add to a role.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)

    public init?(name: String) {
        switch name.lowercased() {
        case "bold": self = .bold
        case "underline": self = .underline
        case "reverse": self = .reverse
        case "dim": self = .dim
        default: return nil
        }
    }
}

/// How one role looks.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(_ foreground: TerminalColor = .standard, on background: TerminalColor = .standard, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A colour theme: a style per role. Loaded from a file in `themes/`; the
/// built-in `fallback` is used when no file can be read.
public struct Theme: Equatable, Sendable {
    /// File name without extension, e.g. `default`; what operators pick.
    public var id: String
    /// Human name from the file.
    public var name: String
    public var styles: [StyleRole: Style]
    /// True for themes that use only attributes (for NO_COLOR and mono terminals).
    public var isMonochrome: Bool {
        styles.values.allSatisfy { $0.foreground == .standard && $0.background == .standard }
    }

    public init(id: String, name: String, styles: [StyleRole: Style]) {
        self.id = id
        self.name = name
        self.styles = styles
    }

    public func style(_ role: StyleRole) -> Style {
        styles[role] ?? styles[.normal] ?? Style()
    }

    /// The default theme, compiled in so the program always has one.
    public static let fallback = Theme(id: "default", name: "Default", styles: [
        .normal: Style(.indexed(7), on: .indexed(0)),
        .title: Style(.indexed(15), on: .indexed(4), .bold),
        .header: Style(.indexed(6), on: .indexed(0), .bold),
        .label: Style(.indexed(7), on: .indexed(0)),
        .field: Style(.indexed(15), on: .indexed(8)),
        .fieldFocused: Style(.indexed(0), on: .indexed(6)),
        .selection: Style(.indexed(0), on: .indexed(6), .bold),
        .border: Style(.indexed(4), on: .indexed(0)),
        .status: Style(.indexed(0), on: .indexed(7)),
        .alert: Style(.indexed(15), on: .indexed(1), .bold),
        .footer: Style(.indexed(7), on: .indexed(4)),
        .footerKey: Style(.indexed(11), on: .indexed(4), .bold),
        .error: Style(.indexed(9), on: .indexed(0), .bold),
        .success: Style(.indexed(10), on: .indexed(0)),
        .warning: Style(.indexed(11), on: .indexed(0)),
        .dim: Style(.indexed(8), on: .indexed(0)),
    ])

    /// Attributes only: what NO_COLOR and colourless terminals get.
    public static let monochrome = Theme(id: "monochrome", name: "Monochrome", styles: [
        .normal: Style(),
        .title: Style(.standard, on: .standard, .bold),
        .header: Style(.standard, on: .standard, [.bold, .underline]),
        .label: Style(),
        .field: Style(.standard, on: .standard, .underline),
        .fieldFocused: Style(.standard, on: .standard, .reverse),
        .selection: Style(.standard, on: .standard, .reverse),
        .border: Style(),
        .status: Style(.standard, on: .standard, .reverse),
        .alert: Style(.standard, on: .standard, [.bold, .reverse]),
        .footer: Style(.standard, on: .standard, .reverse),
        .footerKey: Style(.standard, on: .standard, [.reverse, .bold]),
        .error: Style(.standard, on: .standard, .bold),
        .success: Style(),
        .warning: Style(.standard, on: .standard, .bold),
        .dim: Style(.standard, on: .standard, .dim),
    ])
}
