import CNcursesw
import Glibc
import TerminalUI

/// The real terminal, through wide-character ncurses. This is the only file
/// in the program that talks to curses. It draws only the cells that changed
/// since the previous frame and maps theme roles to colour pairs.
public final class CursesTerminal: TerminalDevice {
    private var previous: CellBuffer?
    private var styles: [StyleRole: (pair: Int16, attributes: attr_t)] = [:]
    private let colorAllowed: Bool
    private var active = false
    /// Input read while decoding an escape sequence that belongs to the next keys.
    private var pendingInput: [CursesInput] = []

    /// Why the terminal could not be started.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts curses on the controlling terminal. `colorAllowed` is false for
    /// NO_COLOR; terminals without colour are detected here.
    public init(theme: Theme, colorAllowed: Bool) throws {
        self.colorAllowed = colorAllowed
        TerminalLocale.adopt()
        guard teller_newterm() != nil else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "unset"
            throw StartError(description: "cannot start the terminal (TERM=\(term))")
        }
        active = true
        raw()
        noecho()
        nonl()
        keypad(teller_stdscr(), true)
        // How long ncurses waits after ESC for the rest of a key's sequence: short, so Esc feels immediate.
        set_escdelay(25)
        CursesKeys.defineCommonSequences()
        if colorAllowed && has_colors() {
            start_color()
            use_default_colors()
        }
        apply(theme: theme)
    }

    /// Whether colours are in use (false under NO_COLOR or on a mono terminal).
    public var usesColor: Bool { colorAllowed && has_colors() }

    public var size: Size { Size(width: Int(teller_cols()), height: Int(teller_lines())) }

    public func apply(theme: Theme) {
        let effective = usesColor ? theme : Theme.monochrome
        let colours = Int(teller_colors())
        styles = [:]
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = effective.style(role)
            var attributes = attributeBits(style.attributes)
            var pair: Int16 = 0
            if usesColor {
                pair = Int16(index + 1)
                let fg = colourNumber(style.foreground, available: colours, attributes: &attributes)
                var ignored: attr_t = 0
                let bg = colourNumber(style.background, available: colours, attributes: &ignored)
                init_pair(pair, fg, bg)
            }
            styles[role] = (pair, attributes)
        }
        invalidate()
    }

    public func invalidate() {
        previous = nil
        if active { wclear(teller_stdscr()) }
    }

    public func present(_ buffer: CellBuffer) {
        guard active else { return }
        let window = teller_stdscr()
        for run in ScreenDiff.changes(from: previous, to: buffer) {
            var x = run.x
            for cell in run.cells {
                defer { x += 1 }
                if cell.kind == .continuation { continue }
                let style = styles[cell.role] ?? (0, teller_a_normal())
                let scalar = cell.character.unicodeScalars.first ?? " "
                _ = teller_put_wch(Int32(run.y), Int32(x), wchar_t(bitPattern: scalar.value), style.attributes, style.pair)
            }
        }
        previous = buffer
        if let cursor = buffer.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The next key. An escape sequence ncurses did not decode (terminfo does
    /// not know it) is read to its end and decoded by `EscapeSequence`; an
    /// unknown one is dropped whole (nil), never delivered as Esc plus letters.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard active, let input = nextInput(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        switch input {
        case .function(let code):
            let key = CursesKeys.key(forFunctionCode: code)
            if key == .resize { previous = nil }
            return key
        case .character(let value):
            guard value == 27 else { return Key.fromCodePoint(value) }
            return readEscapeSequence()
        }
    }

    /// Bytes that came with the ESC (none: a lone Esc). Later bytes of a
    /// sequence split by the network get a little longer to arrive.
    private func readEscapeSequence() -> Key? {
        var bytes: [UInt32] = []
        while true {
            switch EscapeSequence.feed(bytes) {
            case .complete(let key): return key
            case .notASequence:
                pendingInput.insert(contentsOf: bytes.map(CursesInput.character), at: 0)
                return .escape
            case .incomplete:
                guard let next = nextInput(timeoutMilliseconds: bytes.isEmpty ? 0 : 50) else {
                    return bytes.isEmpty ? .escape : nil
                }
                guard case .character(let value) = next else {
                    // A key ncurses decoded itself: the ESC before it stood alone (or the sequence broke off).
                    if bytes.isEmpty { pendingInput.insert(next, at: 0); return .escape }
                    pendingInput.insert(next, at: 0)
                    return nil
                }
                bytes.append(value)
            }
        }
    }

    private func nextInput(timeoutMilliseconds: Int) -> CursesInput? {
        if !pendingInput.isEmpty { return pendingInput.removeFirst() }
        wtimeout(teller_stdscr(), Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = teller_get_wch(&value)
        if result == ERR { return nil }
        return result == KEY_CODE_YES ? .function(Int32(value)) : .character(UInt32(value))
    }

    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
    }

    deinit { shutdown() }

    /// One unit of input from ncurses: a character, or a key code it decoded.
    private enum CursesInput {
        case character(UInt32)
        case function(Int32)
    }

    /// Restores the terminal if the process is told to stop (SIGTERM, SIGHUP,
    /// SIGQUIT) or interrupted, then exits with 128 + signal number. SQLite
    /// transactions are atomic, so stopping between two of them is safe.
    public static func installSignalHandlers() {
        for signalNumber in [SIGTERM, SIGHUP, SIGQUIT, SIGINT] {
            signal(signalNumber) { received in
                endwin()
                _exit(128 + received)
            }
        }
        // A crash (a bug) must not leave the terminal in raw mode either:
        // restore it, then let the signal take its default course.
        for signalNumber in [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE] {
            signal(signalNumber) { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    private func attributeBits(_ attributes: TextAttributes) -> attr_t {
        var bits = teller_a_normal()
        if attributes.contains(.bold) { bits |= teller_a_bold() }
        if attributes.contains(.underline) { bits |= teller_a_underline() }
        if attributes.contains(.reverse) { bits |= teller_a_reverse() }
        if attributes.contains(.dim) { bits |= teller_a_dim() }
        return bits
    }

    /// A curses colour number; bright colours on an 8-colour terminal become
    /// the plain colour plus bold.
    private func colourNumber(_ colour: TerminalColor, available: Int, attributes: inout attr_t) -> Int16 {
        switch colour {
        case .standard: return -1
        case .indexed(let n):
            if n < available { return Int16(n) }
            if n >= 8 && n < 16 { attributes |= teller_a_bold(); return Int16(n - 8) }
            return -1
        }
    }
}
