/// Decodes the escape sequences real terminals send for keys, byte by byte,
/// so a driver never turns an unknown sequence into Esc followed by letters
/// (which would leave a form, lose typed work and open a menu item).
///
/// The driver feeds the code points that arrived right after an ESC. A CSI
/// (`ESC [`) or SS3 (`ESC O`) sequence is read to its final byte and becomes
/// a key when it is one of the common forms below, or nothing at all when it
/// is not (mouse reports, focus events, paste brackets, keys this program has
/// no use for). Modifiers (Shift, Ctrl, Alt) are ignored: Ctrl-Home is Home.
///
/// Known forms: xterm and VT100 (`ESC [A`…, `ESC O A`…, `ESC O P`…`ESC O S`,
/// `ESC [H`/`ESC [F`, `ESC O H`/`ESC O F`, modified keys `ESC [1;5A`,
/// `ESC [15;2~`, `ESC O 5 P`), VT220 / tmux / screen / PuTTY
/// (`ESC [1~`…`ESC [6~`, `ESC [11~`…`ESC [24~`), rxvt (`ESC [7~`, `ESC [8~`,
/// `ESC [a`…, `ESC O a`…, `ESC [2$`, `ESC [5^`, `ESC [3@`), the Linux
/// console (`ESC [[A`…`ESC [[E` for F1–F5) and the VT100 application keypad
/// (`ESC O p`…`ESC O y` are the digits, `ESC O M` is Enter).
public enum EscapeSequence {
    /// Where decoding stands after the bytes seen so far.
    public enum Progress: Equatable, Sendable {
        /// More bytes are needed (if none come, a lone ESC is Esc; a cut-off sequence is nothing).
        case incomplete
        /// The sequence is complete: this key, or nil when it means nothing here (dropped whole).
        case complete(Key?)
        /// The ESC stood alone: it is Esc, and the bytes after it are keys of their own, to be read again.
        case notASequence
    }

    /// Longest sequence read before giving up on it (and dropping it).
    public static let maximumLength = 32

    /// Decodes `bytes`, the code points received after an ESC.
    public static func feed(_ bytes: [UInt32]) -> Progress {
        guard let first = bytes.first else { return .incomplete }
        if bytes.count > maximumLength { return .complete(nil) }
        switch first {
        case 0x5B: return csi(Array(bytes.dropFirst()))   // [
        case 0x4F: return ss3(Array(bytes.dropFirst()))   // O
        default: return .notASequence
        }
    }

    // MARK: CSI

    private static func csi(_ body: [UInt32]) -> Progress {
        guard let first = body.first else { return .incomplete }
        // Linux console function keys: ESC [ [ A … E.
        if first == 0x5B {
            guard body.count >= 2 else { return .incomplete }
            let linux: [UInt32: Int] = [0x41: 1, 0x42: 2, 0x43: 3, 0x44: 4, 0x45: 5]
            return .complete(linux[body[1]].map(Key.function))
        }
        // X10 mouse report: ESC [ M and three raw bytes.
        if first == 0x4D, body.count <= 4 { return body.count == 4 ? .complete(nil) : .incomplete }
        for (index, byte) in body.enumerated() {
            switch byte {
            case 0x30...0x3F: continue                       // parameters: digits ; < = > ?
            case 0x24 where index > 0:                       // rxvt Shift: ESC [ 2 $
                return .complete(csiKey(parameters: body[..<index], final: byte))
            case 0x20...0x2F: continue                       // intermediates
            case 0x40...0x7E:
                return .complete(csiKey(parameters: body[..<index], final: byte))
            default:
                return .complete(nil)                        // broken off by a control character: drop it
            }
        }
        return .incomplete
    }

    private static func csiKey(parameters: ArraySlice<UInt32>, final: UInt32) -> Key? {
        let text = String(String.UnicodeScalarView(parameters.compactMap(Unicode.Scalar.init)))
        // Private parameters (`<` SGR mouse, `?` reports) are never keys.
        guard text.allSatisfy({ $0.isNumber || $0 == ";" }) else { return nil }
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 1 }
        let number = numbers.first ?? 1
        switch final {
        case 0x7E, 0x5E, 0x24, 0x40:                         // ~ (xterm, VT220), ^ $ @ (rxvt Ctrl, Shift, Ctrl-Shift)
            return tildeKey(number)
        default:
            guard let character = letter(final) else { return nil }
            return cursorKey(character) ?? functionKey(character)
        }
    }

    /// `ESC [ n ~` keys.
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil                                  // 200/201 paste brackets, F13 and up
        }
    }

    // MARK: SS3

    private static func ss3(_ body: [UInt32]) -> Progress {
        guard !body.isEmpty else { return .incomplete }
        for byte in body {
            switch byte {
            case 0x30...0x39, 0x3B: continue                 // old xterm modifiers: ESC O 5 P, ESC O 1;5 A
            case 0x40...0x7E:
                guard let character = letter(byte) else { return .complete(nil) }
                return .complete(cursorKey(character) ?? functionKey(character) ?? keypadKey(character))
            default:
                return .complete(nil)
            }
        }
        return .incomplete
    }

    // MARK: Finals shared by CSI and SS3

    private static func letter(_ value: UInt32) -> Character? {
        Unicode.Scalar(value).map(Character.init)
    }

    /// Arrows (upper case; rxvt's lower case are its Shift and Ctrl arrows), Home, End, Shift-Tab, Enter.
    private static func cursorKey(_ character: Character) -> Key? {
        switch character {
        case "A", "a": return .up
        case "B", "b": return .down
        case "C", "c": return .right
        case "D", "d": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "M": return .enter
        default: return nil
        }
    }

    /// F1–F4 as VT100 and modified xterm keys send them.
    private static func functionKey(_ character: Character) -> Key? {
        switch character {
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        default: return nil
        }
    }

    /// The VT100 application keypad: digits and their neighbours type themselves.
    private static func keypadKey(_ character: Character) -> Key? {
        let keypad: [Character: Character] = [
            "p": "0", "q": "1", "r": "2", "s": "3", "t": "4", "u": "5", "v": "6", "w": "7", "x": "8", "y": "9",
            "n": ".", "j": "*", "k": "+", "l": ",", "m": "-", "o": "/", "X": "=",
        ]
        return keypad[character].map(Key.character)
    }
}
