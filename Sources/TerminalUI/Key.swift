/// A decoded key press. Drivers turn terminal input into these; screens and
/// widgets only ever see `Key`.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case insert
    case up, down, left, right
    case home, end, pageUp, pageDown
    /// F1 ... F12.
    case function(Int)
    /// Ctrl plus a letter, lower case: `.control("g")` is Ctrl-G.
    case control(Character)
    /// The terminal changed size.
    case resize

    /// How the key is written in the footer and help.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .control(let c): return "^" + String(c).uppercased()
        case .resize: return "Resize"
        }
    }

    /// Decodes a plain byte or code point as the terminal delivers it in raw mode.
    public static func fromCodePoint(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return .control(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
