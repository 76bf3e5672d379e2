import CNcursesw
import TerminalUI

/// Maps the key codes ncurses returns in keypad mode to `Key`, and teaches
/// ncurses the common sequences its terminfo entry may lack (tmux, screen
/// and PuTTY Home/End and F1–F4, rxvt Home/End, the Linux console's F1–F5),
/// so they decode whatever TERM says. What is still left over is read by
/// `EscapeSequence` in the driver.
enum CursesKeys {
    /// Sequences defined at start-up with `define_key`, beside terminfo's.
    static let commonSequences: [(String, Int32)] = [
        ("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME),
        ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END), ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END),
        ("\u{1b}[2~", KEY_IC), ("\u{1b}[3~", KEY_DC), ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[6~", KEY_NPAGE),
        ("\u{1b}[A", KEY_UP), ("\u{1b}[B", KEY_DOWN), ("\u{1b}[C", KEY_RIGHT), ("\u{1b}[D", KEY_LEFT),
        ("\u{1b}OA", KEY_UP), ("\u{1b}OB", KEY_DOWN), ("\u{1b}OC", KEY_RIGHT), ("\u{1b}OD", KEY_LEFT),
        ("\u{1b}[Z", KEY_BTAB),
        ("\u{1b}OP", teller_key_f(1)), ("\u{1b}OQ", teller_key_f(2)), ("\u{1b}OR", teller_key_f(3)), ("\u{1b}OS", teller_key_f(4)),
        ("\u{1b}[11~", teller_key_f(1)), ("\u{1b}[12~", teller_key_f(2)), ("\u{1b}[13~", teller_key_f(3)),
        ("\u{1b}[14~", teller_key_f(4)), ("\u{1b}[15~", teller_key_f(5)),
        ("\u{1b}[[A", teller_key_f(1)), ("\u{1b}[[B", teller_key_f(2)), ("\u{1b}[[C", teller_key_f(3)),
        ("\u{1b}[[D", teller_key_f(4)), ("\u{1b}[[E", teller_key_f(5)),
    ]

    /// Adds `commonSequences` to the current screen's key table (after `newterm`).
    static func defineCommonSequences() {
        for (sequence, code) in commonSequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    static func key(forFunctionCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            // F13–F48 are F1–F12 with Shift, Ctrl or both (xterm's terminfo): the same key here.
            for n in 1...48 where code == teller_key_f(Int32(n)) { return .function((n - 1) % 12 + 1) }
            return modifiedKey(code)
        }
    }

    /// Keys with modifiers that terminfo names as extended keys (`kDN5` is
    /// Ctrl-Down, `kHOM3` Alt-Home): the plain key, as `EscapeSequence` does.
    private static func modifiedKey(_ code: Int32) -> Key? {
        guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
        let bases: [(String, Key)] = [("kUP", .up), ("kDN", .down), ("kRIT", .right), ("kLFT", .left), ("kHOM", .home),
                                      ("kEND", .end), ("kDC", .delete), ("kIC", .insert), ("kNXT", .pageDown), ("kPRV", .pageUp)]
        for (base, key) in bases where name.hasPrefix(base) && name.dropFirst(base.count).allSatisfy(\.isNumber) { return key }
        return nil
    }
}
